// The report row placeReport expects, as the pipeline would insert it minus the analysis, and a
// deterministic report id for a stream record.
import { createHash } from 'node:crypto';
import type { Queryable } from '../../src/store/db.js';
import type { StreamRecord } from './dev-data.js';

/** Deterministic report id for a stream record (the pipeline uses the content address instead). */
export function benchReportId(recordId: string): string {
  return 'r' + createHash('sha256').update(recordId).digest('hex').slice(0, 16);
}

/** Inserts the bare report row `placeReport` expects (what the pipeline stores, minus analysis). */
export async function insertBareReport(tx: Queryable, id: string, r: StreamRecord, addedAt: string): Promise<void> {
  const sha = createHash('sha256').update(id).digest('hex');
  await tx.query('INSERT INTO raw_inputs (sha256, bytes, name, size) VALUES ($1, $2, $3, 0) ON CONFLICT DO NOTHING', [sha, new Uint8Array(0), r.id]);
  await tx.query(
    `INSERT INTO reports (id, content_sha256, raw_sha256, external_id, title, text, article, annotations, pipeline_version, added_at, published)
     VALUES ($1, $2, $2, $3, $4, $5, '{}', '{}', 0, $6, $7)`,
    [id, sha, r.id, r.title, r.text, addedAt, r.published],
  );
}


/** When the bench adds the `position`-th record of a stream (ISO): one second apart from 2026-01-01. */
export function benchAddedAt(position: number): string {
  return new Date(BENCH_START + position * BENCH_STEP_MS).toISOString();
}

/**
 * When the store dates the `position`-th record of a stream for its stories' `first_seen`: its
 * publish date, else when the bench added it (placeReport's `publishedAt ?? addedAt`).
 */
export function benchSeenAt(r: Pick<StreamRecord, 'published'>, position: number): string {
  return r.published ?? benchAddedAt(position);
}

const BENCH_START = Date.parse('2026-01-01T00:00:00Z');
const BENCH_STEP_MS = 1000;
