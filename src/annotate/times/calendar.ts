/**
 * Calendar arithmetic on plain dates (year, month, day), in UTC so no clock or zone leaks in.
 */

export interface CalendarDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

/**
 * Parses the date part of an ISO 8601 string ("2025-12-13", "2025-12-13T10:00:00Z"), or of an
 * RFC 2822 feed date ("Sat, 13 Dec 2025 10:00:00 GMT"), or null.
 */
export function parseIsoDate(iso: string | null): CalendarDate | null {
  if (iso === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso.trim());
  if (match === null) {
    // Not ISO ("Sat, 13 Dec 2025 10:00:00 GMT" from a feed): accept what Date can read, in UTC.
    const parsed = /\d{4}/u.test(iso) ? new Date(iso) : new Date(Number.NaN);
    if (Number.isNaN(parsed.getTime())) return null;
    return { year: parsed.getUTCFullYear(), month: parsed.getUTCMonth() + 1, day: parsed.getUTCDate() };
  }
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDate(date) ? date : null;
}

export function isValidDate(date: CalendarDate): boolean {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}

/** `YYYY-MM-DD`. */
export function formatDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Adds months, clamping the day to the target month's length (31 Mar - 1 month = 28/29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** Monday of the ISO week containing `date`. */
export function startOfWeek(date: CalendarDate): CalendarDate {
  const offset = (weekdayOf(date) + 6) % 7;
  return addDays(date, -offset);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function monthRange(year: number, month: number): [CalendarDate, CalendarDate] {
  return [{ year, month, day: 1 }, { year, month, day: daysInMonth(year, month) }];
}

export function yearRange(year: number): [CalendarDate, CalendarDate] {
  return [{ year, month: 1, day: 1 }, { year, month: 12, day: 31 }];
}
