/**
 * Calendar days as integers, so dates of claims can be compared without a clock.
 */

/** An inclusive interval of days since 1970-01-01 (UTC). */
export interface DayInterval {
  readonly start: number;
  readonly end: number;
}

const MS_PER_DAY = 86_400_000;

/**
 * Day number of an ISO date or date-time (`2025-12-13`, `2025-12-13T10:00:00Z`), or null when it
 * does not start with a valid `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`: their first day).
 *
 * @example
 * dayNumber('1970-01-02') // 1
 */
export function dayNumber(iso: string | null): number | null {
  if (iso === null) return null;
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/u.exec(iso);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Days between two intervals: 0 when they overlap or touch. */
export function gapInDays(a: DayInterval, b: DayInterval): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}
