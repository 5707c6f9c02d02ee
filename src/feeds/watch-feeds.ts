import type { Db } from '../store/db.js';
import { nextDueAt, nextRecheckDue } from '../store/feed-rows.js';
import type { PoliteFetcher } from '../fetch/index.js';
import { pollDueFeeds, type PollOptions, type PollSummary } from './poll-feeds.js';
import { WATCH_TICK_S } from './settings.js';

/** Milliseconds the loop sleeps at least between rounds, so a clock behind the database's never makes it spin. */
const MIN_WATCH_SLEEP_MS = 250;

function earliest(a: Date | null, b: Date | null): Date | null {
  if (!a || !b) return a ?? b;
  return a.getTime() <= b.getTime() ? a : b;
}

/**
 * Polls feeds (and re-checks item pages) as they fall due until `signal` aborts: after each round
 * it sleeps until the next feed or re-check is due (at most `WATCH_TICK_S`, so feeds added meanwhile are picked up). `onRound` gets
 * each round's summary (for a status line or `serve`'s counters).
 *
 * @example
 * const stop = new AbortController();
 * process.once('SIGINT', () => stop.abort());
 * await watchFeeds(db, new PoliteFetcher(), { signal: stop.signal, log: console.log });
 */
export async function watchFeeds(db: Db, fetcher: PoliteFetcher, options: PollOptions & { signal: AbortSignal; onRound?: (summary: PollSummary) => void }): Promise<void> {
  const now = options.now ?? (() => new Date());
  while (!options.signal.aborted) {
    const summary = await pollDueFeeds(db, fetcher, options);
    if (summary.feeds > 0 || summary.rechecked > 0) options.onRound?.(summary);
    const next = earliest(await nextDueAt(db), await nextRecheckDue(db));
    const waitMs = Math.max(MIN_WATCH_SLEEP_MS, Math.min(WATCH_TICK_S * 1000, next ? next.getTime() - now().getTime() : WATCH_TICK_S * 1000));
    if (options.signal.aborted) break;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, waitMs);
      options.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      }, { once: true });
    });
  }
}
