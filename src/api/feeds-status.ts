import type { Queryable } from '../store/db.js';
import { listFeedRows, recheckCounts, type FeedRow } from '../store/feed-rows.js';
import type { WatcherStatus } from '../feeds/index.js';

/** What the app needs of a feed watcher running in its process (`serve --watch`). */
export interface WatcherSource {
  status(): WatcherStatus;
}

/** A followed feed as the status page shows it (its validators are internal). */
export type FeedState = Omit<FeedRow, 'etag' | 'lastModified'> & { readonly due: boolean };

/** The feeds and the watcher: what `GET /api/v1/feeds` answers and the Feeds page shows. */
export interface FeedsStatus {
  readonly at: string;
  /** The watcher of this process, or null when the server does not watch (`serve` without `--watch`). */
  readonly watcher: WatcherStatus | null;
  readonly counts: { readonly feeds: number; readonly due: number; readonly failing: number };
  /** The earliest next poll of any feed. */
  readonly nextDue: string | null;
  /** Item pages on the re-check schedule, those due now, and the earliest next re-check. */
  readonly rechecks: { readonly scheduled: number; readonly due: number; readonly next: string | null };
  readonly feeds: readonly FeedState[];
}

/**
 * The state of every followed feed (from the database, so it is right whichever process polls)
 * with the counters of this process's watcher, if it runs one.
 *
 * @example
 * const status = await feedsStatus(db, watcher, new Date());
 * status.counts.failing;
 */
export async function feedsStatus(q: Queryable, watcher: WatcherSource | null, now: Date): Promise<FeedsStatus> {
  // The counters first, the rows after: the rows then hold at least every fetch the counters
  // count. Read the other way round, a round that ended between the two reads showed its counts
  // beside feeds it had not yet written (a feed fetched, yet still "new" and due).
  const counters = watcher?.status() ?? null;
  const [rows, rechecks] = await Promise.all([listFeedRows(q), recheckCounts(q, now)]);
  const feeds = rows.map(({ etag: _etag, lastModified: _lastModified, ...feed }) => ({ ...feed, due: Date.parse(feed.nextDue) <= now.getTime() }));
  const nextDue = feeds.map((f) => f.nextDue).sort()[0] ?? null;
  return {
    at: now.toISOString(),
    watcher: counters,
    counts: { feeds: feeds.length, due: feeds.filter((f) => f.due).length, failing: feeds.filter((f) => f.status === 'failing').length },
    nextDue,
    rechecks,
    feeds,
  };
}
