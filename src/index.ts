/**
 * Corroborate: many news reports of the same events in, one sourced account out.
 *
 * @example
 * import { extract, annotate, openDb, addPaths, listStories, storyDetail } from 'corroborate';
 * const article = extract(html, { url });
 * const db = await openDb('./.corroborate');
 * await addPaths(db, ['reports/']);
 * const [first] = await listStories(db);
 * console.log((await storyDetail(db, first.id))?.facts);
 */
export type * from './core/records.js';
export { UsageError, InputError, StoreError } from './core/errors.js';
export { extract, extractReport, extractHtml, extractPlain, detectLanguage, type ExtractInput, type ReportHints } from './extract/index.js';
export { annotate } from './annotate/index.js';
export { clusterFeatures } from './cluster/index.js';
export { reconcile, diffVersions, latestVersions } from './reconcile/index.js';
export { splitInput, listInputs, readInput, type ReportSource, type ReportRecord, type SourceFailure } from './ingest/index.js';
export { openDb, DEFAULT_DATA_DIR } from './store/open-db.js';
export type { Db, Queryable } from './store/db.js';
export {
  addPaths,
  addRecords,
  addSources,
  analyseSource,
  storyAccount,
  listStories,
  storyDetail,
  reportDetail,
  exportLines,
  type AddOutcome,
  type StoryDetail,
  type StorySummary,
  type ReportDetail,
} from './pipeline/index.js';
export { createApp, type AppOptions } from './api/index.js';
export { reprocessReports, type ReprocessOutcome } from './pipeline/index.js';
export { fetchUrl, PoliteFetcher, FetchError, type FetchOptions, type FetchResult } from './fetch/index.js';
export { parseFeed, parseOpml, formatOpml, followFeeds, pollDueFeeds, watchFeeds, recheckDueItems, FeedWatcher, type WatcherStatus } from './feeds/index.js';
