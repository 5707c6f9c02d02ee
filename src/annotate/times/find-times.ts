/**
 * The time-expression finder: own rules for everything relative to the publish date (weekdays,
 * months without a year, "last week", "in 2020", durations), chrono-node for calendar dates written
 * out ("December 13, 2025", "13 Dec 2025", "2025-12-13"), in its strict mode. chrono resolves relative dates to the
 * nearest or a future date and reads "after two days" as a date; news needs past-bias and
 * durations kept apart, so chrono is only trusted for dates that state their month and a day or
 * year, and its year is re-derived here with past-bias when the text leaves it out.
 */
import * as chrono from 'chrono-node';
import type { Span, TimeExpression, TimePrecision } from '../../core/records.js';
import {
  addDays, addMonths, compareDates, daysInMonth, formatDate, isValidDate, monthRange, parseIsoDate, startOfWeek,
  weekdayOf, yearRange, type CalendarDate,
} from './calendar.js';
import { FUTURE_GRACE_DAYS, YEAR_MAX, YEAR_MIN } from './settings.js';
import {
  AGO_PATTERN, DECADE_PATTERN, DURATION_PATTERN, FREQUENCY_BEFORE_PATTERN, MONTH_PATTERN, OLD_YEAR_PATTERN, PAST_PERIOD_PATTERN,
  SEASON_PATTERN,
  RELATION_BEFORE_PATTERN, RELATIVE_DAY_PATTERN, RELATIVE_PERIOD_PATTERN, VAGUE_DURATION_PATTERN, WEEKDAY_PATTERN,
  YEAR_PATTERN, YEAR_RANGE_PATTERN,
} from './time-patterns.js';
import { COUNT_CUES_BEFORE_YEAR, DURATION_UNITS, MONTHS, RELATION_WORDS, WEEKDAYS } from './time-words.js';

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

interface Candidate {
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

const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['a couple of', 2],
]);

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

function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  const re = new RegExp(pattern.source, pattern.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

function countOf(word: string): number | null {
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

function unitOf(word: string): string {
  const lower = word.toLowerCase();
  if (lower === 'centuries') return 'century';
  return lower.replace(/s$/u, '');
}

function date(
  start: number, end: number, rule: string, range: readonly [CalendarDate, CalendarDate] | null, precision: TimePrecision | null,
): Candidate {
  return { start, end, rule, type: 'date', range, precision, duration: null, priority: 1 };
}

/** Moves `ref` back by `count` units; day precision for days and weeks, month or year otherwise. */
function shift(ref: CalendarDate, unit: string, count: number): CalendarDate {
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

function findAgo(text: string, ref: CalendarDate | null): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(AGO_PATTERN, text)) {
    const count = countOf(m.groups?.count ?? '');
    const unit = unitOf(m.groups?.unit ?? '');
    const end = m.index + m[0].length;
    if (ref === null || count === null || !['day', 'night', 'week', 'fortnight', 'month', 'year', 'decade', 'century'].includes(unit)) {
      out.push(date(m.index, end, 'time/ago', null, null));
      continue;
    }
    const day = shift(ref, unit, count);
    if (unit === 'day' || unit === 'night' || unit === 'week' || unit === 'fortnight') out.push(date(m.index, end, 'time/ago', [day, day], 'day'));
    else if (unit === 'month') out.push(date(m.index, end, 'time/ago', monthRange(day.year, day.month), 'month'));
    else out.push(date(m.index, end, 'time/ago', yearRange(day.year), 'year'));
  }
  return out;
}

function findPastPeriods(text: string, ref: CalendarDate | null): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(PAST_PERIOD_PATTERN, text)) {
    const count = m.groups?.count === undefined ? 1 : countOf(m.groups.count);
    const unit = unitOf(m.groups?.unit ?? '');
    const end = m.index + m[0].length;
    const range: [CalendarDate, CalendarDate] | null = ref !== null && count !== null && DURATION_UNITS.has(unit) && !DURATION_UNITS.get(unit)?.time
      ? [shift(ref, unit, count), ref] : null;
    out.push(date(m.index, end, 'time/past-period', range, range ? 'day' : null));
  }
  return out;
}

function findRelativeDays(text: string, ref: CalendarDate | null): Candidate[] {
  const offsets: Record<string, number> = {
    'the day before yesterday': -2, yesterday: -1, today: 0, tonight: 0, tomorrow: 1, 'this morning': 0,
    'this afternoon': 0, 'this evening': 0, 'last night': -1, overnight: 0,
  };
  const out: Candidate[] = [];
  for (const m of matches(RELATIVE_DAY_PATTERN, text)) {
    const word = (m.groups?.word ?? '').toLowerCase().replace(/\s+/gu, ' ');
    const offset = offsets[word];
    const day = ref !== null && offset !== undefined ? addDays(ref, offset) : null;
    out.push(date(m.index, m.index + m[0].length, 'time/relative-day', day ? [day, day] : null, day ? 'day' : null));
  }
  return out;
}

function findRelativePeriods(text: string, ref: CalendarDate | null): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(RELATIVE_PERIOD_PATTERN, text)) {
    const which = (m.groups?.which ?? '').toLowerCase();
    const unit = (m.groups?.unit ?? '').toLowerCase();
    const part = m.groups?.part?.toLowerCase();
    const end = m.index + m[0].length;
    if (ref === null) {
      out.push(date(m.index, end, 'time/relative-period', null, unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day'));
      continue;
    }
    const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
    let range: [CalendarDate, CalendarDate];
    let precision: TimePrecision;
    if (unit === 'year') {
      range = yearRange(ref.year + step);
      precision = 'year';
    } else if (unit === 'month') {
      const month = addMonths({ ...ref, day: 1 }, step);
      range = monthRange(month.year, month.month);
      precision = 'month';
    } else if (unit === 'week') {
      const monday = addDays(startOfWeek(ref), 7 * step);
      range = [monday, addDays(monday, 6)];
      precision = 'day';
    } else {
      // Weekend: the Saturday and Sunday of the week meant; "last weekend" is the one before ref.
      const saturday = addDays(startOfWeek(ref), 5 + 7 * step);
      const lastSaturday = step === -1 && compareDates(addDays(saturday, 7), ref) <= 0 ? addDays(saturday, 7) : saturday;
      range = [lastSaturday, addDays(lastSaturday, 1)];
      precision = 'day';
    }
    if (step === 0 && part === 'earlier') range = [range[0], ref];
    if (step === 0 && part === 'later') range = [ref, range[1]];
    if (step === 0 && (part === 'early' || part === 'mid' || part === 'late') && compareDates(range[1], ref) > 0) {
      range = part === 'late' ? [ref, range[1]] : [range[0], ref];
    }
    out.push(date(m.index, end, part ? 'time/relative-period-part' : 'time/relative-period', range, precision));
  }
  return out;
}

function findWeekdays(text: string, ref: CalendarDate | null): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(WEEKDAY_PATTERN, text)) {
    const weekday = WEEKDAYS.get((m.groups?.weekday ?? '').toLowerCase());
    const which = m.groups?.which?.toLowerCase();
    const end = m.index + m[0].length;
    if (ref === null || weekday === undefined) {
      out.push(date(m.index, end, 'time/weekday', null, 'day'));
      continue;
    }
    const back = (weekdayOf(ref) - weekday + 7) % 7;
    let day: CalendarDate;
    if (which === 'next') day = addDays(ref, ((weekday - weekdayOf(ref) + 7) % 7) || 7);
    else if (which === 'last' || which === 'past') day = addDays(ref, -(back || 7));
    else day = addDays(ref, -back);
    out.push(date(m.index, end, which ? 'time/weekday-relative' : 'time/weekday', [day, day], 'day'));
  }
  return out;
}

function findDecades(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(DECADE_PATTERN, text)) {
    const decade = Number(m.groups?.decade);
    const part = m.groups?.part?.toLowerCase();
    const [from, to] = part === 'early' ? [decade, decade + 3] : part === 'mid' ? [decade + 3, decade + 6] : part === 'late' ? [decade + 6, decade + 9] : [decade, decade + 9];
    out.push(date(m.index, m.index + m[0].length, 'time/decade', [yearRange(from)[0], yearRange(to)[1]], 'year'));
  }
  return out;
}

function findYearRanges(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(YEAR_RANGE_PATTERN, text)) {
    const from = Number(m.groups?.from);
    const toText = m.groups?.to ?? '';
    const to = toText.length === 2 ? Math.floor(from / 100) * 100 + Number(toText) : Number(toText);
    if (!(to > from) || to - from > 50 || to > YEAR_MAX) continue;
    out.push(date(m.index, m.index + m[0].length, 'time/year-range', [yearRange(from)[0], yearRange(to)[1]], 'year'));
  }
  return out;
}

/**
 * Months without a day. Past-bias: with no year, the most recent such month at or before the
 * publish month ("in June" published December 2025 -> June 2025; "in December" -> December 2025).
 */
function findMonths(text: string, ref: CalendarDate | null): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(MONTH_PATTERN, text)) {
    const name = (m.groups?.month ?? '').toLowerCase().replace(/\.$/u, '');
    const month = MONTHS.get(name);
    if (month === undefined) continue;
    const yearText = m.groups?.year;
    const part = m.groups?.part;
    const qualified = yearText !== undefined || part !== undefined || m.groups?.which !== undefined || m.groups?.yearWhich !== undefined;
    if ((name === 'may' || name === 'march' || name.length <= 4) && !qualified && !RELATION_BEFORE_PATTERN.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const end = m.index + m[0].length;
    const which = m.groups?.which?.toLowerCase();
    const yearWhich = m.groups?.yearWhich?.toLowerCase();
    let year: number | null = yearText !== undefined ? Number(yearText) : null;
    if (year === null && ref !== null) {
      if (yearWhich !== undefined) year = ref.year + (yearWhich === 'last' ? -1 : yearWhich === 'next' ? 1 : 0);
      else if (which === 'last') year = month < ref.month ? ref.year : ref.year - 1;
      else if (which === 'next') year = month > ref.month ? ref.year : ref.year + 1;
      else if (which === 'this') year = ref.year;
      else year = month <= ref.month ? ref.year : ref.year - 1;
    }
    const rule = yearText !== undefined ? 'time/month-year' : m.groups?.which !== undefined || m.groups?.yearWhich !== undefined ? 'time/month-relative' : 'time/month';
    out.push(date(m.index, end, rule, year === null ? null : monthRange(year, month), 'month'));
  }
  return out;
}

function findYears(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(YEAR_PATTERN, text)) {
    const year = Number(m.groups?.year);
    if (year < YEAR_MIN || year > YEAR_MAX) continue;
    const previousWord = /([\p{L}$€£]+)\s+$/u.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1]?.toLowerCase();
    if (previousWord !== undefined && COUNT_CUES_BEFORE_YEAR.has(previousWord) && m.groups?.part === undefined) continue;
    const hasPreposition = RELATION_BEFORE_PATTERN.test(text.slice(Math.max(0, m.index - 20), m.index));
    out.push(date(m.index, m.index + m[0].length, hasPreposition || m.groups?.part ? 'time/year' : 'time/year-modifier', yearRange(year), 'year'));
  }
  return out;
}

/**
 * Seasons, as meteorological seasons of the northern hemisphere (spring March–May, summer June–
 * August, autumn September–November, winter December–February). Only with last/this/next or a
 * year: a bare "summer" is too often not a date ("summer camp"). "this summer" is the current
 * year's; "last summer" the most recent one that is over; "this winter" published in January is
 * the winter that began the December before.
 */
function findSeasons(text: string, ref: CalendarDate | null): Candidate[] {
  const firstMonth: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
  const out: Candidate[] = [];
  for (const m of matches(SEASON_PATTERN, text)) {
    const which = m.groups?.which?.toLowerCase();
    const yearText = m.groups?.year;
    if (which === undefined && yearText === undefined) continue;
    const month = firstMonth[(m.groups?.season ?? '').toLowerCase()] as number;
    let year: number | null = yearText !== undefined ? Number(yearText) : null;
    if (year === null && ref !== null) {
      // Month indexes (year * 12 + month) of the latest season start at or before ref.
      const refIndex = ref.year * 12 + ref.month;
      let start = ref.year * 12 + month;
      while (start > refIndex) start -= 12;
      const running = refIndex <= start + 2;
      if (which === 'this') {
        // The season of the current year; winter is the one that spans the turn of the year.
        start = month === 12 && ref.month <= 2 ? (ref.year - 1) * 12 + 12 : ref.year * 12 + month;
      } else if (which === 'last') {
        // The most recent season that is over.
        if (running) start -= 12;
      } else if (which === 'next') {
        start += 12;
      }
      year = Math.floor((start - 1) / 12);
    }
    const end = m.index + m[0].length;
    const range: [CalendarDate, CalendarDate] | null = year === null ? null
      : [monthRange(year, month)[0], ((): CalendarDate => { const last = addMonths({ year, month, day: 1 }, 2); return monthRange(last.year, last.month)[1]; })()];
    out.push(date(m.index, end, 'time/season', range, 'month'));
  }
  return out;
}

/** Years before 1900 after a preposition ("in 1671"). */
function findOldYears(text: string): Candidate[] {
  return [...matches(OLD_YEAR_PATTERN, text)].map((m) => {
    const year = Number(m.groups?.year);
    const start = m.index + m[0].length - (m.groups?.year ?? '').length;
    return date(start, start + 4, 'time/year', yearRange(year), 'year');
  });
}

function findDurations(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(DURATION_PATTERN, text)) {
    if (/^an?$/iu.test(m.groups?.count ?? '') && FREQUENCY_BEFORE_PATTERN.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const count = countOf(m.groups?.count ?? '');
    const unit = unitOf(m.groups?.unit ?? '');
    const spec = DURATION_UNITS.get(unit);
    if (spec === undefined) continue;
    // "a second draft", "a minute's silence": ordinals and idioms, not lengths of time.
    if ((unit === 'second' || unit === 'minute') && /^an?$/iu.test(m.groups?.count ?? '')) continue;
    const end = m.index + m[0].length;
    const duration = count === null ? null : `P${spec.time ? 'T' : ''}${count * spec.factor}${spec.designator}`;
    out.push({
      start: m.index, end, rule: count === null ? 'time/duration-vague' : 'time/duration', type: 'duration', range: null,
      precision: null, duration, priority: 1,
    });
  }
  return out;
}

function findVagueDurations(text: string): Candidate[] {
  return [...matches(VAGUE_DURATION_PATTERN, text)].map((m) => ({
    start: m.index, end: m.index + m[0].length, rule: 'time/duration-vague', type: 'duration' as const, range: null,
    precision: null, duration: null, priority: 1,
  }));
}

/**
 * Calendar dates written out, read by chrono-node within each sentence. Kept only when the month
 * is stated with a day or a year; a missing year is re-derived with past-bias.
 */
function findCalendarDates(text: string, ref: CalendarDate | null, sentences: readonly Span[] | undefined): Candidate[] {
  const out: Candidate[] = [];
  // Lines, not sentences: a sentence splitter may break "Sat, Dec. 13, 2025" at "Dec.", while no
  // date runs across a line break.
  void sentences;
  const segments = splitLines(text);
  const instant = ref ? new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  for (const segment of segments) {
    const slice = text.slice(segment.start, segment.end);
    if (!/\d/u.test(slice)) continue;
    // Strict mode: formal dates only. The casual parsers ("this morning", "last week") are
    // re-done here with past-bias, and they would otherwise swallow a date ("morning on Sunday,
    // February 1, 2009").
    for (const result of chrono.en.strict.parse(slice, { instant, timezone: 0 }, { forwardDate: false })) {
      const known = result.start;
      const tags = typeof known.tags === 'function' ? [...known.tags()] : [];
      if (tags.some((tag) => tag.includes('relative') || tag.includes('casual'))) continue;
      const month = known.isCertain('month') ? known.get('month') : null;
      const day = known.isCertain('day') ? known.get('day') : null;
      const yearKnown = known.isCertain('year') ? known.get('year') : null;
      if (month === null || (day === null && yearKnown === null)) continue;
      // All-digit dates without a year ("3/4", "5/10", "24/7") are fractions, ratings and slogans.
      if (yearKnown === null && !/\p{L}/u.test(result.text)) continue;
      let start = segment.start + result.index;
      let end = start + result.text.length;
      if (known.isCertain('hour')) end = start + cutTimeOfDay(result.text).length;
      const trimmed = trimSpan(text, start, end);
      start = trimmed.start;
      end = trimmed.end;
      let range: [CalendarDate, CalendarDate] | null;
      if (day === null) {
        range = yearKnown === null ? null : monthRange(yearKnown, month);
      } else {
        const year = yearKnown ?? pastBiasYear(month, day, ref);
        const first = year === null ? null : { year, month, day };
        range = first && isValidDate(first) ? [first, first] : null;
        const endComponent = result.end;
        if (range && endComponent && endComponent.isCertain('day')) {
          const last = { year: endComponent.isCertain('year') ? endComponent.get('year') ?? year! : year!, month: endComponent.get('month') ?? month, day: endComponent.get('day') ?? day };
          if (isValidDate(last) && compareDates(last, range[0]) >= 0) range = [range[0], last];
        }
      }
      out.push({
        start, end, rule: 'time/calendar-date', type: 'date', range, precision: day === null ? 'month' : 'day', duration: null, priority: 0,
        closedRange: result.end !== null && result.end !== undefined,
      });
    }
  }
  return out;
}

/** Year of a day and month written without one: the publish year unless that is too far ahead. */
function pastBiasYear(month: number, day: number, ref: CalendarDate | null): number | null {
  if (ref === null) return null;
  const candidate = { year: ref.year, month, day: Math.min(day, daysInMonth(ref.year, month)) };
  return compareDates(candidate, addDays(ref, FUTURE_GRACE_DAYS)) <= 0 ? ref.year : ref.year - 1;
}

/**
 * The date part of a chrono match that also read a clock time ("March 13, 2013, 12:38 AM",
 * "Thu Jun 13, 2013 08:45"): times of day are not recorded, and their digits are not part of the date.
 */
function cutTimeOfDay(matched: string): string {
  const cut = /^(.*?\d{4}|.*?\b\d{1,2}(?:st|nd|rd|th)?\b(?=[,\s]+(?:at\s+)?\d{1,2}\s*(?:[:.h]|[ap]\.?\s?m)))/isu.exec(matched);
  if (cut?.[1] && /[A-Za-z]/u.test(cut[1]) && /\d/u.test(cut[1])) return cut[1];
  const before = /^(.*?)(?:,?\s*(?:(?:at|after|before|by|around|about|from|until|till)\s+)?\d{1,2}(?:\s*[:.]\s*\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?)$/su.exec(matched);
  return before?.[1] && /\d/u.test(before[1]) ? before[1] : matched;
}

/** Drops spaces, commas and a leading preposition chrono sometimes includes. */
function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (e > s && /[\s,;:]/u.test(text[e - 1] as string)) e--;
  const lead = /^(?:on|in|at|since|from|by|until)\s+/iu.exec(text.slice(s, e));
  if (lead) s += lead[0].length;
  while (s < e && /\s/u.test(text[s] as string)) s++;
  return { start: s, end: e };
}

function splitLines(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n/gu)) {
    spans.push({ start, end: m.index });
    start = m.index + 1;
  }
  spans.push({ start, end: text.length });
  return spans;
}
