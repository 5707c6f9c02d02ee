import type { Span } from '../../src/core/records.js';

/**
 * A sentence splitter good enough for fixtures, independent of the one under test: ends a
 * sentence at . ! ? (and a closing quote or bracket) followed by space, or at a line break.
 */
export function splitForTest(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]["”)]?(?=\s)|\n/gu)) {
    const end = m.index + m[0].length;
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans;
}
