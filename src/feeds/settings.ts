/** Polling defaults for followed feeds. */

/** Seconds between two polls of a healthy feed (news feeds change every few minutes to hours). */
export const DEFAULT_POLL_INTERVAL_S = 30 * 60;
/** Seconds: the longest a failing feed is left alone between attempts (backoff ceiling). */
export const MAX_BACKOFF_S = 24 * 60 * 60;
/** New items taken from one feed per poll; the rest wait for the next poll (first import of a big feed). */
export const MAX_NEW_ITEMS_PER_POLL = 50;
/** Feeds polled at once; per-host pacing still applies inside. */
export const POLL_CONCURRENCY = 64;
/** Seconds: longest sleep of `watch` between checks for due feeds, so new feeds are picked up. */
export const WATCH_TICK_S = 60;
/**
 * Ages (seconds since an item was first seen) at which its page is fetched again to notice an
 * update the feed does not re-date: outlets correct most stories within hours, a few within the
 * first day. Each re-check is a conditional GET (a 304 when nothing changed).
 */
export const RECHECK_AGES_S: readonly number[] = [60 * 60, 6 * 60 * 60, 24 * 60 * 60];
/** Seconds between re-checks once `RECHECK_AGES_S` is used up, until the horizon: once a day. */
export const RECHECK_DAILY_S = 24 * 60 * 60;
/**
 * Seconds after first seen when re-checking an item stops (`--recheck-hours`): three days covers
 * the corrections of a news cycle; older articles are rarely changed, and each item re-checked
 * is one more request to its outlet.
 */
export const DEFAULT_RECHECK_HORIZON_S = 3 * 24 * 60 * 60;
/**
 * Item pages re-checked per poll round at most (oldest due first); the rest wait for the next
 * round, so re-checks never crowd out feeds, whatever the backlog (per-host pacing still applies).
 */
export const MAX_RECHECKS_PER_POLL = 20;
