/**
 * Following the news: feeds (RSS 0.9x/1.0/2.0, Atom, JSON Feed; OPML import/export) polled on
 * their own schedule, each new item's article page fetched politely and ingested.
 */
export { parseFeed, type ParsedFeed, type FeedEntry } from './parse-feed.js';
export { parseOpml, formatOpml, type OpmlFeed } from './opml.js';
export { followFeeds, exportOpml } from './follow-feeds.js';
export { pollDueFeeds, type PollOptions, type PollSummary } from './poll-feeds.js';
export { recheckDueItems } from './recheck-items.js';
export { nextRecheckAt } from './recheck-schedule.js';
export { describeRound } from './describe-round.js';
export { FeedWatcher, type FeedWatcherOptions, type WatcherStatus } from './feed-watcher.js';
export { watchFeeds } from './watch-feeds.js';
export { addPage, isHttpUrl } from './add-page.js';
export * from './settings.js';
export { WatchCounters, type WatchTotals } from './watch-counters.js';
