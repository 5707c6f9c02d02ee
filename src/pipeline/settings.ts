/**
 * The version of the analysis (extract + annotate + cluster features) stored with each report.
 * Bump it when a stage changes its output so `corroborate reprocess` knows what is stale.
 */
export const PIPELINE_VERSION = 1;

/**
 * Advisory lock key held while a report is placed into a story. Placement reads and writes the
 * story index; on a shared PostgreSQL server several workers extract and annotate in parallel
 * but place one at a time, so two reports of one new story cannot both found it.
 * Any fixed 64-bit number works; this one spells "storyplc" in ASCII.
 */
export const PLACEMENT_LOCK_KEY = '8319395793566675043';
