/**
 * Dates named relative to publication: "three weeks ago", "the past two years", "yesterday",
 * "last week", "earlier this month", weekdays and seasons, all with past-bias.
 */
import type { TimePrecision } from '../../core/records.js';
import {
  addDays, addMonths, compareDates, monthRange, startOfWeek, weekdayOf, yearRange, type CalendarDate,
} from './calendar.js';
import { countOf, date, matches, shift, unitOf, type Candidate } from './candidate.js';
import {
  AGO_PATTERN, PAST_PERIOD_PATTERN, RELATIVE_DAY_PATTERN, RELATIVE_PERIOD_PATTERN, SEASON_PATTERN, WEEKDAY_PATTERN,
} from './time-patterns.js';
import { DURATION_UNITS, WEEKDAYS } from './time-words.js';

export function findAgo(text: string, ref: CalendarDate | null): Candidate[] {
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

export function findPastPeriods(text: string, ref: CalendarDate | null): Candidate[] {
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

export function findRelativeDays(text: string, ref: CalendarDate | null): Candidate[] {
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

export function findRelativePeriods(text: string, ref: CalendarDate | null): Candidate[] {
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

export function findWeekdays(text: string, ref: CalendarDate | null): Candidate[] {
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

/**
 * Seasons, as meteorological seasons of the northern hemisphere (spring March–May, summer June–
 * August, autumn September–November, winter December–February). Only with last/this/next or a
 * year: a bare "summer" is too often not a date ("summer camp"). "this summer" is the current
 * year's; "last summer" the most recent one that is over; "this winter" published in January is
 * the winter that began the December before.
 */
export function findSeasons(text: string, ref: CalendarDate | null): Candidate[] {
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
