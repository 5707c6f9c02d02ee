import type { PollSummary } from './poll-round.js';

/** Running totals over every round of `watch`, for a status page. */
export interface WatchTotals {
  rounds: number;
  fetched: number;
  unchanged: number;
  failed: number;
  newItems: number;
  ingested: number;
  updated: number;
  rechecked: number;
  itemFailures: number;
  perHost: Record<string, number>;
  lastRound: string | null;
}

/**
 * Adds up `PollSummary`s (pass `add` as `watchFeeds`'s `onRound`) so a long-running process such
 * as `serve` can show fetched / new / unchanged / failed counts and requests per host.
 *
 * @example
 * const counters = new WatchCounters();
 * watchFeeds(db, fetcher, { signal, onRound: (s) => counters.add(s) });
 * app.get('/watch', () => counters.snapshot());
 */
export class WatchCounters {
  private totals: WatchTotals = { rounds: 0, fetched: 0, unchanged: 0, failed: 0, newItems: 0, ingested: 0, updated: 0, rechecked: 0, itemFailures: 0, perHost: {}, lastRound: null };

  add(summary: PollSummary, at: Date = new Date()): void {
    const t = this.totals;
    t.rounds++;
    t.fetched += summary.fetched;
    t.unchanged += summary.unchanged;
    t.failed += summary.failed;
    t.newItems += summary.newItems;
    t.ingested += summary.ingested;
    t.updated += summary.updated;
    t.rechecked += summary.rechecked;
    t.itemFailures += summary.itemFailures;
    for (const [host, n] of Object.entries(summary.perHost)) t.perHost[host] = (t.perHost[host] ?? 0) + n;
    t.lastRound = at.toISOString();
  }

  snapshot(): WatchTotals {
    return structuredClone(this.totals);
  }
}
