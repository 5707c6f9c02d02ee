import { IDF_SMOOTHING } from './settings.js';

/** A sparse term vector: term -> weight. Plain object so it serialises to JSON as is. */
export type TermVector = Readonly<Record<string, number>>;

/** Document-frequency statistics of the store, for the terms that matter to one decision. */
export interface TermStats {
  /** Reports in the store when the decision is made (the new report excluded). */
  readonly documents: number;
  /** Reports containing each term; terms not listed count as 0. */
  readonly df: Readonly<Record<string, number>>;
}

/** Inverse document frequency, smoothed so that a term seen once in a small store is not extreme. */
export function idf(stats: TermStats, term: string, smoothing = IDF_SMOOTHING): number {
  const df = stats.df[term] ?? 0;
  return Math.log((stats.documents + smoothing + 1) / (df + smoothing));
}

/** Applies IDF to a vector and scales it to unit length. */
export function weightVector(v: TermVector, stats: TermStats, idfOf: (term: string) => number = (t) => idf(stats, t)): Map<string, number> {
  const out = new Map<string, number>();
  let norm = 0;
  for (const term in v) {
    const w = (v[term] as number) * idfOf(term);
    if (w <= 0) continue;
    out.set(term, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of out) out.set(t, w / norm);
  return out;
}

/** Dot product of two unit vectors: their cosine. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}

/** Adds `v` (times `scale`) into a centroid and keeps its `max` heaviest terms. */
export function addToCentroid(centroid: TermVector, v: TermVector, max: number, scale = 1): Record<string, number> {
  // Sum in a Map (plain objects with hundreds of keys are slow to grow), build the object once.
  const sum = new Map<string, number>();
  for (const t in centroid) sum.set(t, centroid[t] as number);
  for (const t in v) sum.set(t, (sum.get(t) ?? 0) + (v[t] as number) * scale);
  return heaviestOf(sum, max);
}

/** The `max` heaviest terms of a vector (ties broken by term, so the result is deterministic). */
export function keepHeaviest(v: TermVector, max: number): Record<string, number> {
  const terms = Object.keys(v);
  if (terms.length <= max) return { ...v };
  return heaviestOf(new Map(terms.map((t) => [t, v[t] as number])), max);
}

function heaviestOf(sum: ReadonlyMap<string, number>, max: number): Record<string, number> {
  const out: Record<string, number> = {};
  if (sum.size <= max) {
    for (const [t, w] of sum) out[t] = w;
    return out;
  }
  // Find the cut weight on a typed array (fast numeric sort), then keep what is above it and
  // fill the remaining places with the tied terms in term order.
  const weights = Float64Array.from(sum.values()).sort();
  const cut = weights[weights.length - max] as number;
  const tied: string[] = [];
  let kept = 0;
  for (const [t, w] of sum) {
    if (w > cut) {
      out[t] = w;
      kept++;
    } else if (w === cut) tied.push(t);
  }
  tied.sort();
  for (const t of tied) {
    if (kept >= max) break;
    out[t] = cut;
    kept++;
  }
  return out;
}

/** IDF of each term computed once per decision (many centroids share terms). */
export function cachedIdf(stats: TermStats): (term: string) => number {
  const cache = new Map<string, number>();
  return (term) => {
    let v = cache.get(term);
    if (v === undefined) {
      v = idf(stats, term);
      cache.set(term, v);
    }
    return v;
  };
}

/** Name, number, place and date terms (`e:`, `n:`, `q:`, `p:`, `d:`): who, where, when, how many. */
export function isSpecificTerm(term: string): boolean {
  return term.charCodeAt(0) !== WORD_PREFIX; // not 'w'
}

const WORD_PREFIX = 'w'.charCodeAt(0);

/**
 * L2 norms of a centroid with IDF applied, over all its terms and over its specific terms. A
 * story keeps them from when its centroid last changed, so that scoring a report against it
 * walks the report's hundred-odd terms instead of the story's hundreds (and needs document
 * frequencies of the report's terms only). Between changes the store's frequencies drift a
 * little; the norm is refreshed at the story's next report.
 */
export interface CentroidNorms {
  readonly all: number;
  readonly specific: number;
  /** Reports in the store when the norms were computed: how stale they are. */
  readonly documents: number;
}

/**
 * Kept norms are used while the store has grown by at most this share since they were computed
 * (0..1); beyond, IDF has moved enough (every term's IDF rises as the store grows, rare ones
 * least) that they are recomputed. In a young store that is often; in a large one, a story
 * untouched while the store grew by a tenth is mostly out of the time window anyway.
 */
export const NORMS_MAX_GROWTH = 0.1;

/** True when `norms` still hold for a store of `documents` reports. */
export function normsFresh(norms: CentroidNorms | undefined, documents: number): norms is CentroidNorms {
  return norms !== undefined && documents <= norms.documents * (1 + NORMS_MAX_GROWTH) + 1;
}

export function centroidNorms(centroid: TermVector, idfOf: (term: string) => number, documents = 0): CentroidNorms {
  let all = 0;
  let specific = 0;
  for (const t in centroid) {
    const w = (centroid[t] as number) * idfOf(t);
    if (w <= 0) continue;
    all += w * w;
    if (isSpecificTerm(t)) specific += w * w;
  }
  return { all: Math.sqrt(all), specific: Math.sqrt(specific), documents };
}

/** Cosine of two IDF-weighted centroids, from their norms: walks the smaller one. */
export function centroidCosine(a: TermVector, an: CentroidNorms, b: TermVector, bn: CentroidNorms, idfOf: (term: string) => number): number {
  if (an.all <= 0 || bn.all <= 0) return 0;
  const [small, large] = Object.keys(a).length <= Object.keys(b).length ? [a, b] : [b, a];
  let dot = 0;
  for (const t in small) {
    const o = large[t];
    if (o === undefined) continue;
    const w = idfOf(t);
    dot += (small[t] as number) * o * w * w;
  }
  return dot / (an.all * bn.all);
}
