import { IDF_MIN_DOCUMENTS, IDF_SMOOTHING } from './settings.js';
import { rememberTermList, termList } from './term-list.js';

/** A sparse term vector: term -> weight. Plain object so it serialises to JSON as is. */
export type TermVector = Readonly<Record<string, number>>;

/** Document-frequency statistics of the store, for the terms that matter to one decision. */
export interface TermStats {
  /** Reports in the store when the decision is made (the new report excluded). */
  readonly documents: number;
  /** Reports containing each term; terms not listed count as 0. */
  readonly df: Readonly<Record<string, number>>;
}

/**
 * Inverse document frequency, smoothed so that a term seen once in a small store is not extreme,
 * and read against a store of at least IDF_MIN_DOCUMENTS reports (a young store's first event
 * would make its own names look common).
 */
export function idf(stats: TermStats, term: string, smoothing = IDF_SMOOTHING): number {
  const df = stats.df[term] ?? 0;
  return Math.log((idfDocuments(stats.documents) + smoothing + 1) / (df + smoothing));
}

/** The store size IDF reads: its own, or IDF_MIN_DOCUMENTS while it is smaller. */
function idfDocuments(documents: number): number {
  return documents > IDF_MIN_DOCUMENTS ? documents : IDF_MIN_DOCUMENTS;
}

/** Applies IDF to a vector and scales it to unit length. */
export function weightVector(v: TermVector, stats: TermStats, idfOf: (term: string) => number = (t) => idf(stats, t)): Map<string, number> {
  const out = new Map<string, number>();
  let norm = 0;
  const { terms, weights } = termList(v);
  for (let k = 0; k < terms.length; k++) {
    const term = terms[k] as string;
    const w = (weights[k] as number) * idfOf(term);
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
  const c = termList(centroid);
  for (let k = 0; k < c.terms.length; k++) sum.set(c.terms[k] as string, c.weights[k] as number);
  const r = termList(v);
  for (let k = 0; k < r.terms.length; k++) {
    const t = r.terms[k] as string;
    sum.set(t, (sum.get(t) ?? 0) + (r.weights[k] as number) * scale);
  }
  return heaviestOf(sum, max);
}

/**
 * A centroid with the term vectors of reports that left it (a split) taken out. Terms left at or
 * below CENTROID_EPSILON are dropped: what is left of a moved report's term is rounding (report
 * weights are rounded to thousandths, so a real remainder is far above it).
 */
export function subtractFromCentroid(centroid: TermVector, vectors: readonly TermVector[]): Record<string, number> {
  const out: Record<string, number> = { ...centroid };
  for (const v of vectors) for (const t in v) if (out[t] !== undefined) out[t] = (out[t] as number) - (v[t] as number);
  for (const t in out) if ((out[t] as number) <= CENTROID_EPSILON) delete out[t];
  return out;
}

/** Below this a centroid weight is rounding left over from subtracting moved reports. */
const CENTROID_EPSILON = 1e-6;

/** The `max` heaviest terms of a vector (ties broken by term, so the result is deterministic). */
export function keepHeaviest(v: TermVector, max: number): Record<string, number> {
  const { terms, weights } = termList(v);
  if (terms.length <= max) return { ...v };
  return vectorOf(terms, weights, heaviestIndices(terms, weights, max));
}

/**
 * The `max` heaviest terms of a vector held in a Map (ties broken by term), as a plain object
 * whose term list (term-list.ts) is remembered as it is built.
 */
export function heaviestOf(sum: ReadonlyMap<string, number>, max: number): Record<string, number> {
  const terms = [...sum.keys()];
  const weights = new Float64Array(sum.size);
  let k = 0;
  for (const w of sum.values()) weights[k++] = w;
  return vectorOf(terms, weights, heaviestIndices(terms, weights, max));
}

/**
 * Which `max` of parallel `terms` and `weights` are the heaviest, in the order their vector
 * lists them: those above the cut weight in list order, then those at it by term.
 */
export function heaviestIndices(terms: readonly string[], weights: Float64Array, max: number): number[] {
  const n = weights.length;
  const out: number[] = [];
  if (n <= max) {
    for (let k = 0; k < n; k++) out.push(k);
    return out;
  }
  // Find the cut weight (the max-th largest) by selection on a copy, then keep what is above it
  // and fill the remaining places with the tied terms in term order.
  const cut = kthSmallest(weights.slice(), n - max);
  const tied: number[] = [];
  for (let k = 0; k < n; k++) {
    const w = weights[k] as number;
    if (w > cut) out.push(k);
    else if (w === cut) tied.push(k);
  }
  tied.sort((a, b) => ((terms[a] as string) < (terms[b] as string) ? -1 : 1));
  for (const k of tied) {
    if (out.length >= max) break;
    out.push(k);
  }
  return out;
}

/**
 * The vector of the terms at `chosen` (indices into the parallel lists), in that order, its
 * term list remembered. Terms are never integer-like (they carry a prefix), so the object's key
 * order is the order they are added in.
 */
export function vectorOf(terms: readonly string[], weights: Float64Array, chosen: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  const keptTerms: string[] = [];
  const kept = new Float64Array(chosen.length);
  for (let x = 0; x < chosen.length; x++) {
    const k = chosen[x] as number;
    const t = terms[k] as string;
    const w = weights[k] as number;
    out[t] = w;
    kept[x] = w;
    keptTerms.push(t);
  }
  rememberTermList(out, keptTerms, kept);
  return out;
}

/**
 * The k-th smallest value (0-based) of `a`, which it reorders: Hoare's selection with a
 * median-of-three pivot, linear on average (the full sort of every report's few hundred term
 * weights it replaces took 7% of the features' CPU profile on the dev stream).
 */
export function kthSmallest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const x = a[lo] as number, y = a[mid] as number, z = a[hi] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k] as number;
  }
  return a[k] as number;
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
 * What a story keeps of its centroid to score reports against it from the report's terms alone
 * (a hundred-odd, instead of the centroid's hundreds, and frequencies of those only): for all
 * its terms and for its specific ones, the sums of c², c²·idf and c²·idf² as of its last change.
 * As the store grows every IDF rises by about ln((N' + S + 1) / (N + S + 1)) (N read as at least
 * IDF_MIN_DOCUMENTS, as idf reads it); with those sums
 * the norm is carried to today's store exactly for that shift: |c·(idf+δ)|² = Σc²idf² + 2δΣc²idf + δ²Σc².
 * What the shift misses (each term's own frequency growing) is refreshed at the story's next
 * report, or once the store has grown by NORMS_MAX_GROWTH.
 */
export interface CentroidNorms {
  readonly all: NormSums;
  readonly specific: NormSums;
  /** Reports in the store when the sums were computed. */
  readonly documents: number;
}

export interface NormSums {
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
}

/** The two norms of a centroid in today's store. */
export interface Norms {
  readonly all: number;
  readonly specific: number;
}

/**
 * Kept sums are used while the store has grown by at most this share since they were computed
 * (0..1), plus NORMS_GROWTH_SLACK reports; beyond, they are recomputed from the centroid.
 */
export const NORMS_MAX_GROWTH = 0.25;
/** Reports (count) the store may grow by beyond NORMS_MAX_GROWTH before kept sums are recomputed (young stores). */
export const NORMS_GROWTH_SLACK = 0;

/** True when kept `norms` may be carried to a store of `documents` reports. */
export function normsFresh(norms: CentroidNorms | undefined, documents: number): norms is CentroidNorms {
  return norms !== undefined && documents <= norms.documents * (1 + NORMS_MAX_GROWTH) + NORMS_GROWTH_SLACK;
}

export function centroidNorms(centroid: TermVector, idfOf: (term: string) => number, documents = 0): CentroidNorms {
  let a0 = 0, a1 = 0, a2 = 0, p0 = 0, p1 = 0, p2 = 0;
  const { terms, weights } = termList(centroid);
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k] as string;
    const i = idfOf(t);
    if (i <= 0) continue;
    const c2 = (weights[k] as number) ** 2;
    a0 += c2;
    a1 += c2 * i;
    a2 += c2 * i * i;
    if (isSpecificTerm(t)) {
      p0 += c2;
      p1 += c2 * i;
      p2 += c2 * i * i;
    }
  }
  return { all: { s0: a0, s1: a1, s2: a2 }, specific: { s0: p0, s1: p1, s2: p2 }, documents };
}

/**
 * A story's norms in a store of `stats.documents` reports: its kept sums carried forward when
 * fresh, else computed from the centroid (which then needs the centroid's frequencies in `stats`).
 */
export function currentNorms(
  story: { readonly centroid: TermVector; readonly norms?: CentroidNorms },
  stats: TermStats,
  idfOf: (term: string) => number,
  onRecompute?: (norms: CentroidNorms) => void,
): Norms {
  let kept: CentroidNorms;
  if (normsFresh(story.norms, stats.documents)) kept = story.norms;
  else {
    kept = centroidNorms(story.centroid, idfOf, stats.documents);
    onRecompute?.(kept);
  }
  const shift = Math.log((idfDocuments(stats.documents) + IDF_SMOOTHING + 1) / (idfDocuments(kept.documents) + IDF_SMOOTHING + 1));
  const at = (x: NormSums): number => Math.sqrt(Math.max(0, x.s2 + 2 * shift * x.s1 + shift * shift * x.s0));
  return { all: at(kept.all), specific: at(kept.specific) };
}

/** Cosine of two IDF-weighted centroids, from their norms: walks the smaller one. */
export function centroidCosine(a: TermVector, an: Norms, b: TermVector, bn: Norms, idfOf: (term: string) => number): number {
  if (an.all <= 0 || bn.all <= 0) return 0;
  const la = termList(a);
  const lb = termList(b);
  const [small, large] = la.terms.length <= lb.terms.length ? [la, b] : [lb, a];
  let dot = 0;
  for (let k = 0; k < small.terms.length; k++) {
    const t = small.terms[k] as string;
    const o = large[t];
    if (o === undefined) continue;
    const w = idfOf(t);
    dot += (small.weights[k] as number) * o * w * w;
  }
  return dot / (an.all * bn.all);
}
