import { DAY_MONTH_YEAR, ISO_DATE, MONTHS, MONTH_DAY_YEAR } from './date-patterns.js';
import { DATELINE_CHARS } from './settings.js';
import { dayOf, normaliseDate } from '../core/normalise-date.js';

/** When a report was written, as far as its content tells, and the rule that found it. */
export interface ReportDate {
  /** ISO day, `YYYY-MM-DD`. */
  readonly date: string;
  readonly rule: 'cluster/date-published' | 'cluster/date-dateline';
}

/**
 * Dates a report: its publish date when it has one, else the first full date in its first
 * DATELINE_CHARS characters (title included). Null when neither exists.
 *
 * @example
 * ```ts
 * findReportDate(null, 'Saints rookie hurt', 'Jan 05, 2011 One day after...'); // { date: '2011-01-05', rule: 'cluster/date-dateline' }
 * ```
 */
export function findReportDate(published: string | null, title: string | null, text: string): ReportDate | null {
  if (published) {
    const iso = ISO_DATE.exec(published);
    if (iso) return { date: `${iso[1]}-${iso[2]}-${iso[3]}`, rule: 'cluster/date-published' };
    // Any other form a user, feed or dump gives (RFC 2822, Unix time), read as ingest reads it.
    const day = dayOf(normaliseDate(published));
    if (day) return { date: day, rule: 'cluster/date-published' };
  }
  const head = `${title ?? ''}\n${text.slice(0, DATELINE_CHARS)}`;
  const found = earliestMatch(head);
  return found ? { date: found, rule: 'cluster/date-dateline' } : null;
}

function earliestMatch(head: string): string | null {
  let best: { at: number; date: string } | null = null;
  const consider = (at: number, y: number, m: number, d: number): void => {
    if (m < 1 || m > 12 || d < 1 || d > 31) return;
    if (best && best.at <= at) return;
    best = { at, date: `${y}-${pad(m)}-${pad(d)}` };
  };
  const a = MONTH_DAY_YEAR.exec(head);
  if (a) consider(a.index, Number(a[3]), monthOf(a[1]), Number(a[2]));
  const b = DAY_MONTH_YEAR.exec(head);
  if (b) consider(b.index, Number(b[3]), monthOf(b[2]), Number(b[1]));
  const c = ISO_DATE.exec(head);
  if (c) consider(c.index, Number(c[1]), Number(c[2]), Number(c[3]));
  return (best as { at: number; date: string } | null)?.date ?? null;
}

function monthOf(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase().replace('.', '')] ?? 0;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
