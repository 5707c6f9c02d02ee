/**
 * Months without a day, years, year ranges and decades: "in June", "since July 2021", "in 2020",
 * "2024-25", "the 1990s".
 */
import { monthRange, yearRange, type CalendarDate } from './calendar.js';
import { date, matches, type Candidate } from './candidate.js';
import { YEAR_MAX, YEAR_MIN } from './settings.js';
import {
  DECADE_PATTERN, MONTH_PATTERN, OLD_YEAR_PATTERN, RELATION_BEFORE_PATTERN, YEAR_PATTERN, YEAR_RANGE_PATTERN,
} from './time-patterns.js';
import { COUNT_CUES_BEFORE_YEAR, MONTHS } from './time-words.js';

export function findDecades(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(DECADE_PATTERN, text)) {
    const decade = Number(m.groups?.decade);
    const part = m.groups?.part?.toLowerCase();
    const [from, to] = part === 'early' ? [decade, decade + 3] : part === 'mid' ? [decade + 3, decade + 6] : part === 'late' ? [decade + 6, decade + 9] : [decade, decade + 9];
    out.push(date(m.index, m.index + m[0].length, 'time/decade', [yearRange(from)[0], yearRange(to)[1]], 'year'));
  }
  return out;
}

export function findYearRanges(text: string): Candidate[] {
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
export function findMonths(text: string, ref: CalendarDate | null): Candidate[] {
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

export function findYears(text: string): Candidate[] {
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

/** Years before 1900 after a preposition ("in 1671"). */
export function findOldYears(text: string): Candidate[] {
  return [...matches(OLD_YEAR_PATTERN, text)].map((m) => {
    const year = Number(m.groups?.year);
    const start = m.index + m[0].length - (m.groups?.year ?? '').length;
    return date(start, start + 4, 'time/year', yearRange(year), 'year');
  });
}
