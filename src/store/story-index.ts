import type { Queryable } from './db.js';
import {
  addToCentroid,
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
} from '../cluster/index.js';
import { isoUtc } from './sql-time.js';
import { refreshNorms, reviewPlacedStory, type ReportSketch } from './story-review.js';
import { documentFrequencies } from './term-stats.js';

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

interface StoryIndexRow {
  story_id: string;
  centroid: Record<string, number> | string;
  report_count: number;
  first_date: string | null;
  last_date: string | null;
  first_seen: string | null;
  title_names: string[] | string;
  seq: string | number;
  norms: CentroidNorms | string | null;
}

interface ReportIndexRow {
  report_id: string;
  story_id: string;
  derived_from: string | null;
  sketch: EarlierReport['features'] | string;
}

const LSH_HITS_PER_BAND = 20;
const MEMBERS_PER_STORY = 20;
const STORIES_FOR_MEMBERS = 3;

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

  const ownTerms = Object.keys(f.terms);
  const df = await documentFrequencies(tx, ownTerms);
  const keys = chooseRetrievalKeys(f.keys, df, documents);
  const stories = await candidateStories(tx, keys);
  // Scoring reads the report's terms against kept centroid norms; only title names (for
  // conflicts) and the terms of stories whose norms have gone stale need frequencies besides.
  const extraTerms = new Set<string>();
  for (const s of stories) {
    for (const t of s.titleNames) if (!(t in df)) extraTerms.add(t);
    if (!normsFresh(s.norms, documents)) for (const t in s.centroid) if (!(t in df)) extraTerms.add(t);
  }
  Object.assign(df, await documentFrequencies(tx, [...extraTerms]));

  const bands = lshBands(f.minhash);
  const earlier = await earlierReports(tx, bands, stories.slice(0, STORIES_FOR_MEMBERS).map((s) => s.id));

  const decision = decidePlacement({ report: { id: report.id, features: f }, stories, reports: earlier, stats: { documents, df } }, options);

  if (decision.refreshedNorms.length) {
    await tx.query('UPDATE story_index s SET norms = n.norms FROM unnest($1::text[], $2::jsonb[]) AS n(id, norms) WHERE s.story_id = n.id', [
      decision.refreshedNorms.map((r) => r.story),
      decision.refreshedNorms.map((r) => JSON.stringify(r.norms)),
    ]);
  }
  const time = report.publishedAt ?? report.addedAt;
  const date = f.date?.date ?? null;

  let storyId = decision.story;
  const isNewStory = storyId === null;
  if (storyId === null) {
    storyId = 's' + report.id.replace(/^r/, '');
    await tx.query(
      `INSERT INTO stories (id, title, first_seen, last_seen, report_count, updated_at) VALUES ($1, $2, $3, $3, 0, $4)`,
      [storyId, report.title, time, report.addedAt],
    );
    await tx.query(
      `INSERT INTO story_index (story_id, centroid, report_count, first_date, last_date, first_seen, seq) VALUES ($1, '{}', 0, NULL, NULL, $2, $3)`,
      [storyId, time, seq],
    );
  }
  await tx.query(
    `UPDATE stories SET report_count = report_count + 1, first_seen = LEAST(first_seen, $2::timestamptz),
       last_seen = GREATEST(last_seen, $2::timestamptz), updated_at = $3 WHERE id = $1`,
    [storyId, time, report.addedAt],
  );
  // The joined story's centroid is known from the candidates unless the story is new.
  const known = isNewStory ? undefined : stories.find((s) => s.id === storyId);
  const current = known
    ? { centroid: known.centroid, title_names: known.titleNames }
    : (await tx.query<Pick<StoryIndexRow, 'centroid' | 'title_names'>>('SELECT centroid, title_names FROM story_index WHERE story_id = $1', [storyId])).rows[0];
  const centroid = addToCentroid(json(current?.centroid ?? {}), f.terms, clusterSettings.MAX_CENTROID_TERMS);
  const titleNames = unionCapped(json(current?.title_names ?? []), f.titleNames);
  const indexed = await tx.query<Omit<StoryIndexRow, 'centroid' | 'title_names'> & { next_review: number }>(
    `UPDATE story_index SET centroid = $2, title_names = $4, report_count = report_count + 1,
       first_date = CASE WHEN $3::text IS NULL THEN first_date WHEN first_date IS NULL OR $3 < first_date THEN $3 ELSE first_date END,
       last_date = CASE WHEN $3::text IS NULL THEN last_date WHEN last_date IS NULL OR $3 > last_date THEN $3 ELSE last_date END
     WHERE story_id = $1
     RETURNING story_id, report_count, first_date, last_date, first_seen, seq, next_review`,
    [storyId, JSON.stringify(centroid), date, JSON.stringify(titleNames)],
  );

  let derivedFrom = decision.derivation?.from ?? null;
  const reversal = derivedFrom ? await reverseIfOriginal(tx, report.id, derivedFrom) : null;
  if (reversal) derivedFrom = null;
  await tx.query('UPDATE reports SET story_id = $2, derived_from = $3, derivation = $4 WHERE id = $1', [
    report.id,
    storyId,
    derivedFrom,
    JSON.stringify({
      rule: reversal ? reversal.rule : decision.derivation?.rule ?? decision.originality?.rule ?? null,
      similarity: decision.derivation?.similarity ?? null,
      evidence: reversal ? { ...reversal, copy: decision.derivation } : decision.derivation ?? decision.originality ?? null,
      placement: { rule: decision.rule, evidence: decision.evidence },
    }),
  ]);

  await indexReport(tx, report.id, storyId, seq, f, keys, bands, derivedFrom);

  await refreshNorms(tx, [storyId]);

  // At the story's review point, its reports are compared among themselves and with close
  // neighbours: merges of one event told apart, splits of two events told as one.
  let merged: readonly string[] = [];
  let created: readonly string[] = [];
  let finalStory = storyId;
  const row = indexed.rows[0];
  if (row && row.report_count >= row.next_review) {
    const self: CandidateStory = {
      id: storyId,
      centroid,
      reportCount: row.report_count,
      firstSeen: row.first_seen,
      firstDate: row.first_date,
      lastDate: row.last_date,
      titleNames,
      order: Number(row.seq),
    };
    const outcome = await reviewPlacedStory(tx, self, stories.filter((s) => s.id !== storyId && decision.neighbours.includes(s.id)), report.addedAt, options);
    merged = outcome.merged;
    created = outcome.created;
    if (merged.length || created.length) {
      const now = await tx.query<{ story_id: string }>('SELECT story_id FROM reports WHERE id = $1', [report.id]);
      finalStory = now.rows[0]?.story_id ?? storyId;
    }
  }
  for (const r of decision.related) {
    if (r.story === storyId || merged.includes(r.story)) continue;
    await tx.query(
      `INSERT INTO story_links (story_id, related_id, similarity, rule, evidence) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (story_id, related_id) DO UPDATE SET similarity = GREATEST(story_links.similarity, EXCLUDED.similarity)`,
      [storyId, r.story, r.similarity, r.rule, JSON.stringify(r.evidence)],
    );
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

async function candidateStories(tx: Queryable, keys: readonly string[]): Promise<CandidateStory[]> {
  if (keys.length === 0) return [];
  const result = await tx.query<StoryIndexRow & { hits: number }>(
    `WITH hits AS (
       SELECT k.story_id, count(*)::int AS hits
         FROM unnest($1::text[]) AS q(term)
         CROSS JOIN LATERAL (
           SELECT sk.story_id FROM story_keys sk WHERE sk.term = q.term ORDER BY sk.seen_seq DESC LIMIT $2) k
        GROUP BY k.story_id ORDER BY hits DESC, k.story_id LIMIT $3)
     SELECT si.story_id, si.centroid, si.report_count, si.first_date, si.last_date, si.first_seen, si.title_names, si.seq, si.norms, h.hits
       FROM hits h CROSS JOIN LATERAL (SELECT * FROM story_index x WHERE x.story_id = h.story_id AND x.active LIMIT 1) si
      ORDER BY h.hits DESC, si.seq`,
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

async function earlierReports(tx: Queryable, bands: readonly string[], stories: readonly string[]): Promise<EarlierReport[]> {
  const result = await tx.query<ReportIndexRow>(
    `WITH ids AS (
       SELECT b.report_id FROM unnest($1::text[]) AS q(band)
         CROSS JOIN LATERAL (SELECT rb.report_id FROM report_bands rb WHERE rb.band = q.band ORDER BY rb.seq DESC LIMIT $3) b
       UNION
       SELECT m.report_id FROM unnest($2::text[]) AS s(story)
         CROSS JOIN LATERAL (SELECT ri.report_id FROM report_index ri WHERE ri.story_id = s.story ORDER BY ri.seq DESC LIMIT $4) m)
     SELECT ri.report_id, ri.story_id, ri.derived_from, ri.sketch
       FROM ids CROSS JOIN LATERAL (SELECT * FROM report_index x WHERE x.report_id = ids.report_id LIMIT 1) ri
      ORDER BY ri.seq`,
    [bands, stories, LSH_HITS_PER_BAND, MEMBERS_PER_STORY],
  );
  return result.rows.map((r) => ({ id: r.report_id, story: r.story_id, derivedFrom: r.derived_from, features: json(r.sketch) }));
}

async function indexReport(
  tx: Queryable,
  id: string,
  storyId: string,
  seq: number,
  f: ClusterFeatures,
  keys: readonly string[],
  bands: readonly string[],
  derivedFrom: string | null,
): Promise<void> {
  const sketch: ReportSketch = {
    minhash: f.minhash,
    shingles: f.shingles,
    phrases: f.phrases,
    terms: f.terms,
    keys: f.keys.slice(0, clusterSettings.MAX_RETRIEVAL_KEYS),
    titleNames: f.titleNames,
    date: f.date?.date ?? null,
  };
  // Index all of the report's keys (not only the ones used to search): a key too common to search
  // with today may be the one a later report needs.
  const allKeys = [...new Set([...keys, ...f.keys.slice(0, clusterSettings.MAX_RETRIEVAL_KEYS)])];
  // One round trip: data-modifying CTEs all run, whatever the final SELECT reads.
  await tx.query(
    `WITH ri AS (
       INSERT INTO report_index (report_id, story_id, derived_from, seq, sketch) VALUES ($1, $2, $3, $4, $5)),
     rb AS (
       INSERT INTO report_bands (band, report_id, seq) SELECT b, $1, $4 FROM unnest($6::text[]) AS b ON CONFLICT DO NOTHING),
     sk AS (
       INSERT INTO story_keys (term, story_id, seen_seq) SELECT k, $2, $4 FROM unnest($7::text[]) AS k
       ON CONFLICT (term, story_id) DO UPDATE SET seen_seq = EXCLUDED.seen_seq),
     ts AS (
       INSERT INTO term_stats (term, df) SELECT t, 1 FROM unnest($8::text[]) AS t
       ON CONFLICT (term) DO UPDATE SET df = term_stats.df + 1),
     st AS (
       UPDATE index_stats SET documents = documents + 1 WHERE id = 1)
     SELECT 1`,
    [id, storyId, derivedFrom, seq, JSON.stringify(sketch), bands, allKeys, Object.keys(f.terms)],
  );
}

function unionCapped(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].slice(0, clusterSettings.MAX_STORY_TITLE_NAMES);
}

function json<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}
