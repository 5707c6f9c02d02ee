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
export function weightVector(v: TermVector, stats: TermStats): Map<string, number> {
  const out = new Map<string, number>();
  let norm = 0;
  for (const term in v) {
    const w = (v[term] as number) * idf(stats, term);
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
  const sum: Record<string, number> = { ...centroid };
  for (const t in v) sum[t] = (sum[t] ?? 0) + (v[t] as number) * scale;
  return keepHeaviest(sum, max);
}

/** The `max` heaviest terms of a vector (ties broken by term, so the result is deterministic). */
export function keepHeaviest(v: TermVector, max: number): Record<string, number> {
  const entries = Object.entries(v);
  if (entries.length <= max) return { ...v };
  entries.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return Object.fromEntries(entries.slice(0, max));
}
