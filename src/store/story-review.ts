import type { Queryable } from './db.js';
import { json, unionCapped, type StoryIndexRow } from './story-index-row.js';
import { termStats } from './term-stats.js';
import {
  addToCentroid,
  cachedIdf,
  centroidNorms,
  clusterSettings,
  mergeCandidates,
  reviewStory,
  splitStoryId,
  subtractFromCentroid,
  type CandidateStory,
  type ClusterOptions,
  type ReviewMember,
  type SplitDecision,
  type StoryReview,
} from '../cluster/index.js';

/** What a review changed: stories absorbed into others, and stories split off. */
export interface ReviewOutcome {
  readonly review: StoryReview;
  /** Stories merged away (into `review.merges[i].into`). */
  readonly merged: readonly string[];
  /** New stories made by a split, each holding the reports of one of the split-off parts. */
  readonly created: readonly string[];
}

/**
 * What a report's sketch in `report_index` holds since migration 6: what reviews and splits need.
 * (Older rows hold the samples instead, now in `report_index.samples`.)
 */
export interface ReportSketch {
  readonly terms?: Readonly<Record<string, number>>;
  readonly keys?: readonly string[];
  readonly titleNames?: readonly string[];
  readonly date?: string | null;
}

/**
 * Reviews a story that just reached its review point (`story_index.next_review`): loads its
 * latest reports and those of the close candidates, applies `reviewStory`'s merges and split,
 * and moves the review point on. Bounded: at most REVIEW_MEMBERS reports per story are read.
 */
export async function reviewPlacedStory(
  tx: Queryable,
  story: CandidateStory,
  candidates: readonly CandidateStory[],
  at: string,
  options: Partial<ClusterOptions> = {},
): Promise<ReviewOutcome> {
  // The candidates are the report's close neighbours, a handful: their members are read with the
  // story's, and the frequencies of every term the review weighs in one lookup, this report counted.
  const members = await loadMembers(tx, [story.id, ...candidates.map((c) => c.id)]);
  const terms = new Set<string>();
  for (const s of [story, ...candidates]) for (const t in s.centroid) terms.add(t);
  for (const list of members.values()) for (const m of list) for (const t in m.terms) terms.add(t);
  const stats = await termStats(tx, terms);
  const close = mergeCandidates(story, candidates, stats, options);
  const apart = close.length ? await splitPartners(tx, story.id) : new Set<string>();
  const review = reviewStory(
    { story, members: members.get(story.id) ?? [] },
    close.map((c) => ({ story: c.story, members: members.get(c.story.id) ?? [], splitApart: apart.has(c.story.id) })),
    stats,
    options,
  );
  const merged: string[] = [];
  for (const m of review.merges) {
    await mergeStories(tx, m.from, m.into, { rule: m.rule, similarity: m.similarity, link: m.link, ...m.evidence }, at);
    merged.push(m.from);
  }
  const created = review.split ? await splitStory(tx, review.split, at) : [];
  if (review.merges.length || created.length) await refreshNorms(tx, [...new Set([...review.merges.map((m) => m.into), ...created, review.split?.story ?? story.id])]);
  const survivor = review.merges.length ? review.merges[review.merges.length - 1]!.into : story.id;
  // nextReviewAt in SQL: max(count + 1, ceil(count * REVIEW_GROWTH)), the same float arithmetic.
  await tx.query(
    'UPDATE story_index SET next_review = GREATEST(report_count + 1, ceil(report_count * $2::float8)::int) WHERE story_id = ANY($1::text[])',
    [[survivor, ...created], clusterSettings.REVIEW_GROWTH],
  );
  return { review, merged, created };
}

/**
 * Recomputes the kept centroid norms of stories whose centroid just changed, with the document
 * frequencies as they are now (see `CentroidNorms`).
 */
export async function refreshNorms(tx: Queryable, storyIds: readonly string[]): Promise<void> {
  const rows = (await tx.query<{ story_id: string; centroid: Record<string, number> | string }>('SELECT story_id, centroid FROM story_index WHERE story_id = ANY($1::text[])', [storyIds])).rows;
  const centroids = rows.map((r) => ({ id: r.story_id, centroid: json(r.centroid) }));
  const terms = new Set<string>();
  for (const c of centroids) for (const t in c.centroid) terms.add(t);
  const stats = await termStats(tx, terms);
  const idfOf = cachedIdf(stats);
  for (const c of centroids) {
    await tx.query('UPDATE story_index SET norms = $2 WHERE story_id = $1', [c.id, JSON.stringify(centroidNorms(c.centroid, idfOf, stats.documents))]);
  }
}

/** Stories a review split from this one, or this one from. */
async function splitPartners(tx: Queryable, storyId: string): Promise<Set<string>> {
  const rows = await tx.query<{ other: string }>(
    'SELECT new_story AS other FROM story_splits WHERE story_id = $1 UNION SELECT story_id FROM story_splits WHERE new_story = $1',
    [storyId],
  );
  return new Set(rows.rows.map((r) => r.other));
}

/**
 * The latest $2 reports of each story ($1) with their term vectors. Exported for the test that
 * holds its lookup to an ordered index scan however large the story (migration 9).
 */
export const STORY_MEMBERS_SQL = `SELECT s.story AS story_id, m.report_id, m.seq, m.terms
    FROM unnest($1::text[]) AS s(story)
    CROSS JOIN LATERAL (
      SELECT ri.report_id, ri.seq, ri.sketch -> 'terms' AS terms FROM report_index ri
       WHERE ri.story_id = s.story ORDER BY ri.seq DESC LIMIT $2) m`;

/** The latest REVIEW_MEMBERS reports of each story (that have term vectors), oldest first. */
async function loadMembers(tx: Queryable, storyIds: readonly string[]): Promise<Map<string, ReviewMember[]>> {
  const result = await tx.query<{ story_id: string; report_id: string; seq: string | number; terms: Record<string, number> | string | null }>(
    STORY_MEMBERS_SQL,
    [storyIds, clusterSettings.REVIEW_MEMBERS],
  );
  const out = new Map<string, ReviewMember[]>();
  for (const r of result.rows) {
    if (r.terms === null) continue;
    const list = out.get(r.story_id) ?? [];
    list.push({ id: r.report_id, seq: Number(r.seq), terms: json(r.terms) });
    out.set(r.story_id, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.seq - b.seq);
  return out;
}

/**
 * Absorbs story `from` into `into`: centroids, counts and keys add up, reports move, the merge is
 * recorded in `story_merges` with its evidence, and stories already merged into `from` now point
 * to `into` (chains stay one hop).
 */
export async function mergeStories(tx: Queryable, from: string, into: string, evidence: Record<string, unknown>, at: string): Promise<void> {
  const rows = await tx.query<StoryIndexRow>('SELECT * FROM story_index WHERE story_id = ANY($1::text[])', [[from, into]]);
  const a = rows.rows.find((r) => r.story_id === into);
  const b = rows.rows.find((r) => r.story_id === from);
  if (!a || !b) throw new Error(`placeReport: cannot merge ${from} into ${into}: missing from story_index`);
  const centroid = addToCentroid(json(a.centroid), json(b.centroid), clusterSettings.MAX_CENTROID_TERMS);
  const titleNames = unionCapped(json(a.title_names), json(b.title_names));
  await tx.query(
    `UPDATE story_index SET centroid = $2, title_names = $6, report_count = report_count + $3,
       first_date = CASE WHEN $4::text IS NULL THEN first_date WHEN first_date IS NULL OR $4 < first_date THEN $4 ELSE first_date END,
       last_date = CASE WHEN $5::text IS NULL THEN last_date WHEN last_date IS NULL OR $5 > last_date THEN $5 ELSE last_date END
     WHERE story_id = $1`,
    [into, JSON.stringify(centroid), b.report_count, b.first_date, b.last_date, JSON.stringify(titleNames)],
  );
  await tx.query('UPDATE story_index SET active = false WHERE story_id = $1', [from]);
  await tx.query(
    `INSERT INTO story_keys (term, story_id, seen_seq) SELECT term, $2, seen_seq FROM story_keys WHERE story_id = $1
     ON CONFLICT (story_id, term) DO UPDATE SET seen_seq = GREATEST(story_keys.seen_seq, EXCLUDED.seen_seq)`,
    [from, into],
  );
  await tx.query('DELETE FROM story_keys WHERE story_id = $1', [from]);
  await tx.query('UPDATE report_index SET story_id = $2 WHERE story_id = $1', [from, into]);
  const moved = await tx.query<{ n: number }>(
    `WITH m AS (UPDATE reports SET story_id = $2 WHERE story_id = $1 RETURNING 1) SELECT count(*)::int AS n FROM m`,
    [from, into],
  );
  const n = moved.rows[0]?.n ?? 0;
  await tx.query(
    `UPDATE stories t SET report_count = t.report_count + $3, first_seen = LEAST(t.first_seen, f.first_seen),
       last_seen = GREATEST(t.last_seen, f.last_seen), updated_at = $4, account = NULL
       FROM stories f WHERE t.id = $2 AND f.id = $1`,
    [from, into, n, at],
  );
  await tx.query('UPDATE stories SET merged_into = $2, report_count = 0, updated_at = $3 WHERE id = $1 OR merged_into = $1', [from, into, at]);
  await tx.query(`INSERT INTO story_merges (from_story, into_story, evidence, merged_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [
    from,
    into,
    JSON.stringify(evidence),
    at,
  ]);
  await tx.query(
    'UPDATE story_links SET story_id = $2 WHERE story_id = $1 AND related_id <> $2 AND NOT EXISTS (SELECT 1 FROM story_links x WHERE x.story_id = $2 AND x.related_id = story_links.related_id)',
    [from, into],
  );
  await tx.query('DELETE FROM story_links WHERE story_id = $1 OR related_id = $1', [from]);
}

/**
 * Gives each split-off part of a story to a new story: its reports move (rows and index), the new
 * story gets their centroid, keys, dates and title, the old story loses them, the split is
 * recorded in `story_splits` with its evidence, and the two are linked as related events.
 * Returns the new story ids.
 */
async function splitStory(tx: Queryable, split: SplitDecision, at: string): Promise<string[]> {
  const created: string[] = [];
  const kept = split.parts[0]!;
  for (const part of split.parts.slice(1)) {
    const rows = (
      await tx.query<{ id: string; seq: string | number; title: string | null; seen: string; sketch: ReportSketch | string }>(
        `SELECT r.id, r.seq, r.title, COALESCE(r.published_at, r.added_at) AS seen, ri.sketch
           FROM reports r JOIN report_index ri ON ri.report_id = r.id WHERE r.id = ANY($1::text[]) ORDER BY r.seq`,
        [part.reports],
      )
    ).rows;
    if (rows.length === 0) continue;
    const first = rows[0]!;
    const id = await freshStoryId(tx, first.id, split.story);
    const sketches = rows.map((r) => json(r.sketch));
    let centroid: Record<string, number> = {};
    let titleNames: string[] = [];
    const dates: string[] = [];
    for (const s of sketches) {
      centroid = addToCentroid(centroid, s.terms ?? {}, clusterSettings.MAX_CENTROID_TERMS);
      titleNames = unionCapped(titleNames, s.titleNames ?? []);
      if (s.date) dates.push(s.date);
    }
    dates.sort();
    const ids = rows.map((r) => r.id);
    await tx.query(
      `INSERT INTO stories (id, title, first_seen, last_seen, report_count, updated_at)
       SELECT $1, $2, min(COALESCE(published_at, added_at)), max(COALESCE(published_at, added_at)), count(*)::int, $4
         FROM reports WHERE id = ANY($3::text[])`,
      [id, first.title, ids, at],
    );
    await tx.query(
      `INSERT INTO story_index (story_id, centroid, report_count, first_date, last_date, first_seen, title_names, seq)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, JSON.stringify(centroid), ids.length, dates[0] ?? null, dates[dates.length - 1] ?? null, iso(first.seen), JSON.stringify(titleNames), Number(first.seq)],
    );
    await tx.query('UPDATE reports SET story_id = $2 WHERE id = ANY($1::text[])', [ids, id]);
    await tx.query('UPDATE report_index SET story_id = $2 WHERE report_id = ANY($1::text[])', [ids, id]);
    await tx.query(
      `INSERT INTO story_keys (term, story_id, seen_seq)
       SELECT k.term, $2, max(k.seq) FROM (
         SELECT jsonb_array_elements_text(ri.sketch -> 'keys') AS term, ri.seq FROM report_index ri WHERE ri.report_id = ANY($1::text[])) k
        GROUP BY k.term
       ON CONFLICT (story_id, term) DO UPDATE SET seen_seq = GREATEST(story_keys.seen_seq, EXCLUDED.seen_seq)`,
      [ids, id],
    );
    // The old story keeps its other reports; its centroid loses the moved ones' terms.
    const old = (await tx.query<StoryIndexRow>('SELECT * FROM story_index WHERE story_id = $1', [split.story])).rows[0];
    if (old) {
      const remaining = subtractFromCentroid(json(old.centroid), sketches.map((s) => s.terms ?? {}));
      await tx.query('UPDATE story_index SET centroid = $2, report_count = report_count - $3 WHERE story_id = $1', [split.story, JSON.stringify(remaining), ids.length]);
    }
    await tx.query(
      `UPDATE stories t SET report_count = c.n, first_seen = c.first_seen, last_seen = c.last_seen, updated_at = $2, account = NULL
         FROM (SELECT count(*)::int AS n, min(COALESCE(published_at, added_at)) AS first_seen, max(COALESCE(published_at, added_at)) AS last_seen
                 FROM reports WHERE story_id = $1) c
        WHERE t.id = $1`,
      [split.story, at],
    );
    const evidence = { rule: split.rule, link: split.link, threshold: clusterSettings.REVIEW_SPLIT_LINK, kept: { reports: kept.reports.length, distinctive: kept.distinctive }, split: { reports: ids.length, distinctive: part.distinctive } };
    await tx.query('INSERT INTO story_splits (story_id, new_story, evidence, split_at) VALUES ($1, $2, $3, $4)', [split.story, id, JSON.stringify(evidence), at]);
    await tx.query(
      `INSERT INTO story_links (story_id, related_id, similarity, rule, evidence) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (story_id, related_id) DO UPDATE SET rule = EXCLUDED.rule, evidence = EXCLUDED.evidence`,
      [split.story, id, split.link, split.rule, JSON.stringify(evidence)],
    );
    created.push(id);
  }
  return created;
}

async function freshStoryId(tx: Queryable, firstReport: string, from: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const id = splitStoryId(firstReport, from, attempt);
    if ((await tx.query('SELECT 1 FROM stories WHERE id = $1', [id])).rows.length === 0) return id;
  }
}

function iso(t: string | Date): string {
  return t instanceof Date ? t.toISOString() : new Date(t).toISOString();
}

