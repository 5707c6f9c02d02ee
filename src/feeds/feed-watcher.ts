import type { Db } from '../store/db.js';
import type { PoliteFetcher } from '../fetch/index.js';
import type { PollOptions, PollSummary } from './poll-round.js';
import { watchFeeds } from './watch-feeds.js';
import { WatchCounters, type WatchTotals } from './watch-counters.js';
import { DEFAULT_RECHECK_HORIZON_S } from './settings.js';
import { MIN_HOST_DELAY_MS } from '../fetch/index.js';

/** The watcher as a status page shows it. */
export interface WatcherStatus {
  /** True from `start` until it stopped (asked to, or failed). */
  readonly running: boolean;
  readonly startedAt: string | null;
  readonly stoppedAt: string | null;
  /** Why it stopped on its own (a database failure), else null. */
  readonly error: string | null;
  /** Milliseconds between two requests to one host. */
  readonly hostDelayMs: number;
  /** Seconds after first seen when an item is no longer re-checked. */
  readonly recheckHorizonS: number;
  readonly totals: WatchTotals;
}

export interface FeedWatcherOptions extends Omit<PollOptions, 'signal'> {
  /** Each round's summary (after the counters took it). */
  readonly onRound?: (summary: PollSummary) => void;
  /** The fetcher's delay between requests to one host, as shown (default `MIN_HOST_DELAY_MS`). */
  readonly hostDelayMs?: number;
}

/**
 * `watchFeeds` run in the background of a long-lived process (`serve --watch`), over the process's
 * own database handle (an embedded database belongs to one process): started and stopped on
 * demand, its running totals kept in a `WatchCounters`, its state readable at any time.
 *
 * @example
 * const watcher = new FeedWatcher(db, new PoliteFetcher(), { log: console.error });
 * watcher.start();
 * watcher.status().totals.fetched;
 * await watcher.stop(); // lets fetches under way finish, takes nothing new
 */
export class FeedWatcher {
  private readonly counters = new WatchCounters();
  private controller: AbortController | null = null;
  private loop: Promise<void> | null = null;
  private startedAt: string | null = null;
  private stoppedAt: string | null = null;
  private error: string | null = null;

  constructor(
    private readonly db: Db,
    private readonly fetcher: PoliteFetcher,
    private readonly options: FeedWatcherOptions = {},
  ) {}

  private now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  /** Starts watching; a watcher already running is left as it is. */
  start(): void {
    if (this.loop) return;
    const controller = new AbortController();
    this.controller = controller;
    this.startedAt = this.now().toISOString();
    this.stoppedAt = null;
    this.error = null;
    this.loop = watchFeeds(this.db, this.fetcher, {
      ...this.options,
      signal: controller.signal,
      onRound: (summary) => {
        this.counters.add(summary, this.now());
        this.options.onRound?.(summary);
      },
    }).catch((error: unknown) => {
      this.error = (error as Error).message;
      this.options.log?.(`corroborate: the feed watcher stopped: ${(error as Error).stack ?? this.error}`);
    }).finally(() => {
      this.stoppedAt = this.now().toISOString();
      this.loop = null;
    });
  }

  /** Stops watching: fetches under way finish and are stored, nothing new is taken. */
  async stop(): Promise<void> {
    this.controller?.abort();
    await this.loop;
  }

  status(): WatcherStatus {
    return {
      running: this.loop !== null,
      startedAt: this.startedAt,
      stoppedAt: this.stoppedAt,
      error: this.error,
      hostDelayMs: this.options.hostDelayMs ?? MIN_HOST_DELAY_MS,
      recheckHorizonS: this.options.recheckHorizonS ?? DEFAULT_RECHECK_HORIZON_S,
      totals: this.counters.snapshot(),
    };
  }
}
