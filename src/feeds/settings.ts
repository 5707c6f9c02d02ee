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
