/**
 * Dated time expressions of a report, each with a calendar interval. The annotator resolves
 * relative dates against the publish date; when a report has none (a scraped page without a
 * date line), month and weekday names are left open. They are resolved here against the report's
 * reference day instead: its publish date, else the latest full date the report itself states
 * ("on December 13, 2025" makes "in June" June 2025). News tells of the past, so a month or
 * weekday is the latest one not after the reference day.
 */
import type { ReportView, TimeExpression } from '../core/records.js';
import { dayNumber } from './day-interval.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './time-words.js';

const MS_PER_DAY = 86_400_000;

/** The day a report's relative dates count from, or null when it names no date at all. */
export function referenceDayOf(report: ReportView): number | null {
  const published = dayNumber(report.published ?? report.article.published);
  if (published !== null) return published;
  const days = report.annotations.times
    .filter((t) => t.type === 'date' && t.precision === 'day' && t.relation === 'on')
    .map((t) => dayNumber(t.startDate))
    .filter((d) => d !== null);
  return days.length > 0 ? Math.max(...days) : null;
}

/** ISO `YYYY-MM-DD` of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The report's date expressions (not durations), with open month and weekday names resolved
 * against its reference day; expressions still without a date are left out.
 */
export function resolveTimes(report: ReportView): TimeExpression[] {
  const reference = referenceDayOf(report);
  const out: TimeExpression[] = [];
  for (const time of report.annotations.times) {
    if (time.type !== 'date') continue;
    if (dayNumber(time.startDate) !== null) {
      out.push(time);
      continue;
    }
    if (reference === null) continue;
    const resolved = resolveName(time.text, reference);
    if (resolved !== null) out.push({ ...time, ...resolved });
  }
  return out;
}

function resolveName(text: string, reference: number): Pick<TimeExpression, 'startDate' | 'endDate' | 'precision'> | null {
  const lower = text.toLowerCase();
  const refDate = new Date(reference * MS_PER_DAY);
  const month = MONTH_NAMES.findIndex((names) => names.some((n) => new RegExp(`\\b${n}\\b`, 'u').test(lower)));
  if (month >= 0) {
    const yearMatch = /\b(1[89]\d\d|2\d\d\d)\b/u.exec(lower);
    let year = yearMatch !== null ? Number(yearMatch[1]) : refDate.getUTCFullYear();
    if (yearMatch === null && month > refDate.getUTCMonth()) year -= 1;
    const first = Date.UTC(year, month, 1) / MS_PER_DAY;
    const last = Date.UTC(year, month + 1, 0) / MS_PER_DAY;
    return { startDate: isoOfDay(first), endDate: isoOfDay(last), precision: 'month' };
  }
  const weekday = WEEKDAY_NAMES.findIndex((n) => new RegExp(`\\b${n}\\b`, 'u').test(lower));
  if (weekday >= 0) {
    const back = (refDate.getUTCDay() - weekday + 7) % 7;
    const day = isoOfDay(reference - back);
    return { startDate: day, endDate: day, precision: 'day' };
  }
  return null;
}
