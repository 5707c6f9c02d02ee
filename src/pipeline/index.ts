/**
 * The pipeline: ingest -> extract -> annotate -> cluster -> reconcile -> store, and the read side
 * the shells (CLI, HTTP API, web UI) show. This is where I/O meets the pure stages.
 */
export { addPaths, addRecords, type AddPathsOptions, type AddPathsProgress, type RecordInput } from './add-paths.js';
export { addSources, addSource, type AddOutcome, type AddOptions } from './add-sources.js';
export { analyseSource, extractSource, type Analysis } from './analyse-source.js';
export { storyAccount } from './story-account.js';
export { listStories, storyDetail, reportDetail, exportLines, type StorySummary, type StoryDetail, type ReportDetail, type ExportLine } from './views.js';
export { reprocessReports, type ReprocessOutcome } from './reprocess.js';
export { PIPELINE_VERSION } from './settings.js';
