/**
 * Ingest: from what the user names (paths, globs, stdin) to content-addressed report sources.
 * Reading is I/O; splitting bytes into sources is pure.
 */
export { listInputs, type InputRef } from './list-inputs.js';
export { readInput } from './read-input.js';
export { splitInput, type SplitOptions } from './split-input.js';
export type { ReportSource, ReportRecord, SourceFailure } from './report-source.js';
export { MAX_REPORT_BYTES } from './settings.js';
