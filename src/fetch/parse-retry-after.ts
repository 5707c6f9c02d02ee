import { MAX_RETRY_AFTER_S } from './settings.js';

/**
 * Seconds to wait, from a Retry-After header (delta-seconds or an HTTP date), capped at
 * `MAX_RETRY_AFTER_S`; null when absent or unreadable.
 *
 * @example
 * parseRetryAfter('120', now) // 120
 */
export function parseRetryAfter(value: string | null, now: Date): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  let seconds: number;
  if (/^\d+$/.test(trimmed)) seconds = Number(trimmed);
  else {
    const at = Date.parse(trimmed);
    if (Number.isNaN(at)) return null;
    seconds = Math.max(0, Math.ceil((at - now.getTime()) / 1000));
  }
  return Math.min(seconds, MAX_RETRY_AFTER_S);
}
