import type { Db } from '../store/db.js';
import { dueFeedRows, findFeedItem, insertFeedItem, insertReportVersion, updateFeedState, type FeedItemRow, type FeedRow } from '../store/feed-rows.js';
import { addSources, type AddOutcome } from '../pipeline/index.js';
import { splitInput } from '../ingest/split-input.js';
import { FetchError, type PoliteFetcher } from '../fetch/index.js';
import { parseFeed, type FeedEntry } from './parse-feed.js';
import { MAX_BACKOFF_S, MAX_NEW_ITEMS_PER_POLL, POLL_CONCURRENCY } from './settings.js';

export interface PollOptions {
  /** The clock (tests fix it). */
  readonly now?: () => Date;
  /** One line per fetch, readable (`watch` prints them). */
  readonly log?: (line: string) => void;
  readonly maxNewItems?: number;
  readonly concurrency?: number;
}

/** What one round of polling did, for the log and for `serve`. */
export interface PollSummary {
  feeds: number;
  /** Feed documents fetched with a body (200). */
  fetched: number;
  /** Feeds answered 304 Not Modified. */
  unchanged: number;
  /** Feeds whose fetch or parse failed (backed off). */
  failed: number;
  /** Items not seen before. */
  newItems: number;
  /** Article pages stored as new reports. */
  ingested: number;
  /** Article pages whose content was already stored. */
  present: number;
  /** Updated articles (the feed's date for a known item changed, and so did the page) stored as a new version. */
  updated: number;
  /** Article pages that could not be fetched or stored (retried next poll). */
  itemFailures: number;
  /** Requests sent per host (feeds and pages, robots.txt excluded). */
  perHost: Record<string, number>;
}

/**
 * Polls every due feed once: a conditional GET of the feed (an unchanged feed costs a 304), then,
 * for each item not taken before (by GUID or URL), its article page is fetched and ingested
 * through `addSources`. Success schedules the next poll one interval on; failure doubles the wait
 * (up to `MAX_BACKOFF_S`, and at least any Retry-After) and is recorded in the feed's status, so
 * `feeds list` shows it. Feeds run in parallel; per-host pacing comes from the fetcher.
 *
 * @example
 * const summary = await pollDueFeeds(db, new PoliteFetcher(), { log: console.log });
 */
export async function pollDueFeeds(db: Db, fetcher: PoliteFetcher, options: PollOptions = {}): Promise<PollSummary> {
  const now = options.now ?? (() => new Date());
  const summary: PollSummary = { feeds: 0, fetched: 0, unchanged: 0, failed: 0, newItems: 0, ingested: 0, present: 0, updated: 0, itemFailures: 0, perHost: {} };
  // One writer at a time: an embedded database has one connection, and a transaction must not
  // interleave with another feed's queries.
  let chain: Promise<unknown> = Promise.resolve();
  const withDb = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = chain.then(fn);
    chain = run.catch(() => undefined);
    return run;
  };
  const due = await dueFeedRows(db, now());
  summary.feeds = due.length;
  const queue = [...due];
  const worker = async () => {
    for (let feed = queue.shift(); feed; feed = queue.shift()) await pollFeed(feed);
  };

  const countHost = (url: string) => {
    const host = new URL(url).host;
    summary.perHost[host] = (summary.perHost[host] ?? 0) + 1;
  };
  const log = (kind: 'feed' | 'page', status: string, url: string, detail: string, started: number) =>
    options.log?.(`${now().toISOString()} ${kind} ${status.padEnd(3)} ${url} ${detail} (${Date.now() - started} ms)`);

  async function pollFeed(feed: FeedRow): Promise<void> {
    const started = Date.now();
    countHost(feed.url);
    let res;
    try {
      res = await fetcher.fetch(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      return failFeed(feed, describeFailure(error, feed.url), error.status ?? 'ERR', error.retryAfter, started);
    }
    if (res.status === 304) {
      summary.unchanged++;
      await withDb(() => updateFeedState(db, feed.id, { status: 'not modified', lastError: null, lastFetch: now(), nextDue: after(feed.intervalS), failures: 0 }));
      return log('feed', '304', feed.url, 'unchanged', started);
    }
    const parsed = parseFeed(res.bytes, res.url, res.contentType);
    if (typeof parsed === 'string') return failFeed(feed, parsed, res.status, null, started);
    summary.fetched++;
    const fresh: FeedEntry[] = [];
    const revised: Array<{ entry: FeedEntry; previous: FeedItemRow }> = [];
    let seen = 0;
    for (const entry of parsed.entries) {
      const key = entry.guid ?? entry.url;
      if (!key) continue;
      const known = await withDb(() => findFeedItem(db, feed.id, key, entry.url));
      if (known) {
        seen++;
        // The feed re-dated an item it gave before: the article may have been updated.
        if (entry.url && entry.published && known.published && entry.published !== known.published && known.reportId) revised.push({ entry, previous: known });
      } else if (!fresh.some((e) => (e.guid ?? e.url) === key || (entry.url && e.url === entry.url))) fresh.push(entry);
    }
    const taken = fresh.slice(0, options.maxNewItems ?? MAX_NEW_ITEMS_PER_POLL);
    log('feed', String(res.status), feed.url, `${parsed.entries.length} items: ${fresh.length} new, ${seen} seen${revised.length > 0 ? ` (${revised.length} re-dated)` : ''}${taken.length < fresh.length ? `, ${fresh.length - taken.length} left for the next poll` : ''}`, started);
    summary.newItems += fresh.length;
    let ingested = 0;
    let failedItems = 0;
    for (const entry of taken) {
      const outcome = await takeItem(feed, entry);
      if (outcome === 'added') ingested++;
      if (outcome === 'failed') failedItems++;
    }
    for (const { entry, previous } of revised) {
      const outcome = await takeItem(feed, entry, previous);
      if (outcome === 'added') ingested++;
      if (outcome === 'failed') failedItems++;
    }
    const leftOver = failedItems > 0 || taken.length < fresh.length;
    await withDb(() =>
      updateFeedState(db, feed.id, {
        status: failedItems > 0 ? `ok, ${failedItems} item(s) failed` : 'ok',
        lastError: null,
        lastFetch: now(),
        nextDue: after(feed.intervalS),
        failures: 0,
        // Items left for later (over the cap, or failed) need the full feed next time, not a 304.
        etag: leftOver ? null : res.etag,
        lastModified: leftOver ? null : res.lastModified,
        title: parsed.title,
        siteUrl: parsed.siteUrl,
        ingested,
      }),
    );
  }

  /** Fetches and ingests an item's page; with `previous`, as a possible new version of it. */
  async function takeItem(feed: FeedRow, entry: FeedEntry, previous?: FeedItemRow): Promise<AddOutcome['kind'] | 'skipped' | 'unchanged'> {
    const key = previous?.itemKey ?? (entry.guid ?? entry.url)!;
    const published = entry.published;
    if (!entry.url) {
      // Nothing to fetch: remember it so it is not looked at again.
      await withDb(() => insertFeedItem(db, { feedId: feed.id, key, url: null, contentSha256: null, reportId: null, published, now: now() }));
      return 'skipped';
    }
    const url = entry.url;
    const started = Date.now();
    countHost(url);
    let outcome: AddOutcome;
    let sha: string | null = null;
    try {
      const page = await fetcher.fetch(url);
      const sources = splitInput(page.url, page.bytes, { url: page.url, contentType: page.contentType ?? 'text/html' });
      sha = sources.find((s) => s.kind === 'report-source')?.sha256 ?? null;
      if (previous && sha === previous.contentSha256) {
        await withDb(() => insertFeedItem(db, { feedId: feed.id, key, url, contentSha256: sha, reportId: previous.reportId, published, now: now() }));
        log('page', String(page.status), url, 're-dated but unchanged', started);
        return 'unchanged';
      }
      outcome = (await withDb(() => addSources(db, sources, { now })))[0] ?? { kind: 'failed', name: url, reason: 'no report in the page' };
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      outcome = { kind: 'failed', name: url, reason: describeFailure(error, url) };
    }
    if (outcome.kind === 'failed') {
      summary.itemFailures++;
      log('page', 'ERR', url, `failed: ${outcome.reason} (retried next poll)`, started);
      return 'failed';
    }
    if (outcome.kind === 'added') summary.ingested++;
    else summary.present++;
    const report = outcome.report;
    const isVersion = outcome.kind === 'added' && previous?.reportId && previous.reportId !== report;
    if (isVersion) summary.updated++;
    await withDb(async () => {
      if (isVersion) await insertReportVersion(db, { reportId: report, previousId: previous.reportId!, url, now: now() });
      await insertFeedItem(db, { feedId: feed.id, key, url, contentSha256: sha, reportId: report, published, now: now() });
    });
    log('page', '200', url, `${isVersion ? `updated: new version ${report} of report ${previous.reportId}` : `${outcome.kind === 'added' ? 'added' : 'already stored'} as report ${report}`}`, started);
    return outcome.kind;
  }

  async function failFeed(feed: FeedRow, reason: string, status: number | string, retryAfter: number | null, started: number): Promise<void> {
    summary.failed++;
    const failures = feed.failures + 1;
    const backoff = Math.min(MAX_BACKOFF_S, feed.intervalS * 2 ** Math.min(failures, 16));
    const nextDue = after(Math.max(backoff, retryAfter ?? 0));
    await withDb(() => updateFeedState(db, feed.id, { status: 'failing', lastError: reason, lastFetch: now(), nextDue, failures }));
    log('feed', String(status), feed.url, `failed: ${reason}; failure ${failures} in a row, next try ${nextDue.toISOString()}`, started);
  }

  function after(seconds: number): Date {
    return new Date(now().getTime() + seconds * 1000);
  }

  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? POLL_CONCURRENCY, Math.max(1, due.length)) }, worker));
  return summary;
}

/** The error's message without the URL when it is the URL asked for (the log line names it already). */
function describeFailure(error: Error, url: string): string {
  return error.message.startsWith(`${url}: `) ? error.message.slice(url.length + 2) : error.message;
}
