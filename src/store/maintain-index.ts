import type { Db } from './db.js';

/**
 * Reports added between two vacuums of the cluster index (count). Every placement updates a
 * hundred-odd term counts and story keys, leaving as many dead rows; unvacuumed, the lookups wade
 * through them and the planner works from stale statistics: in the bench's scale run on a server
 * with autovacuum off, the server's cost per report grew with the store until the bench vacuumed
 * (bench/cluster/README.md). 2,000 is about autovacuum's pace on a busy store (its one-minute
 * nap at ~40 reports a second).
 */
export const MAINTENANCE_EVERY = 2_000;

/** The tables placement reads and updates per report. */
const INDEX_TABLES = ['term_stats', 'story_keys', 'story_index', 'report_index', 'report_bands', 'stories', 'reports', 'index_stats'] as const;

/**
 * Vacuums and analyzes the cluster index's tables when `every` reports have been added since the
 * last time, where nothing else will: always on PGlite (it has no autovacuum), on a server only
 * when its autovacuum is off. Returns whether it ran. Called after a batch of adds, outside any
 * transaction (VACUUM cannot run inside one); cheap when not due (one row read).
 */
export async function maintainIndex(db: Db, every = MAINTENANCE_EVERY): Promise<boolean> {
  const r = await db.query<{ documents: string; maintained: string; autovacuum: string }>(
    `SELECT documents::text AS documents, maintained_documents::text AS maintained, current_setting('autovacuum') AS autovacuum FROM index_stats WHERE id = 1`,
  );
  const row = r.rows[0];
  if (!row || Number(row.documents) - Number(row.maintained) < every) return false;
  if (db.dialect === 'postgres' && row.autovacuum === 'on') return false;
  // Marked first: two workers due at once then vacuum once, and a failed pass is not retried
  // at every add.
  const marked = await db.query('UPDATE index_stats SET maintained_documents = documents WHERE id = 1 AND maintained_documents = $1', [row.maintained]);
  if ((marked.affectedRows ?? 1) === 0) return false;
  for (const table of INDEX_TABLES) await db.query(`VACUUM (ANALYZE) ${table}`);
  return true;
}
