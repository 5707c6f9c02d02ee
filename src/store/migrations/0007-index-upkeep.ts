import type { Migration } from './migration.js';

/**
 * Primary keys of the cluster index's two largest tables ordered by owner first: story keys by
 * (story_id, term), report bands by (report_id, band). A placement writes a hundred-odd keys of
 * one story and sixteen bands of one report; keyed by term or band first, each row went to a
 * different leaf page of an index of hundreds of MB (and story keys had a third index, by story,
 * for merges and splits), so at a few hundred thousand reports nearly every write missed the
 * buffer cache. Keyed by owner, one placement's rows share a page or two, and the owner-first key
 * serves the merge and split lookups by story. Reads by term or band use the recency indexes
 * (term, seen_seq) and (band, seq), unchanged. Conflict targets are column sets, so the
 * placement's ON CONFLICT clauses resolve to the new keys as they are.
 *
 * And the store count at the index's last vacuum (`maintain-index.ts`): PGlite has no autovacuum,
 * and a server may run without it, so the store vacuums and analyzes the index tables itself
 * every MAINTENANCE_EVERY reports there.
 */
export const indexUpkeepMigration: Migration = {
  version: 7,
  name: 'index-upkeep',
  up: `
ALTER TABLE story_keys DROP CONSTRAINT story_keys_pkey;
ALTER TABLE story_keys ADD PRIMARY KEY (story_id, term);
DROP INDEX story_keys_story_idx;
ALTER TABLE report_bands DROP CONSTRAINT report_bands_pkey;
ALTER TABLE report_bands ADD PRIMARY KEY (report_id, band);
ALTER TABLE index_stats ADD COLUMN maintained_documents bigint NOT NULL DEFAULT 0;
`,
};
