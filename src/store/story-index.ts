import type { Queryable } from './db.js';
import { json, unionCapped, type StoryIndexRow } from './story-index-row.js';
import {
  addToCentroid,
  cachedIdf,
  centroidNorms,
  clusterSettings,
  decidePlacement,
  lshBands,
  originPrecedes,
  normsFresh,
  type CandidateStory,
  type CentroidNorms,
  type ClusterFeatures,
  type ClusterOptions,
  type Derivation,
  type OriginalityCheck,
  type EarlierReport,
  type PlacementEvidence,
  type PlacementRule,
  type WordingSamples,
} from '../cluster/index.js';
import { isoUtc } from './sql-time.js';
import { reviewPlacedStory, type ReportSketch } from './story-review.js';
import { cacheOf, documentFrequencies } from './term-stats.js';
import { samplesCacheOf } from './samples-cache.js';
import { decodeSamples, encodeSamples, type ReportSamples } from './report-samples.js';

/** The report {@link placeReport} places: its row was just inserted with `story_id` null. */
export interface ReportToPlace {
  readonly id: string;
  readonly title: string | null;
  readonly features: ClusterFeatures;
  /** ISO timestamps. */
  readonly publishedAt: string | null;
  readonly addedAt: string;
}

/** Where a report went and why. */
export interface Placement {
  readonly story: string;
  readonly isNewStory: boolean;
  /** The independent source this report copies or rewrites, or null for an original. */
  readonly derivedFrom: string | null;
  readonly derivation: Derivation | null;
  /** When not derived: the closest earlier report and why this one still counts as independent. */
  readonly originality: OriginalityCheck | null;
  readonly evidence: PlacementEvidence;
  /** Stories merged away by the review this report triggered (absorbed by older ones). */
  readonly merged: readonly string[];
  /** Stories split off by that review: each holds the reports of another event. */
  readonly created: readonly string[];
  readonly rule: PlacementRule;
}

/** A story related to another without being the same event (an earlier round of one process). */
export interface RelatedStory {
  readonly story: string;
  readonly title: string | null;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly similarity: number;
  readonly rule: string;
  readonly evidence: PlacementEvidence;
}

interface ReportIndexRow {
  report_id: string;
  samples: Uint8Array | null;
  sketch: ReportSamples | string | null;
}

/**
 * Puts a just-inserted report into a story: retrieves candidate stories through the key index
 * and near-duplicates through the LSH bands (bounded lookups, flat cost as the store grows),
 * applies `decidePlacement`, and writes the outcome: `reports.story_id`, `derived_from`,
 * `derivation`, the `stories` row, merges (`story_merges`, `merged_into`, moved reports), links
 * to related stories, and the index tables. Call it inside the transaction that inserted the
 * report, one report at a time (the caller serialises placements).
 *
 * @example
 * ```ts
 * await db.transaction(async (tx) => {
 *   await tx.query('INSERT INTO reports ...');
 *   const placement = await placeReport(tx, { id, title, features, publishedAt: null, addedAt: now });
 *   placement.story; // 's' + id.slice(1) when it founded a story
 * });
 * ```
 */
export async function placeReport(tx: Queryable, report: ReportToPlace, options: Partial<ClusterOptions> = {}): Promise<Placement> {
  const f = report.features;
  const { seq, documents } = await reportSeq(tx, report.id);
  cacheOf(tx)?.sync(documents);

  const ownTerms = Object.keys(f.terms);
  const df = await documentFrequencies(tx, ownTerms);
  const keys = chooseRetrievalKeys(f.keys, df, documents);
  const stories = await candidateStories(tx, keys);
  // The candidates' title names' frequencies (for title conflicts), through the handle's cache.
  const candidateNames = new Set<string>();
  for (const s of stories) for (const t of s.titleNames) if (!(t in df)) candidateNames.add(t);
  if (candidateNames.size) Object.assign(df, await documentFrequencies(tx, [...candidateNames]));
  // Scoring reads the report's terms against kept centroid norms; only the terms of stories whose
  // norms have gone stale need frequencies besides (rare once the store is large).
  const extraTerms = new Set<string>();
  for (const s of stories) if (!normsFresh(s.norms, documents)) for (const t in s.centroid) if (!(t in df)) extraTerms.add(t);
  if (extraTerms.size) Object.assign(df, await documentFrequencies(tx, [...extraTerms]));

  const bands = lshBands(f.minhash);
  const earlier = await earlierReports(tx, bands, stories.slice(0, clusterSettings.EARLIER_STORIES).map((s) => s.id));

  const decision = decidePlacement({ report: { id: report.id, features: f }, stories, reports: earlier, stats: { documents, df } }, options);

  const time = report.publishedAt ?? report.addedAt;
  const date = f.date?.date ?? null;
  const isNewStory = decision.story === null;
  const storyId = decision.story ?? 's' + report.id.replace(/^r/, '');

  // The joined story's new centroid and its norms as they will be once this report is counted
  // (its terms' frequencies + 1, one more document): only the centroid's other terms are read.
  const known = isNewStory ? undefined : stories.find((s) => s.id === storyId);
  const current = known
    ? { centroid: known.centroid, title_names: known.titleNames }
    : isNewStory
      ? { centroid: {}, title_names: [] }
      : (await tx.query<Pick<StoryIndexRow, 'centroid' | 'title_names'>>('SELECT centroid, title_names FROM story_index WHERE story_id = $1', [storyId])).rows[0];
  const centroid = addToCentroid(json(current?.centroid ?? {}), f.terms, clusterSettings.MAX_CENTROID_TERMS);
  const titleNames = unionCapped(json(current?.title_names ?? []), f.titleNames);
  const missing = Object.keys(centroid).filter((t) => !(t in df));
  // The decision is made: `df` becomes the frequencies as they will be, in place (no copies).
  const after = df;
  if (missing.length) Object.assign(after, await documentFrequencies(tx, missing));
  for (const t in f.terms) after[t] = (after[t] ?? 0) + 1;
  const norms = centroidNorms(centroid, cachedIdf({ documents: documents + 1, df: after }), documents + 1);

  let derivedFrom = decision.derivation?.from ?? null;
  const reversal = derivedFrom ? await reverseIfOriginal(tx, report.id, derivedFrom) : null;
  if (reversal) derivedFrom = null;
  const derivation = {
    rule: reversal ? reversal.rule : decision.derivation?.rule ?? decision.originality?.rule ?? null,
    similarity: decision.derivation?.similarity ?? null,
    evidence: reversal ? { ...reversal, copy: decision.derivation } : decision.derivation ?? decision.originality ?? null,
    placement: { rule: decision.rule, evidence: decision.evidence },
  };
  const related = decision.related.filter((r) => r.story !== storyId);
  const row = await writePlacement(tx, {
    report,
    storyId,
    seq,
    time,
    date,
    centroid,
    titleNames,
    norms,
    derivedFrom,
    derivation,
    keys,
    refreshed: decision.refreshedNorms,
    related,
  });
  cacheOf(tx)?.counted(Object.keys(f.terms));
  samplesCacheOf(tx)?.put(report.id, seq, { minhash: f.minhash, shingles: f.shingles, phrases: f.phrases });

  // At the story's review point, its reports are compared among themselves and with close
  // neighbours: merges of one event told apart, splits of two events told as one.
  let merged: readonly string[] = [];
  let created: readonly string[] = [];
  let finalStory = storyId;
  if (row.report_count >= row.next_review) {
    const self: CandidateStory = {
      id: storyId,
      centroid,
      reportCount: row.report_count,
      firstSeen: row.first_seen,
      firstDate: row.first_date,
      lastDate: row.last_date,
      titleNames,
      order: Number(row.seq),
      norms,
    };
    const outcome = await reviewPlacedStory(tx, self, stories.filter((s) => s.id !== storyId && decision.neighbours.includes(s.id)), report.addedAt, options);
    merged = outcome.merged;
    created = outcome.created;
    if (merged.length || created.length) {
      const now = await tx.query<{ story_id: string }>('SELECT story_id FROM reports WHERE id = $1', [report.id]);
      finalStory = now.rows[0]?.story_id ?? storyId;
    }
  }

  return {
    story: finalStory,
    isNewStory: isNewStory && finalStory === storyId,
    derivedFrom,
    derivation: reversal ? null : decision.derivation,
    originality: decision.originality,
    evidence: decision.evidence,
    merged,
    created,
    rule: decision.rule,
  };
}

/**
 * Stories linked to one (either way) as related but distinct events, oldest first: a thread
 * with its timeline. Merged ids resolve to their survivor.
 *
 * @example
 * ```ts
 * const thread = await relatedStories(db, 's3f5dda730112e371');
 * thread.map((s) => `${s.firstSeen} ${s.title}`);
 * ```
 */
export async function relatedStories(q: Queryable, storyId: string): Promise<RelatedStory[]> {
  const result = await q.query<{
    story: string;
    title: string | null;
    first_seen: string | null;
    last_seen: string | null;
    similarity: number;
    rule: string;
    evidence: PlacementEvidence | string;
  }>(
    `WITH links AS (
       SELECT related_id AS story, similarity, rule, evidence FROM story_links WHERE story_id = $1
       UNION ALL SELECT story_id AS story, similarity, rule, evidence FROM story_links WHERE related_id = $1)
     SELECT COALESCE(s.merged_into, s.id) AS story, t.title,
            ${isoUtc('t.first_seen')} AS first_seen,
            ${isoUtc('t.last_seen')} AS last_seen,
            l.similarity, l.rule, l.evidence
       FROM links l JOIN stories s ON s.id = l.story JOIN stories t ON t.id = COALESCE(s.merged_into, s.id)
      WHERE COALESCE(s.merged_into, s.id) <> $1
      ORDER BY t.first_seen NULLS LAST, story`,
    [storyId],
  );
  const seen = new Set<string>();
  const out: RelatedStory[] = [];
  for (const r of result.rows) {
    if (seen.has(r.story)) continue;
    seen.add(r.story);
    out.push({ story: r.story, title: r.title, firstSeen: r.first_seen, lastSeen: r.last_seen, similarity: r.similarity, rule: r.rule, evidence: json(r.evidence) });
  }
  return out;
}

async function reportSeq(tx: Queryable, id: string): Promise<{ seq: number; documents: number }> {
  const row = (
    await tx.query<{ seq: string | number; documents: string | number }>(
      'SELECT r.seq, s.documents FROM reports r, index_stats s WHERE r.id = $1 AND s.id = 1',
      [id],
    )
  ).rows[0];
  if (!row) throw new Error(`placeReport: report ${id} is not in the reports table; insert its row first, in the same transaction`);
  return { seq: Number(row.seq), documents: Number(row.documents) };
}

/** The report's rarest keys that are still shared enough to find anything, skipping the commonplace. */
function chooseRetrievalKeys(keys: readonly string[], df: Readonly<Record<string, number>>, documents: number): string[] {
  const limit = Math.max(1, documents * clusterSettings.MAX_KEY_DF_SHARE);
  return keys
    .filter((k) => (df[k] ?? 0) <= limit || documents < 1 / clusterSettings.MAX_KEY_DF_SHARE)
    .slice(0, clusterSettings.MAX_RETRIEVAL_KEYS);
}

/**
 * The candidate stories of a report's retrieval keys ($1), each key's latest $2 postings, the $3
 * stories with most hits. Exported for the test that holds its plan to an ordered scan of the
 * covering recency index (migration 9; index-only where the visibility map is current): the one
 * plan whose cost stays flat as posting lists grow.
 */
export const CANDIDATE_STORIES_SQL = `WITH hits AS (
    SELECT k.story_id, count(*)::int AS hits
      FROM unnest($1::text[]) AS q(term)
      CROSS JOIN LATERAL (
        SELECT sk.story_id FROM story_keys sk WHERE sk.term = q.term ORDER BY sk.seen_seq DESC LIMIT $2) k
     GROUP BY k.story_id ORDER BY hits DESC, k.story_id LIMIT $3)
  SELECT si.story_id, si.centroid, si.report_count, si.first_date, si.last_date, si.first_seen, si.title_names, si.seq, si.norms
    FROM hits h CROSS JOIN LATERAL (SELECT * FROM story_index x WHERE x.story_id = h.story_id AND x.active LIMIT 1) si
   ORDER BY h.hits DESC, si.seq`;

/** Candidate stories of the report's retrieval keys, most hits first. */
async function candidateStories(tx: Queryable, keys: readonly string[]): Promise<CandidateStory[]> {
  if (keys.length === 0) return [];
  const result = await tx.query<StoryIndexRow>(
    CANDIDATE_STORIES_SQL,
    [keys, clusterSettings.POSTINGS_PER_KEY, clusterSettings.MAX_CANDIDATES],
  );
  return result.rows.map((r) => ({
    id: r.story_id,
    centroid: json(r.centroid),
    reportCount: r.report_count,
    firstSeen: r.first_seen,
    firstDate: r.first_date,
    lastDate: r.last_date,
    titleNames: json(r.title_names),
    order: Number(r.seq),
    ...(r.norms ? { norms: json(r.norms) } : {}),
  }));
}

/**
 * When the stored origin a new report was found to copy is itself the copy (it credits the new
 * report's outlet, or was published later), the new report becomes the origin: the stored one
 * and everything derived from it now derive from the new report.
 */
async function reverseIfOriginal(tx: Queryable, newId: string, originId: string) {
  // The byline is searched with the text: extractors move wire credits ("Reporting by …") there.
  const rows = await tx.query<{ id: string; outlet: string | null; published: string | null; text: string }>(
    `SELECT id, outlet, published, text || E'\n' || coalesce(byline, '') AS text FROM reports WHERE id = ANY($1::text[])`,
    [[newId, originId]],
  );
  const incoming = rows.rows.find((r) => r.id === newId);
  const stored = rows.rows.find((r) => r.id === originId);
  if (!incoming || !stored) return null;
  const reversal = originPrecedes(incoming, stored);
  if (!reversal) return null;
  await tx.query(
    `UPDATE reports SET derived_from = $1,
       derivation = jsonb_set(coalesce(derivation, '{}'::jsonb), '{reversedBy}', $3::jsonb)
     WHERE id = $2 OR derived_from = $2`,
    [newId, originId, JSON.stringify(reversal)],
  );
  await tx.query('UPDATE report_index SET derived_from = $1 WHERE report_id = $2 OR derived_from = $2', [newId, originId]);
  return reversal;
}

/**
 * The latest $3 reports of each of a report's LSH bands ($1) and the latest $4 reports of each
 * of its closest candidate stories ($2), in stream order: the reports the copy and rewrite checks
 * compare the new one with. Their samples are read apart (REPORT_SAMPLES_SQL), for those the
 * process does not hold. Exported for the test that holds its lookups to ordered index scans
 * (migration 9).
 */
export const EARLIER_REPORTS_SQL = `WITH ids AS (
    SELECT b.report_id FROM unnest($1::text[]) AS q(band)
      CROSS JOIN LATERAL (SELECT rb.report_id FROM report_bands rb WHERE rb.band = q.band ORDER BY rb.seq DESC LIMIT $3) b
    UNION
    SELECT m.report_id FROM unnest($2::text[]) AS s(story)
      CROSS JOIN LATERAL (SELECT ri.report_id FROM report_index ri WHERE ri.story_id = s.story ORDER BY ri.seq DESC LIMIT $4) m)
  SELECT ri.report_id, ri.story_id, ri.derived_from, ri.seq
    FROM ids CROSS JOIN LATERAL (SELECT report_id, story_id, derived_from, seq FROM report_index x WHERE x.report_id = ids.report_id LIMIT 1) ri
   ORDER BY ri.seq`;

/** The packed samples of the given reports ($1); rows written before migration 6 keep them in the sketch. */
const REPORT_SAMPLES_SQL = `SELECT ri.report_id, ri.samples, CASE WHEN ri.samples IS NULL THEN ri.sketch END AS sketch
    FROM unnest($1::text[]) AS q(id)
    CROSS JOIN LATERAL (SELECT report_id, samples, sketch FROM report_index x WHERE x.report_id = q.id LIMIT 1) ri`;

async function earlierReports(tx: Queryable, bands: readonly string[], stories: readonly string[]): Promise<EarlierReport[]> {
  const rows = (
    await tx.query<{ report_id: string; story_id: string; derived_from: string | null; seq: string | number }>(EARLIER_REPORTS_SQL, [
      bands,
      stories,
      clusterSettings.LSH_HITS_PER_BAND,
      clusterSettings.EARLIER_MEMBERS_PER_STORY,
    ])
  ).rows;
  const cache = samplesCacheOf(tx);
  const samples = new Map<string, WordingSamples>();
  const missing: string[] = [];
  for (const r of rows) {
    const hit = cache?.get(r.report_id, Number(r.seq));
    if (hit) samples.set(r.report_id, hit);
    else missing.push(r.report_id);
  }
  if (missing.length) {
    const read = await tx.query<ReportIndexRow>(REPORT_SAMPLES_SQL, [missing]);
    const seqOf = new Map(rows.map((r) => [r.report_id, Number(r.seq)]));
    for (const r of read.rows) {
      const s: WordingSamples = r.samples ? decodeSamples(r.samples, r.report_id) : (json(r.sketch) as ReportSamples);
      samples.set(r.report_id, s);
      cache?.put(r.report_id, seqOf.get(r.report_id)!, s);
    }
  }
  return rows.map((r) => {
    const features = samples.get(r.report_id);
    if (!features) throw new Error(`placeReport: report_index row of ${r.report_id} vanished while it was read`);
    return { id: r.report_id, story: r.story_id, derivedFrom: r.derived_from, features };
  });
}

interface PlacementWrite {
  readonly report: ReportToPlace;
  readonly storyId: string;
  readonly seq: number;
  readonly time: string;
  readonly date: string | null;
  readonly centroid: Readonly<Record<string, number>>;
  readonly titleNames: readonly string[];
  readonly norms: CentroidNorms;
  readonly derivedFrom: string | null;
  readonly derivation: unknown;
  readonly keys: readonly string[];
  readonly refreshed: readonly { readonly story: string; readonly norms: CentroidNorms }[];
  readonly related: readonly { readonly story: string; readonly similarity: number; readonly rule: string; readonly evidence: unknown }[];
}

interface PlacedRow {
  report_count: number;
  next_review: number;
  first_date: string | null;
  last_date: string | null;
  first_seen: string | null;
  seq: string | number;
}

/**
 * Everything a placement writes, in one statement (data-modifying CTEs all run, whatever the
 * final SELECT reads; foreign keys are checked at its end): the story row (made or counted), its
 * index row (centroid, title names, dates, norms), the report's story and derivation, the report's
 * index rows (samples, LSH bands, keys, term frequencies), norms recomputed for other candidates,
 * and links to related stories. Returns the story's index row as it now is.
 */
async function writePlacement(tx: Queryable, w: PlacementWrite): Promise<PlacedRow> {
  const f = w.report.features;
  const sketch: ReportSketch = {
    terms: f.terms,
    keys: f.keys.slice(0, clusterSettings.MAX_RETRIEVAL_KEYS),
    titleNames: f.titleNames,
    date: f.date?.date ?? null,
  };
  // Index all of the report's keys (not only the ones used to search): a key too common to search
  // with today may be the one a later report needs.
  const allKeys = [...new Set([...w.keys, ...f.keys.slice(0, clusterSettings.MAX_RETRIEVAL_KEYS)])];
  const result = await tx.query<PlacedRow>(
    `WITH st AS (
       INSERT INTO stories (id, title, first_seen, last_seen, report_count, updated_at) VALUES ($1, $2, $3, $3, 1, $4)
       ON CONFLICT (id) DO UPDATE SET report_count = stories.report_count + 1, first_seen = LEAST(stories.first_seen, EXCLUDED.first_seen),
         last_seen = GREATEST(stories.last_seen, EXCLUDED.last_seen), updated_at = EXCLUDED.updated_at),
     si AS (
       INSERT INTO story_index (story_id, centroid, report_count, first_date, last_date, first_seen, title_names, seq, norms)
       VALUES ($1, $5, 1, $6, $6, $3, $7, $8, $9)
       ON CONFLICT (story_id) DO UPDATE SET centroid = EXCLUDED.centroid, title_names = EXCLUDED.title_names, norms = EXCLUDED.norms,
         report_count = story_index.report_count + 1,
         first_date = CASE WHEN $6::text IS NULL THEN story_index.first_date WHEN story_index.first_date IS NULL OR $6 < story_index.first_date THEN $6 ELSE story_index.first_date END,
         last_date = CASE WHEN $6::text IS NULL THEN story_index.last_date WHEN story_index.last_date IS NULL OR $6 > story_index.last_date THEN $6 ELSE story_index.last_date END
       RETURNING report_count, next_review, first_date, last_date, first_seen, seq),
     rp AS (
       UPDATE reports SET story_id = $1, derived_from = $11, derivation = $12 WHERE id = $10),
     ri AS (
       INSERT INTO report_index (report_id, story_id, derived_from, seq, sketch, samples) VALUES ($10, $1, $11, $13, $14, $15)),
     rb AS (
       INSERT INTO report_bands (band, report_id, seq) SELECT b, $10, $13 FROM unnest($16::text[]) AS b ON CONFLICT DO NOTHING),
     sk AS (
       INSERT INTO story_keys (term, story_id, seen_seq) SELECT k, $1, $13 FROM unnest($17::text[]) AS k
       ON CONFLICT (story_id, term) DO UPDATE SET seen_seq = EXCLUDED.seen_seq),
     ts AS (
       INSERT INTO term_stats (term, df) SELECT t, 1 FROM unnest($18::text[]) AS t
       ON CONFLICT (term) DO UPDATE SET df = term_stats.df + 1),
     ds AS (
       UPDATE index_stats SET documents = documents + 1 WHERE id = 1),
     nr AS (
       UPDATE story_index x SET norms = n.norms FROM unnest($19::text[], $20::jsonb[]) AS n(id, norms) WHERE x.story_id = n.id AND x.story_id <> $1),
     sl AS (
       INSERT INTO story_links (story_id, related_id, similarity, rule, evidence)
       SELECT $1, l.id, l.similarity, l.rule, l.evidence FROM unnest($21::text[], $22::double precision[], $23::text[], $24::jsonb[]) AS l(id, similarity, rule, evidence)
       ON CONFLICT (story_id, related_id) DO UPDATE SET similarity = GREATEST(story_links.similarity, EXCLUDED.similarity))
     SELECT * FROM si`,
    [
      w.storyId,
      w.report.title,
      w.time,
      w.report.addedAt,
      JSON.stringify(w.centroid),
      w.date,
      JSON.stringify(w.titleNames),
      w.seq,
      JSON.stringify(w.norms),
      w.report.id,
      w.derivedFrom,
      JSON.stringify(w.derivation),
      w.seq,
      JSON.stringify(sketch),
      encodeSamples(f),
      lshBands(f.minhash),
      allKeys,
      Object.keys(f.terms),
      w.refreshed.map((r) => r.story),
      w.refreshed.map((r) => JSON.stringify(r.norms)),
      w.related.map((r) => r.story),
      w.related.map((r) => r.similarity),
      w.related.map((r) => r.rule),
      w.related.map((r) => JSON.stringify(r.evidence)),
    ],
  );
  const row = result.rows[0];
  if (!row) throw new Error(`placeReport: story_index row of ${w.storyId} missing after placing ${w.report.id}`);
  return row;
}

