import type { Db } from '../store/db.js';
import { dueFeedRows, findFeedItem, updateFeedState, type FeedItemRow, type FeedRow } from '../store/feed-rows.js';
import { FetchError, type PoliteFetcher } from '../fetch/index.js';
import { parseFeed, type FeedEntry } from './parse-feed.js';
import { createPollRound, forEachConcurrently, type PollOptions, type PollRound, type PollSummary } from './poll-round.js';
import { takeItemPage, type TakeOutcome } from './take-item-page.js';
import { recheckDueItems } from './recheck-items.js';
import { describeFailure } from './describe-failure.js';
import { MAX_BACKOFF_S, MAX_NEW_ITEMS_PER_POLL, POLL_CONCURRENCY } from './settings.js';

export type { PollOptions, PollSummary } from './poll-round.js';

/**
 * Polls every due feed once: a conditional GET of the feed (an unchanged feed costs a 304), then,
 * for each item not taken before (by GUID or URL), its article page is fetched and ingested
 * through `addSources`. Success schedules the next poll one interval on; failure doubles the wait
 * (up to `MAX_BACKOFF_S`, and at least any Retry-After) and is recorded in the feed's status, so
 * `feeds list` shows it. Feeds run in parallel; per-host pacing comes from the fetcher. Then the
 * pages of items due for a re-check are fetched again (`recheckDueItems`), bounded per round.
 *
 * @example
 * const summary = await pollDueFeeds(db, new PoliteFetcher(), { log: console.log });
 */
export async function pollDueFeeds(db: Db, fetcher: PoliteFetcher, options: PollOptions = {}): Promise<PollSummary> {
  const round = createPollRound(db, fetcher, options);
  const due = await dueFeedRows(db, round.now());
  round.summary.feeds = due.length;
  await forEachConcurrently(round, due, options.concurrency ?? POLL_CONCURRENCY, (feed) => pollFeed(round, feed));
  if (!round.stopped()) await recheckDueItems(round);
  return round.summary;
}

async function pollFeed(round: PollRound, feed: FeedRow): Promise<void> {
  const { db, summary, options } = round;
  const started = Date.now();
  round.countHost(feed.url);
  let res;
  try {
    res = await round.fetcher.fetch(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    return failFeed(round, feed, describeFailure(error, feed.url), error.status ?? 'ERR', error.retryAfter, started);
  }
  if (res.status === 304) {
    summary.unchanged++;
    await round.withDb(() => updateFeedState(db, feed.id, { status: 'not modified', lastError: null, lastFetch: round.now(), nextDue: round.after(feed.intervalS), failures: 0 }));
    return round.log('feed', '304', feed.url, 'unchanged', started);
  }
  const parsed = parseFeed(res.bytes, res.url, res.contentType);
  if (typeof parsed === 'string') return failFeed(round, feed, parsed, res.status, null, started);
  summary.fetched++;
  const fresh: FeedEntry[] = [];
  const revised: Array<{ entry: FeedEntry; previous: FeedItemRow }> = [];
  let seen = 0;
  for (const entry of parsed.entries) {
    const key = entry.guid ?? entry.url;
    if (!key) continue;
    const known = await round.withDb(() => findFeedItem(db, feed.id, key, entry.url));
    if (known) {
      seen++;
      // The feed re-dated an item it gave before: the article may have been updated.
      if (entry.url && entry.published && known.published && entry.published !== known.published && known.reportId) revised.push({ entry, previous: known });
    } else if (!fresh.some((e) => (e.guid ?? e.url) === key || (entry.url && e.url === entry.url))) fresh.push(entry);
  }
  const taken = fresh.slice(0, options.maxNewItems ?? MAX_NEW_ITEMS_PER_POLL);
  round.log('feed', String(res.status), feed.url, `${parsed.entries.length} items: ${fresh.length} new, ${seen} seen${revised.length > 0 ? ` (${revised.length} re-dated)` : ''}${taken.length < fresh.length ? `, ${fresh.length - taken.length} left for the next poll` : ''}`, started);
  summary.newItems += fresh.length;
  let ingested = 0;
  let failedItems = 0;
  let done = 0;
  const count = (outcome: TakeOutcome) => {
    done++;
    if (outcome === 'added') ingested++;
    if (outcome === 'failed') failedItems++;
  };
  for (const entry of taken) {
    if (round.stopped()) break;
    count(await takeItemPage(round, { feedId: feed.id, key: (entry.guid ?? entry.url)!, url: entry.url, published: entry.published }, 'new'));
  }
  for (const { entry, previous } of revised) {
    if (round.stopped()) break;
    count(await takeItemPage(round, { feedId: feed.id, key: previous.itemKey, url: entry.url, published: entry.published }, 're-dated', previous));
  }
  const leftOver = failedItems > 0 || taken.length < fresh.length || done < taken.length + revised.length;
  await round.withDb(() =>
    updateFeedState(db, feed.id, {
      status: failedItems > 0 ? `ok, ${failedItems} item(s) failed` : 'ok',
      lastError: null,
      lastFetch: round.now(),
      nextDue: round.after(feed.intervalS),
      failures: 0,
      // Items left for later (over the cap, failed, or not reached before a stop) need the full feed next time, not a 304.
      etag: leftOver ? null : res.etag,
      lastModified: leftOver ? null : res.lastModified,
      title: parsed.title,
      siteUrl: parsed.siteUrl,
      ingested,
    }),
  );
}

async function failFeed(round: PollRound, feed: FeedRow, reason: string, status: number | string, retryAfter: number | null, started: number): Promise<void> {
  round.summary.failed++;
  const failures = feed.failures + 1;
  const backoff = Math.min(MAX_BACKOFF_S, feed.intervalS * 2 ** Math.min(failures, 16));
  const nextDue = round.after(Math.max(backoff, retryAfter ?? 0));
  await round.withDb(() => updateFeedState(round.db, feed.id, { status: 'failing', lastError: reason, lastFetch: round.now(), nextDue, failures }));
  round.log('feed', String(status), feed.url, `failed: ${reason}; failure ${failures} in a row, next try ${nextDue.toISOString()}`, started);
}
