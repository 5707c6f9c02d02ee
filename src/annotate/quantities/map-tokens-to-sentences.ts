/**
 * Which sentence each token belongs to, as token index ranges.
 */
import type { Span } from '../../core/records.js';
import type { Token } from './tokens.js';

/** For each token, the first and last token of its sentence (a line when no sentence covers it). */
export function mapTokensToSentences(text: string, tokens: readonly Token[], sentences: readonly Span[]): [number, number][] {
  const ranges: [number, number][] = new Array(tokens.length);
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  let s = 0;
  let t = 0;
  while (t < tokens.length) {
    const token = tokens[t] as Token;
    while (s < sorted.length && (sorted[s] as Span).end <= token.start) s++;
    const sentence = sorted[s];
    let end: number;
    if (sentence !== undefined && sentence.start <= token.start) {
      end = sentence.end;
    } else {
      const lineBreak = text.indexOf('\n', token.start);
      end = lineBreak < 0 ? text.length : lineBreak;
      if (sentence !== undefined) end = Math.min(end, sentence.start);
    }
    const firstIndex = t;
    while (t < tokens.length && (tokens[t] as Token).start < end) t++;
    for (let k = firstIndex; k < t; k++) ranges[k] = [firstIndex, t - 1];
    if (t === firstIndex) t++;
  }
  return ranges;
}
