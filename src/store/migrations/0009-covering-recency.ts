import type { Migration } from './migration.js';

/**
 * The recency indexes a placement reads its candidates through (a key's latest stories, a band's
 * latest reports, a story's latest reports) carry the id they are read for, so the read is an
 * index-only scan that stops at its LIMIT. (Edited before release: the story column's setting
 * was added in the commit after the one that introduced this step.)
 *
 * Without the id in the index, PostgreSQL's planner estimated a key's posting list at the
 * table-wide average (39 rows in a store of 100,000 reports) and read the report's keys with a
 * bitmap heap scan: every row of each key fetched from the table, then sorted for the latest
 * fifty. A report's keys are its distinctive terms and their lists are longer than the average
 * (hundreds of rows there), so the candidate query cost 4.9 ms a report at 100,000 stored reports
 * against 2.8 ms at 10,000; at a million the estimate grew past the point where the planner took
 * the ordered index scan instead, which is why the 100,000 windows of the scale run were slower
 * than the 1,000,000 one. With the covering index the plan is the ordered index-only scan at
 * every size (the key lookups on that store, by EXPLAIN ANALYZE: 5.9 ms -> 0.7 ms; at 1,000,000
 * stored reports the average is 396 rows and the ordered scan was taken without this step;
 * bench/cluster/README.md has how these were checked).
 * The store vacuums its index tables itself (maintain-index.ts), which keeps the visibility map
 * an index-only scan needs current.
 *
 * The covering index alone does not hold the plan: where the visibility map lags (a server whose
 * other transactions hold back what VACUUM may mark visible), an index-only scan costs the
 * planner what an index scan does, and on the average-list estimate the bitmap scan won again.
 * So the term, band and story columns also tell the planner the number of distinct values as a
 * share of the rows (`n_distinct` below zero) whose average list is longer than the lookups'
 * LIMIT: then the ordered scan that stops at the LIMIT is the cheaper plan on every estimate, as
 * it is in fact (it reads at most LIMIT entries a key; the bitmap scan reads the key's whole
 * list, and a big story's reports, thousands of them, at every placement that weighs the story).
 * No other query reads these tables by term or band; by story, only a merge's update of the
 * absorbed story's rows, which an index serves on either estimate.
 */
/**
 * The average list the planner is told to expect (rows per term, per band): twice the lookups'
 * LIMIT (POSTINGS_PER_KEY 50, LSH_HITS_PER_BAND 20), so that reading a list to its LIMIT is never
 * estimated as reading all of it. Literals, not imports: an applied migration never changes.
 */
const KEY_LIST_ROWS = 100;
const BAND_LIST_ROWS = 40;
/** Twice the longest lookup of a story's latest reports (REVIEW_MEMBERS 40; EARLIER_MEMBERS_PER_STORY 20). */
const STORY_LIST_ROWS = 80;

export const coveringRecencyMigration: Migration = {
  version: 9,
  name: 'covering-recency',
  up: `
CREATE INDEX story_keys_latest_idx ON story_keys (term, seen_seq DESC) INCLUDE (story_id);
DROP INDEX story_keys_recent_idx;
CREATE INDEX report_bands_latest_idx ON report_bands (band, seq DESC) INCLUDE (report_id);
DROP INDEX report_bands_recent_idx;
CREATE INDEX report_index_story_latest_idx ON report_index (story_id, seq DESC) INCLUDE (report_id);
DROP INDEX report_index_story_idx;
ALTER TABLE story_keys ALTER COLUMN term SET (n_distinct = ${-1 / KEY_LIST_ROWS});
ALTER TABLE report_bands ALTER COLUMN band SET (n_distinct = ${-1 / BAND_LIST_ROWS});
ALTER TABLE report_index ALTER COLUMN story_id SET (n_distinct = ${-1 / STORY_LIST_ROWS});
ANALYZE story_keys;
ANALYZE report_bands;
ANALYZE report_index;
`,
};
