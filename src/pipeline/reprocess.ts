import type { Db } from '../store/db.js';
import { splitInput, type ReportSource } from '../ingest/index.js';
import { analyseSource } from './analyse-source.js';
import { PIPELINE_VERSION } from './settings.js';
import { isoUtc } from '../store/sql-time.js';

export type ReprocessOutcome =
  | { readonly kind: 'reprocessed'; readonly report: string }
  | { readonly kind: 'failed'; readonly report: string; readonly reason: string };

/**
 * Runs the current pipeline again over stored reports, from their raw bytes kept verbatim:
 * those made by an older pipeline version, or every report with `all`. A report keeps its id and
 * its story; its text, metadata and annotations are replaced, and its story's account is made
 * again on next read. (Story membership is not revisited: re-clustering is a separate decision.)
 */
export async function reprocessReports(
  db: Db,
  options: { all?: boolean; onOutcome?: (o: ReprocessOutcome) => void } = {},
): Promise<ReprocessOutcome[]> {
  const stale = await db.query<StaleRow>(
    `SELECT r.id, r.content_sha256, i.name, i.bytes, ${isoUtc('r.fetched_at')} AS fetched_at
       FROM reports r JOIN raw_inputs i ON i.sha256 = r.raw_sha256
      WHERE $1::boolean OR r.pipeline_version < $2 ORDER BY r.seq`,
    [options.all ?? false, PIPELINE_VERSION],
  );
  const outcomes: ReprocessOutcome[] = [];
  for (const row of stale.rows) {
    const outcome = await reprocessOne(db, row);
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  }
  return outcomes;
}

interface StaleRow {
  id: string;
  content_sha256: string;
  name: string;
  bytes: Uint8Array;
  /** When the page was fetched, for pages this program fetched: the time its dates are read against. */
  fetched_at: string | null;
}

async function reprocessOne(db: Db, row: StaleRow): Promise<ReprocessOutcome> {
  const source = splitInput(row.name, new Uint8Array(row.bytes)).find(
    (s): s is ReportSource => s.kind === 'report-source' && s.sha256 === row.content_sha256,
  );
  if (!source) return { kind: 'failed', report: row.id, reason: `its raw input ${row.name} no longer reads as this report` };
  try {
    const { article, annotations } = analyseSource(source, row.fetched_at ? { fetchedAt: row.fetched_at } : {});
    const { text, ...meta } = article;
    await db.transaction(async (tx) => {
      await tx.query(
        `UPDATE reports SET text = $2, article = $3, annotations = $4, title = $5, byline = $6, outlet = $7, published = $8,
           published_at = $9, language = $10, canonical_url = $11, pipeline_version = $12 WHERE id = $1`,
        [row.id, text, JSON.stringify(meta), JSON.stringify(annotations), article.title, article.byline, article.outlet,
          article.published, article.published ? new Date(article.published) : null, article.language, article.canonicalUrl, PIPELINE_VERSION],
      );
      await tx.query('UPDATE stories SET account = NULL, updated_at = now() WHERE id = (SELECT story_id FROM reports WHERE id = $1)', [row.id]);
    });
    return { kind: 'reprocessed', report: row.id };
  } catch (error) {
    return { kind: 'failed', report: row.id, reason: (error as Error).message };
  }
}
