import type { Db } from '../store/db.js';
import type { PoliteFetcher } from '../fetch/index.js';
import { DEFAULT_RECHECK_HORIZON_S } from './settings.js';

export interface PollOptions {
  /** The clock (tests fix it). */
  readonly now?: () => Date;
  /** One line per fetch, readable (`watch` prints them). */
  readonly log?: (line: string) => void;
  readonly maxNewItems?: number;
  readonly concurrency?: number;
  /** Item pages re-checked per round at most (default `MAX_RECHECKS_PER_POLL`). */
  readonly maxRechecks?: number;
  /** Seconds after first seen when an item's page is no longer re-checked (default `DEFAULT_RECHECK_HORIZON_S`). */
  readonly recheckHorizonS?: number;
  /** When aborted, the round takes no further feed, item or re-check (fetches under way finish). */
  readonly signal?: AbortSignal;
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
  /** Updated articles (re-dated in the feed, or found changed by a re-check) stored as a new version. */
  updated: number;
  /** Pages of items already taken, fetched again on their re-check schedule. */
  rechecked: number;
  /** Article pages that could not be fetched or stored (retried next poll). */
  itemFailures: number;
  /** Requests sent per host (feeds and pages, robots.txt excluded). */
  perHost: Record<string, number>;
}

/** One round's shared state: its clock, summary, log, and the one-writer-at-a-time database queue. */
export interface PollRound {
  readonly db: Db;
  readonly fetcher: PoliteFetcher;
  readonly options: PollOptions;
  readonly summary: PollSummary;
  readonly recheckHorizonS: number;
  now(): Date;
  /** Runs `fn` after every database step queued before it. */
  withDb<T>(fn: () => Promise<T>): Promise<T>;
  countHost(url: string): void;
  log(kind: 'feed' | 'page', status: string, url: string, detail: string, started: number): void;
  /** `now` plus `seconds`. */
  after(seconds: number): Date;
  stopped(): boolean;
}

export function emptySummary(): PollSummary {
  return { feeds: 0, fetched: 0, unchanged: 0, failed: 0, newItems: 0, ingested: 0, present: 0, updated: 0, rechecked: 0, itemFailures: 0, perHost: {} };
}

/** A round's state for `pollDueFeeds` and the steps it runs. */
export function createPollRound(db: Db, fetcher: PoliteFetcher, options: PollOptions): PollRound {
  const now = options.now ?? (() => new Date());
  const summary = emptySummary();
  // One writer at a time: an embedded database has one connection, and a transaction must not
  // interleave with another feed's queries.
  let chain: Promise<unknown> = Promise.resolve();
  return {
    db,
    fetcher,
    options,
    summary,
    recheckHorizonS: options.recheckHorizonS ?? DEFAULT_RECHECK_HORIZON_S,
    now,
    withDb<T>(fn: () => Promise<T>): Promise<T> {
      const run = chain.then(fn);
      chain = run.catch(() => undefined);
      return run;
    },
    countHost(url: string) {
      const host = new URL(url).host;
      summary.perHost[host] = (summary.perHost[host] ?? 0) + 1;
    },
    log(kind, status, url, detail, started) {
      options.log?.(`${now().toISOString()} ${kind} ${status.padEnd(3)} ${url} ${detail} (${Date.now() - started} ms)`);
    },
    after(seconds: number) {
      return new Date(now().getTime() + seconds * 1000);
    },
    stopped: () => options.signal?.aborted === true,
  };
}

/** Runs `task` over `items` with at most `concurrency` at once, taking no new item once the round is stopped. */
export async function forEachConcurrently<T>(round: PollRound, items: readonly T[], concurrency: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined && !round.stopped(); item = queue.shift()) await task(item);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, items.length)) }, worker));
}
