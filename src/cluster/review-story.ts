import { createHash } from 'node:crypto';
import { averageLink } from './average-link.js';
import type { CandidateStory } from './decide-placement.js';
import { pairwiseCosines } from './pairwise-cosines.js';
import { meanResidual, residualVectors, type ResidualVectors } from './residual-vectors.js';
import { clusterOptions, REVIEW_GROWTH, type ClusterOptions } from './settings.js';
import { cachedIdf, centroidCosine, currentNorms, idf, type TermStats, type TermVector } from './term-vector.js';

/** A report of a story under review: its id and term vector (before IDF). */
export interface ReviewMember {
  readonly id: string;
  /** Arrival order in the store (smaller = earlier). */
  readonly seq: number;
  readonly terms: TermVector;
}

/** A story with its most recent members, oldest first (the caller caps them at REVIEW_MEMBERS). */
export interface StoryMembers {
  readonly story: CandidateStory;
  readonly members: readonly ReviewMember[];
  /**
   * True when an earlier review split this story and the one under review apart: merging them
   * again then takes as much likeness as splitting them took (`reviewSplitLink`), so a pair of
   * events near the threshold does not flip between one story and two at every review.
   */
  readonly splitApart?: boolean;
}

/** Two stories found to tell one event: the younger is absorbed by the older. */
export interface MergeDecision {
  /** The younger story, absorbed. */
  readonly from: string;
  /** The older story, which keeps its id. */
  readonly into: string;
  /** Cosine of the two IDF-weighted centroids (0..1): how alike the two are overall. */
  readonly similarity: number;
  /** Average similarity of their reports weighed against the two together (residual vectors). */
  readonly link: number;
  readonly rule: 'cluster/merge-events';
  readonly evidence: ReviewEvidence;
}

/** A story found to hold two or more events: the parts after the first become stories of their own. */
export interface SplitDecision {
  readonly story: string;
  /** `parts[0]` keeps the story's id; each later part becomes a new story. */
  readonly parts: readonly SplitPart[];
  /** Highest average residual similarity between the kept part and a split-off part. */
  readonly link: number;
  readonly rule: 'cluster/split-events';
}

export interface SplitPart {
  readonly reports: readonly string[];
  /** The terms that most set this part apart from the others (names, numbers, words), heaviest first. */
  readonly distinctive: readonly string[];
}

/** Why two stories merged: the terms they share once their common ground is weighed out. */
export interface ReviewEvidence {
  readonly sharedTerms: readonly string[];
  readonly threshold: number;
  readonly reports: { readonly from: number; readonly into: number };
}

/** The outcome of {@link reviewStory}: merges first, then at most one split of the result. */
export interface StoryReview {
  readonly kind: 'story-review';
  readonly merges: readonly MergeDecision[];
  readonly split: SplitDecision | null;
}

/**
 * The report count at which a story of `count` reports is next reviewed: every report while it
 * is small, then each time it grows by REVIEW_GROWTH, so reviews cost O(log n) per story.
 */
export function nextReviewAt(count: number): number {
  return Math.max(count + 1, Math.ceil(count * REVIEW_GROWTH));
}

/**
 * The id of a story split off `from` whose first report is `firstReport`: at attempt 0, `s` +
 * the report's id, as for any story a report founds; when that id is taken (the report once
 * founded a story that was merged away, or was split off before), the caller asks again with
 * attempt 1, 2, ...: ids derived from both and the attempt, the same length.
 */
export function splitStoryId(firstReport: string, from: string, attempt: number): string {
  const plain = 's' + firstReport.replace(/^r/, '');
  if (attempt === 0) return plain;
  return 's' + createHash('sha256').update(`split:${from}:${firstReport}:${attempt}`).digest('hex').slice(0, plain.length - 1);
}

/**
 * Two stories whose dated reports are more than `days` apart (REVIEW_MERGE_WINDOW_DAYS) are not
 * merged, however alike: without it, a process that recurs in the same words (a monthly report,
 * a yearly release) would be chained into one story through the years. Undated stories are not
 * held apart by time.
 */
function withinWindow(a: CandidateStory, b: CandidateStory, days: number): boolean {
  if (a.firstDate === null || a.lastDate === null || b.firstDate === null || b.lastDate === null) return true;
  const gap = Math.max(Date.parse(b.firstDate) - Date.parse(a.lastDate), Date.parse(a.firstDate) - Date.parse(b.lastDate), 0);
  return !(gap > days * DAY_MS);
}

const DAY_MS = 86_400_000;

/**
 * Candidate stories close enough to a story under review to be worth loading their members:
 * cosine of IDF-weighted centroids >= `reviewMergeMinSimilarity`, best first; between a fragment
 * (fewer than `reviewMinPart` reports) and a story of at least that many, from
 * `reviewFragmentMergeMinSimilarity` (see settings.ts).
 */
export function mergeCandidates(
  story: CandidateStory,
  candidates: readonly CandidateStory[],
  stats: TermStats,
  options: Partial<ClusterOptions> = {},
): { story: CandidateStory; similarity: number }[] {
  const o = clusterOptions(options);
  const idfOf = cachedIdf(stats);
  const mine = currentNorms(story, stats, idfOf);
  return candidates
    .filter((c) => c.id !== story.id && withinWindow(story, c, o.reviewMergeWindowDays))
    .map((c) => ({ story: c, similarity: centroidCosine(story.centroid, mine, c.centroid, currentNorms(c, stats, idfOf), idfOf) }))
    .filter((c) => c.similarity >= mergeBar(story.reportCount, c.story.reportCount, o))
    .sort((a, b) => b.similarity - a.similarity || a.story.order - b.story.order);
}

/**
 * The centroid cosine two stories of these report counts need to be weighed for a merge: lower
 * between a fragment and a grown story, whose centroids differ in size more than in what they
 * tell (a one- or two-report centroid against one of many reports), where the report-by-report
 * link over the grown story's reports still decides; between two small stories the link says
 * little, and the centroids' own bar holds.
 */
function mergeBar(a: number, b: number, o: ClusterOptions): number {
  const fragmentAndGrown = Math.min(a, b) < o.reviewMinPart && Math.max(a, b) >= o.reviewMinPart;
  return fragmentAndGrown ? o.reviewFragmentMergeMinSimilarity : o.reviewMergeMinSimilarity;
}

/**
 * Re-examines a story against its closest neighbours, the way the first pass cannot: a new
 * report is placed against story centroids, where the topic of a story (an arrest of a
 * Chargers player) outweighs who and when; here the reports are compared among themselves with
 * their shared topic weighed out ({@link residualVectors}), so what is left is the event.
 *
 * - Merge (`cluster/merge-events`): a neighbour whose reports are, on average, at least
 *   `reviewMergeLink` alike with the story's, weighed against the two stories together
 *   (`reviewSplitLink` if a review split the two apart before).
 * - Split (`cluster/split-events`): average-link clustering of the story's reports at
 *   `reviewSplitLink` yields two or more groups of at least `reviewMinPart` reports; smaller
 *   groups go with the part they are closest to. The part holding the story's oldest reviewed
 *   report keeps the id. Reports older than the reviewed window stay where they are.
 *
 * Pure; the caller loads members (most recent first, capped), calls this at the story's review
 * points (its report count passing `next_review`) and applies the result.
 *
 * @example
 * ```ts
 * const review = reviewStory({ story, members }, [], stats);
 * review.split?.parts.map((p) => p.reports.length); // e.g. [9, 11]
 * ```
 */
export function reviewStory(
  target: StoryMembers,
  neighbours: readonly StoryMembers[],
  stats: TermStats,
  options: Partial<ClusterOptions> = {},
): StoryReview {
  const o = clusterOptions(options);
  // Without neighbours (most reviews) each term's IDF is needed once, by the split's residual
  // vectors; with them, the group's terms are weighed again for each: a cache pays only then.
  const idfOf = neighbours.length > 0 ? cachedIdf(stats) : (term: string): number => idf(stats, term);
  const merges: MergeDecision[] = [];
  let group: StoryMembers = target;
  let survivor = target.story;
  for (const other of neighbours) {
    if (other.story.id === target.story.id || other.members.length === 0 || group.members.length === 0) continue;
    if (!withinWindow(target.story, other.story, o.reviewMergeWindowDays)) continue;
    const all = [...group.members, ...other.members];
    const vectors = residualVectors(all.map((m) => m.terms), idfOf);
    const left = meanResidual(vectors, 0, group.members.length);
    const right = meanResidual(vectors, group.members.length, all.length);
    const link = dot(left, right);
    const needed = other.splitApart ? Math.max(o.reviewMergeLink, o.reviewSplitLink) : o.reviewMergeLink;
    if (link < needed) continue;
    const [older, younger] = compareAge(survivor, other.story) <= 0 ? [survivor, other.story] : [other.story, survivor];
    const similarity = centroidCosine(group.story.centroid, currentNorms(group.story, stats, idfOf), other.story.centroid, currentNorms(other.story, stats, idfOf), idfOf);
    merges.push({
      from: younger.id,
      into: older.id,
      similarity: round(similarity),
      link: round(link),
      rule: 'cluster/merge-events',
      evidence: {
        sharedTerms: sharedHeaviest(vectors.vocabulary, left, right),
        threshold: needed,
        reports: { from: younger === other.story ? other.members.length : group.members.length, into: older === other.story ? other.members.length : group.members.length },
      },
    });
    // Any earlier merge into the younger one now goes to the older one (chains stay one hop).
    for (let i = 0; i < merges.length; i++) if (merges[i]!.into === younger.id) merges[i] = { ...merges[i]!, into: older.id };
    survivor = older;
    group = { story: { ...withoutNorms(older), centroid: sumVectors(group.story.centroid, other.story.centroid) }, members: newestLast(all, o.reviewMembers) };
  }
  return { kind: 'story-review', merges, split: findSplit(survivor.id, group.members, idfOf, o) };
}

function findSplit(storyId: string, members: readonly ReviewMember[], idfOf: (t: string) => number, o: ClusterOptions): SplitDecision | null {
  if (members.length < 2 * o.reviewMinPart) return null;
  const vectors = residualVectors(members.map((m) => m.terms), idfOf);
  const n = members.length;
  const cosines = pairwiseCosines(vectors);
  const { groups, link } = averageLink(n, (i, j) => cosines[i * n + j] as number, o.reviewSplitLink);
  const big = groups.map((g, k) => ({ g, k })).filter((x) => x.g.length >= o.reviewMinPart);
  if (big.length < 2) return null;
  const parts = big.map((b) => ({ items: [...b.g], k: b.k }));
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k] as readonly number[];
    if (g.length >= o.reviewMinPart) continue;
    let best = parts[0]!;
    let bestLink = -Infinity;
    for (const p of parts) {
      const l = link(k, p.k);
      if (l > bestLink) {
        bestLink = l;
        best = p;
      }
    }
    best.items.push(...g);
  }
  for (const p of parts) p.items.sort((a, b) => a - b);
  // The part with the oldest reviewed report keeps the id (groups are ordered by first item).
  parts.sort((a, b) => (a.items[0] as number) - (b.items[0] as number));
  let between = 0;
  for (const p of parts.slice(1)) between = Math.max(between, link(parts[0]!.k, p.k));
  return {
    story: storyId,
    parts: parts.map((p) => ({ reports: p.items.map((i) => members[i]!.id), distinctive: distinctiveTerms(p.items, parts.filter((q) => q !== p).flatMap((q) => q.items), vectors) })),
    link: round(between),
    rule: 'cluster/split-events',
  };
}

/** Terms with the largest mean residual weight in `inside` minus that in `outside`. */
function distinctiveTerms(inside: readonly number[], outside: readonly number[], vectors: ResidualVectors): string[] {
  const score = new Float64Array(vectors.vocabulary.length);
  const seen = new Uint8Array(vectors.vocabulary.length);
  for (const i of inside) {
    const ids = vectors.ids[i] as Int32Array;
    const w = vectors.weights[i] as Float64Array;
    for (let x = 0; x < ids.length; x++) {
      score[ids[x] as number]! += (w[x] as number) / inside.length;
      seen[ids[x] as number] = 1;
    }
  }
  for (const i of outside) {
    const ids = vectors.ids[i] as Int32Array;
    const w = vectors.weights[i] as Float64Array;
    for (let x = 0; x < ids.length; x++) if (seen[ids[x] as number]) score[ids[x] as number]! -= (w[x] as number) / outside.length;
  }
  return heaviestTerms(vectors.vocabulary, (id) => (seen[id] ? (score[id] as number) : 0));
}

/** Shared terms carrying the most of the residual similarity between two groups' mean vectors. */
function sharedHeaviest(vocabulary: readonly string[], a: Float64Array, b: Float64Array): string[] {
  return heaviestTerms(vocabulary, (id) => (a[id] as number) * (b[id] as number));
}

/** The DISTINCTIVE_TERMS terms of highest positive score, ties broken by term. */
function heaviestTerms(vocabulary: readonly string[], score: (id: number) => number): string[] {
  const scored: [string, number][] = [];
  for (let id = 0; id < vocabulary.length; id++) {
    const s = score(id);
    if (s > 0) scored.push([vocabulary[id] as string, s]);
  }
  return scored
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, DISTINCTIVE_TERMS)
    .map(([t]) => t);
}

/** Terms shown per part of a split and per merge (count). */
const DISTINCTIVE_TERMS = 8;

/** Dot product of two dense vectors: of two groups' mean unit vectors, their mean pairwise cosine. */
function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

/** A story whose centroid is about to change: its kept norms no longer hold. */
function withoutNorms(s: CandidateStory): CandidateStory {
  const { norms: _stale, ...rest } = s;
  return rest;
}

function sumVectors(a: TermVector, b: TermVector): Record<string, number> {
  const out: Record<string, number> = { ...a };
  for (const t in b) out[t] = (out[t] ?? 0) + (b[t] as number);
  return out;
}

function newestLast(members: readonly ReviewMember[], max: number): ReviewMember[] {
  const sorted = [...members].sort((a, b) => a.seq - b.seq);
  return sorted.length <= max ? sorted : sorted.slice(sorted.length - max);
}

function compareAge(a: CandidateStory, b: CandidateStory): number {
  const fa = a.firstSeen ?? '';
  const fb = b.firstSeen ?? '';
  if (fa && fb && fa !== fb) return fa < fb ? -1 : 1;
  return a.order - b.order;
}


function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
