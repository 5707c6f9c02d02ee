/**
 * Normalises a date given by a user or a feed (`2025-12-13`, `2025-12-13T10:00:00+01:00`,
 * `Sat, 13 Dec 2025 10:00:00 GMT`, or Unix time as data dumps give it: `1765620000` seconds,
 * `1765620000000` milliseconds) to ISO 8601: `YYYY-MM-DD` when only a day is given, else a UTC
 * timestamp. Returns null when it cannot be read as a date.
 *
 * @example
 * normaliseDate('Sat, 13 Dec 2025 10:00:00 GMT') // '2025-12-13T10:00:00.000Z'
 */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const dayOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (dayOnly) {
    const [, y, m, d] = dayOnly;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return date.getUTCDate() === Number(d) ? trimmed : null;
  }
  // Ten digits of seconds or thirteen of milliseconds: 2001-09-09 to 2286. Other digit strings
  // (a compact 20251213, a year) are not Unix time.
  if (UNIX_TIME.test(trimmed)) return new Date(trimmed.length === 10 ? Number(trimmed) * 1000 : Number(trimmed)).toISOString();
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString();
}

const UNIX_TIME = /^(?:\d{10}|\d{13})$/;

/** The calendar day (`YYYY-MM-DD`) of an ISO date or timestamp, or null. */
export function dayOf(iso: string | null | undefined): string | null {
  if (!iso) return null;
  return /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? null;
}
