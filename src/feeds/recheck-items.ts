import { dueRecheckItems, expireRechecks } from '../store/feed-rows.js';
import { forEachConcurrently, type PollRound } from './poll-round.js';
import { takeItemPage } from './take-item-page.js';
import { MAX_RECHECKS_PER_POLL, POLL_CONCURRENCY } from './settings.js';

/**
 * Fetches again the pages of items already taken whose re-check is due, so an update the feed
 * does not re-date (no new pubDate, no new item) is still noticed: conditional GETs with each
 * page's stored validators, at most `maxRechecks` (`MAX_RECHECKS_PER_POLL`) per round, most
 * overdue first, paced per host by the fetcher. Items past the re-check horizon are dropped from
 * the schedule without a request. A changed page becomes a new version exactly as a re-dated
 * item's does (`takeItemPage`).
 */
export async function recheckDueItems(round: PollRound): Promise<void> {
  const now = round.now();
  const due = await round.withDb(async () => {
    await expireRechecks(round.db, new Date(now.getTime() - round.recheckHorizonS * 1000));
    return dueRecheckItems(round.db, now, round.options.maxRechecks ?? MAX_RECHECKS_PER_POLL);
  });
  await forEachConcurrently(round, due, round.options.concurrency ?? POLL_CONCURRENCY, async (item) => {
    await takeItemPage(round, { feedId: item.feedId, key: item.itemKey, url: item.url, published: item.published }, 're-check', item);
  });
}
