/**
 * The time-expression finder: own rules for everything relative to the publish date (weekdays,
 * months without a year, "last week", "in 2020", durations), chrono-node for calendar dates written
 * out ("December 13, 2025", "13 Dec 2025", "2025-12-13"), in its strict mode. chrono resolves relative dates to the
 * nearest or a future date and reads "after two days" as a date; news needs past-bias and
 * durations kept apart, so chrono is only trusted for dates that state their month and a day or
 * year, and its year is re-derived here with past-bias when the text leaves it out.
 */
import type { Span, TimeExpression } from '../../core/records.js';
import { formatDate, parseIsoDate } from './calendar.js';
import type { Candidate } from './candidate.js';
import { findCalendarDates } from './find-calendar-dates.js';
import { findDurations, findVagueDurations } from './find-durations.js';
import { findDecades, findMonths, findOldYears, findYearRanges, findYears } from './find-months-and-years.js';
import { findAgo, findPastPeriods, findRelativeDays, findRelativePeriods, findSeasons, findWeekdays } from './find-relative-dates.js';
import { RELATION_BEFORE_PATTERN } from './time-patterns.js';
import { RELATION_WORDS } from './time-words.js';

export interface FindTimesOptions {
  /** The report's publish date (ISO 8601); relative expressions stay unresolved without it. */
  readonly published: string | null;
  /**
   * Sentence spans of the text. Accepted so both annotators share one call shape; calendar dates
   * are looked for line by line instead, since a splitter may cut "Dec. 13" at the abbreviation.
   */
  readonly sentences?: readonly Span[];
}

type Relation = TimeExpression['relation'];



/**
 * Finds date and duration expressions in `text`, resolved against the publish date with
 * past-bias (a weekday or month without a year is the most recent one on or before publication).
 *
 * @example
 * findTimes('Lukashenko freed 123 prisoners on Saturday.', { published: '2025-12-13' })
 * // [{ kind: 'time', text: 'on Saturday', type: 'date', startDate: '2025-12-13', endDate: '2025-12-13',
 * //    precision: 'day', relation: 'on', duration: null, rule: 'time/weekday', ... }]
 */
export function findTimes(text: string, options: FindTimesOptions): TimeExpression[] {
  if (typeof text !== 'string') throw new TypeError('findTimes(text, options): text must be the extracted text of one report (a string)');
  if (options === null || typeof options !== 'object') throw new TypeError('findTimes(text, options): options must be { published: string | null }');
  const ref = parseIsoDate(options.published ?? null);
  const candidates: Candidate[] = [
    ...findAgo(text, ref), ...findPastPeriods(text, ref), ...findRelativeDays(text, ref), ...findRelativePeriods(text, ref),
    ...findWeekdays(text, ref), ...findDecades(text), ...findYearRanges(text), ...findMonths(text, ref), ...findYears(text),
    ...findOldYears(text), ...findSeasons(text, ref),
    ...findDurations(text), ...findVagueDurations(text), ...findCalendarDates(text, ref, options.sentences),
  ];
  return chooseNonOverlapping(candidates).map((candidate) => toRecord(text, candidate));
}

function toRecord(text: string, c: Candidate): TimeExpression {
  let start = c.start;
  let relation: Relation = 'on';
  if (c.type === 'date') {
    const before = RELATION_BEFORE_PATTERN.exec(text.slice(Math.max(0, start - 20), start));
    if (before?.groups?.words !== undefined) {
      const words = before.groups.words.toLowerCase();
      relation = RELATION_WORDS.find((r) => r.words === words)?.relation ?? 'on';
      start -= before[0].length;
    }
    // "from Dec. 1 to Dec. 5" states both ends: the event covers the range, it does not start there.
    if (c.closedRange && relation === 'since') relation = 'on';
  }
  return {
    kind: 'time', start, end: c.end, text: text.slice(start, c.end), type: c.type,
    startDate: c.range ? formatDate(c.range[0]) : null, endDate: c.range ? formatDate(c.range[1]) : null,
    precision: c.precision, relation, duration: c.duration, rule: c.rule,
  };
}

/** Longest first (then own rules before chrono), skipping any that overlap one already taken. */
function chooseNonOverlapping(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    if (chosen.some((k) => c.start < k.end && c.end > k.start)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}























