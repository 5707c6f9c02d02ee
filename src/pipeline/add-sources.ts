import { maintainIndex } from '../store/maintain-index.js';
import type { Db, Queryable } from '../store/db.js';
import { placeReport } from '../store/story-index.js';
import { reportIdFor } from '../core/content-address.js';
import type { ReportSource, SourceFailure } from '../ingest/index.js';
import { analyseSource, type Analysis } from './analyse-source.js';
import { PIPELINE_VERSION, PLACEMENT_LOCK_KEY } from './settings.js';

/** What became of one report source. */
export type AddOutcome =
  | { readonly kind: 'added'; readonly name: string; readonly report: string; readonly story: string; readonly derivedFrom: string | null; readonly warnings: readonly string[] }
  | { readonly kind: 'present'; readonly name: string; readonly report: string }
  | { readonly kind: 'failed'; readonly name: string; readonly reason: string };

export interface AddOptions {
  /** The clock, passed in so tests can fix it. */
  readonly now?: () => Date;
  /** Called after each source, for progress display. */
  readonly onOutcome?: (outcome: AddOutcome) => void;
  /** Reports between two vacuums of the cluster index (default MAINTENANCE_EVERY; see maintain-index.ts). */
  readonly maintainEvery?: number;
}

/**
 * Stores report sources: each is analysed (extract, annotate, cluster features), then stored and
 * placed into a story in one transaction, so a crash loses at most the report being added.
 * A source already stored (same content address) is left as it is. A failure is reported with
 * the source's name and the reason, and the batch goes on.
 */
export async function addSources(db: Db, sources: Iterable<ReportSource | SourceFailure>, options: AddOptions = {}): Promise<AddOutcome[]> {
  const outcomes: AddOutcome[] = [];
  for (const source of sources) {
    const outcome = await addSource(db, source, options);
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  }
  // The store's upkeep where no autovacuum does it (PGlite): due every MAINTENANCE_EVERY reports.
  // Its failure harms nothing stored and is not the batch's: the adds stand, and the next pass
  // (MAINTENANCE_EVERY reports on) runs it again.
  if (outcomes.some((o) => o.kind === 'added')) await maintainIndex(db, options.maintainEvery).catch(() => false);
  return outcomes;
}

export async function addSource(db: Db, source: ReportSource | SourceFailure, options: AddOptions = {}): Promise<AddOutcome> {
  if (source.kind === 'source-failure') return { kind: 'failed', name: source.name, reason: source.reason };
  const id = reportIdFor(source.sha256);
  const existing = await db.query<{ id: string }>('SELECT id FROM reports WHERE content_sha256 = $1', [source.sha256]);
  if (existing.rows[0]) return { kind: 'present', name: source.name, report: existing.rows[0].id };

  const now = (options.now ?? (() => new Date()))();
  let analysis: Analysis;
  try {
    analysis = analyseSource(source);
  } catch (error) {
    return { kind: 'failed', name: source.name, reason: `analysis failed (${(error as Error).message}); please report this as a bug with the input attached` };
  }
  if (analysis.article.text.trim().length === 0) {
    return { kind: 'failed', name: source.name, reason: 'no article text found in it' };
  }
  try {
    return await db.transaction((tx) => storeAndPlace(tx, id, source, analysis, now));
  } catch (error) {
    return { kind: 'failed', name: source.name, reason: `could not be stored: ${(error as Error).message}` };
  }
}

async function storeAndPlace(tx: Queryable, id: string, source: ReportSource, analysis: Analysis, now: Date): Promise<AddOutcome> {
  const { article, annotations, features } = analysis;
  await tx.query('INSERT INTO raw_inputs (sha256, bytes, name, size) VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING', [
    source.sha256,
    source.bytes,
    source.name,
    source.bytes.length,
  ]);
  const { text, ...articleMeta } = article;
  const inserted = await tx.query<{ id: string }>(
    `INSERT INTO reports (id, content_sha256, raw_sha256, external_id, url, title, byline, outlet, published, published_at,
       language, canonical_url, text, article, annotations, pipeline_version, added_at, fetched_at)
     VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
     ON CONFLICT (content_sha256) DO NOTHING RETURNING id`,
    [
      id,
      source.sha256,
      source.record?.id ?? null,
      source.record?.url ?? source.url ?? article.canonicalUrl,
      article.title,
      article.byline,
      article.outlet,
      article.published,
      article.published ? new Date(article.published) : null,
      article.language,
      article.canonicalUrl,
      text,
      JSON.stringify(articleMeta),
      JSON.stringify(annotations),
      PIPELINE_VERSION,
      now,
      source.fetchedAt ? new Date(source.fetchedAt) : null,
    ],
  );
  if (!inserted.rows[0]) return { kind: 'present', name: source.name, report: id };
  await tx.query(`SELECT pg_advisory_xact_lock(${PLACEMENT_LOCK_KEY})`);
  const placement = await placeReport(tx, {
    id,
    title: article.title,
    features,
    publishedAt: article.published ? new Date(article.published).toISOString() : null,
    addedAt: now.toISOString(),
  });
  await tx.query('UPDATE stories SET account = NULL WHERE id = ANY($1::text[])', [[placement.story, ...placement.merged]]);
  const warnings = article.messages.filter((m) => m.severity !== 'info').map((m) => m.reason);
  return { kind: 'added', name: source.name, report: id, story: placement.story, derivedFrom: placement.derivedFrom, warnings };
}
