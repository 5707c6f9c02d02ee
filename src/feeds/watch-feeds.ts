import type { Db } from '../store/db.js';
import { nextDueAt } from '../store/feed-rows.js';
import type { PoliteFetcher } from '../fetch/index.js';
import { pollDueFeeds, type PollOptions, type PollSummary } from './poll-feeds.js';
import { WATCH_TICK_S } from './settings.js';

/**
 * Polls feeds as they fall due until `signal` aborts: after each round it sleeps until the next
 * feed is due (at most `WATCH_TICK_S`, so feeds added meanwhile are picked up). `onRound` gets
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
    if (summary.feeds > 0) options.onRound?.(summary);
    const next = await nextDueAt(db);
    const waitMs = Math.max(250, Math.min(WATCH_TICK_S * 1000, next ? next.getTime() - now().getTime() : WATCH_TICK_S * 1000));
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
