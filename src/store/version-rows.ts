import type { Queryable } from './db.js';
import type { VersionLink } from '../core/records.js';
import { isoUtc } from './sql-time.js';

/** A version link as stored: when the newer version was taken, and from which page. */
export interface VersionRow extends VersionLink {
  readonly url: string;
  readonly createdAt: string;
}

/**
 * Every version link of the articles any of `reportIds` is a version of (followed both ways, to
 * the first and to the latest version), oldest first.
 *
 * @example
 * await versionLinksOf(db, ['r2']) // [{ report: 'r2', previous: 'r1', ... }, { report: 'r3', previous: 'r2', ... }]
 */
export async function versionLinksOf(q: Queryable, reportIds: readonly string[]): Promise<VersionRow[]> {
  if (reportIds.length === 0) return [];
  const r = await q.query<{ report: string; previous: string; url: string; created_at: string }>(
    `WITH RECURSIVE linked(id) AS (
       SELECT DISTINCT v.report_id FROM report_versions v WHERE v.report_id = ANY($1::text[]) OR v.previous_id = ANY($1::text[])
       UNION
       SELECT CASE WHEN v.report_id = l.id THEN v.previous_id ELSE v.report_id END
         FROM report_versions v JOIN linked l ON v.report_id = l.id OR v.previous_id = l.id
     )
     SELECT v.report_id AS report, v.previous_id AS previous, v.url, ${isoUtc('v.created_at')} AS created_at
       FROM report_versions v WHERE v.report_id IN (SELECT id FROM linked)
      ORDER BY v.created_at, v.report_id`,
    [[...reportIds]],
  );
  return r.rows.map((row) => ({ report: row.report, previous: row.previous, url: row.url, createdAt: row.created_at }));
}

/** Version links followed back from a report before giving up: a chain this long would be a cycle (a bug), not news. */
const MAX_VERSION_DEPTH = 1000;

/**
 * SQL that is true when the report aliased `alias` counts as an independent source: no later
 * version replaces it (an outlet correcting itself is one source), and its article's first
 * version copies no other report (an update of an original is still an original). Reports with
 * no versions — nearly all — are judged by their own derivation without the recursive lookup.
 *
 * @example
 * `count(*) FILTER (WHERE ${countsAsIndependent('r')})`
 */
export function countsAsIndependent(alias: string): string {
  return `(CASE WHEN NOT EXISTS (SELECT 1 FROM report_versions vx WHERE vx.report_id = ${alias}.id OR vx.previous_id = ${alias}.id)
      THEN ${alias}.derived_from IS NULL
      ELSE NOT EXISTS (SELECT 1 FROM report_versions vs WHERE vs.previous_id = ${alias}.id)
        AND (SELECT o.derived_from FROM reports o WHERE o.id = (
          WITH RECURSIVE back(id, depth) AS (
            SELECT ${alias}.id, 0
            UNION ALL
            SELECT vb.previous_id, back.depth + 1 FROM report_versions vb JOIN back ON vb.report_id = back.id WHERE back.depth < ${MAX_VERSION_DEPTH}
          )
          SELECT id FROM back ORDER BY depth DESC LIMIT 1)) IS NULL
    END)`;
}

/**
 * SQL for a story's title as its outlet now gives it: a story is titled by one of its reports;
 * when that report's outlet has since updated it, the latest version's headline (the account
 * counts that version), else the stored title.
 *
 * @example
 * `SELECT ${currentStoryTitle('s')} AS title FROM stories s`
 */
export function currentStoryTitle(alias: string): string {
  return `coalesce((
      WITH RECURSIVE later(id, depth) AS (
        SELECT vt.report_id, 1 FROM reports ot JOIN report_versions vt ON vt.previous_id = ot.id
         WHERE ot.story_id = ${alias}.id AND ot.title = ${alias}.title
        UNION ALL
        SELECT vn.report_id, later.depth + 1 FROM report_versions vn JOIN later ON vn.previous_id = later.id WHERE later.depth < ${MAX_VERSION_DEPTH}
      )
      SELECT lt.title FROM later JOIN reports lt ON lt.id = later.id
       WHERE lt.title IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_versions vl WHERE vl.previous_id = later.id)
       ORDER BY later.depth DESC, lt.seq DESC LIMIT 1), ${alias}.title)`;
}
