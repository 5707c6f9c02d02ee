/**
 * Spans of the text whose digits are not counts: telephone numbers, clock times, page furniture, scraped code.
 */
import type { Span } from '../../core/records.js';
import { CLOCK_TIME_PATTERN, CODE_LINE_PATTERN, FURNITURE_PATTERNS, PHONE_PATTERN } from './patterns.js';

export interface NonCountSpan extends Span {
  readonly reason: 'phone' | 'clock' | 'furniture' | 'code';
}

/**
 * Finds telephone numbers, clock times and page furniture in `text`.
 *
 * @example
 * findNonCountSpans('Call +44 20 7946 0958 at 10:30.').map((s) => s.reason) // ['phone', 'clock']
 */
export function findNonCountSpans(text: string): NonCountSpan[] {
  const spans: NonCountSpan[] = [];
  const collect = (pattern: RegExp, reason: NonCountSpan['reason']): void => {
    const flags = pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g';
    for (const match of text.matchAll(new RegExp(pattern.source, flags))) {
      spans.push({ start: match.index, end: match.index + match[0].length, reason });
    }
  };
  collect(PHONE_PATTERN, 'phone');
  collect(CLOCK_TIME_PATTERN, 'clock');
  for (const pattern of FURNITURE_PATTERNS) collect(pattern, 'furniture');
  collect(CODE_LINE_PATTERN, 'code');
  return spans;
}
