import { RECHECK_AGES_S, RECHECK_DAILY_S } from './settings.js';

/**
 * When an item first seen at `firstSeen` is next re-checked, after `now`: the first age of
 * `RECHECK_AGES_S` (then every `RECHECK_DAILY_S`) that lies after `now`; null when that is past
 * `horizonS` seconds after first seen (re-checking stops). Slots missed while the watcher was not
 * running are skipped, not caught up on.
 *
 * @example
 * nextRecheckAt(new Date('2026-01-01T00:00Z'), new Date('2026-01-01T00:00Z'), 72 * 3600) // 01:00
 */
export function nextRecheckAt(firstSeen: Date, now: Date, horizonS: number): Date | null {
  const age = (now.getTime() - firstSeen.getTime()) / 1000;
  let slot = RECHECK_AGES_S.find((a) => a > age);
  if (slot === undefined) {
    const last = RECHECK_AGES_S.at(-1) ?? 0;
    slot = last + RECHECK_DAILY_S * Math.max(1, Math.floor((age - last) / RECHECK_DAILY_S) + 1);
  }
  return slot > horizonS ? null : new Date(firstSeen.getTime() + slot * 1000);
}
