/**
 * A time expression found by one rule, before overlaps are settled and it is written out, and
 * the helpers the rules share.
 */
import type { TimePrecision } from '../../core/records.js';
import { addDays, addMonths, type CalendarDate } from './calendar.js';
import { SMALL_NUMBERS } from './time-words.js';

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly type: 'date' | 'duration';
  readonly range: readonly [CalendarDate, CalendarDate] | null;
  readonly precision: TimePrecision | null;
  readonly duration: string | null;
  /** Own rules win ties against chrono. */
  readonly priority: number;
  /** The text states both ends ("Dec. 1 to Dec. 5", "2020-2022"). */
  readonly closedRange?: boolean;
}

export function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  const re = new RegExp(pattern.source, pattern.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

export function countOf(word: string): number | null {
  const lower = word.toLowerCase().replace(/\s+/gu, ' ');
  if (/^\d+(?:\.\d+)?$/u.test(lower)) return Number(lower);
  const known = SMALL_NUMBERS.get(lower);
  if (known !== undefined) return known;
  const parts = lower.split('-');
  if (parts.length === 2) {
    const tens = SMALL_NUMBERS.get(parts[0] as string);
    const unit = SMALL_NUMBERS.get(parts[1] as string);
    if (tens !== undefined && unit !== undefined) return tens + unit;
  }
  return null;
}

export function unitOf(word: string): string {
  const lower = word.toLowerCase();
  if (lower === 'centuries') return 'century';
  return lower.replace(/s$/u, '');
}

export function date(
  start: number, end: number, rule: string, range: readonly [CalendarDate, CalendarDate] | null, precision: TimePrecision | null,
): Candidate {
  return { start, end, rule, type: 'date', range, precision, duration: null, priority: 1 };
}

/** Moves `ref` back by `count` units; day precision for days and weeks, month or year otherwise. */
export function shift(ref: CalendarDate, unit: string, count: number): CalendarDate {
  switch (unit) {
    case 'day': case 'night': return addDays(ref, -count);
    case 'week': return addDays(ref, -7 * count);
    case 'fortnight': return addDays(ref, -14 * count);
    case 'month': return addMonths(ref, -count);
    case 'year': return addMonths(ref, -12 * count);
    case 'decade': return addMonths(ref, -120 * count);
    case 'century': return addMonths(ref, -1200 * count);
    default: return ref;
  }
}
