import { termList } from './term-list.js';
import type { TermVector } from './term-vector.js';

/**
 * Term vectors of a group of reports weighted against the group itself: each term's store-wide
 * IDF times its IDF *within the group*, ln((n + 1) / df_group), then scaled to unit length.
 *
 * Why: two events of one kind (two arrests of players of one team, two emergency patches for
 * one browser) share their topic words and even their team and company names, which the
 * store-wide IDF rates as rare. Inside a group made of both events those shared words are in
 * every report and weigh nothing; what is left is what tells one event from the other (the
 * player arrested, the date, the version). A term in every report of the group keeps only
 * ln((n + 1) / n) of its weight; a term in one report, ln(n + 1).
 *
 * @example
 * ```ts
 * const r = residualVectors([r1.terms, r2.terms], (t) => idf(stats, t));
 * pairwiseCosines(r)[0 * 2 + 1]; // similarity on what the two do not share with the rest of the group
 * ```
 */
export function residualVectors(members: readonly TermVector[], idfOf: (term: string) => number): ResidualVectors {
  const n = members.length;
  // Each term of the group gets an integer once; its group document frequency is counted on it.
  const index = new Map<string, number>();
  const vocabulary: string[] = [];
  const df: number[] = [];
  const memberIds: Int32Array[] = [];
  const lists = members.map(termList);
  for (const { terms } of lists) {
    const ids = new Int32Array(terms.length);
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k] as string;
      // The first member's terms are all new (a vector's keys are distinct): no lookup needed.
      let id = memberIds.length === 0 ? undefined : index.get(t);
      if (id === undefined) {
        id = vocabulary.length;
        index.set(t, id);
        vocabulary.push(t);
        df.push(1);
      } else df[id]!++;
      ids[k] = id;
    }
    memberIds.push(ids);
  }
  const local = new Float64Array(vocabulary.length);
  for (let id = 0; id < vocabulary.length; id++) local[id] = idfOf(vocabulary[id] as string) * Math.log((n + 1) / (df[id] as number));
  const ids: Int32Array[] = [];
  const weights: Float64Array[] = [];
  lists.forEach((m, k) => {
    const all = memberIds[k] as Int32Array;
    // Kept terms written over the member's own ids (never ahead of them), weights beside them.
    const w = new Float64Array(all.length);
    let count = 0;
    let norm = 0;
    for (let j = 0; j < all.length; j++) {
      const id = all[j] as number;
      const l = local[id] as number;
      if (!(l > 0)) continue;
      const x = (m.weights[j] as number) * l;
      all[count] = id;
      w[count++] = x;
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let x = 0; x < count; x++) w[x] = (w[x] as number) / norm;
    ids.push(all.subarray(0, count));
    weights.push(w.subarray(0, count));
  });
  return { vocabulary, ids, weights };
}

/**
 * A group's residual vectors, sparse, on the group's own term numbering: vector k has weight
 * `weights[k][x]` on term `vocabulary[ids[k][x]]`, and unit length. Arrays rather than Maps: a
 * review compares every pair of up to REVIEW_MEMBERS reports (see pairwise-cosines.ts).
 */
export interface ResidualVectors {
  readonly vocabulary: readonly string[];
  readonly ids: readonly Int32Array[];
  readonly weights: readonly Float64Array[];
}

/** Vector `k` of a group as a Map of term to weight (for evidence and tests). */
export function residualVector(r: ResidualVectors, k: number): Map<string, number> {
  const ids = r.ids[k] as Int32Array;
  const w = r.weights[k] as Float64Array;
  const out = new Map<string, number>();
  for (let x = 0; x < ids.length; x++) out.set(r.vocabulary[ids[x] as number] as string, w[x] as number);
  return out;
}

/** Mean of the vectors `from` to `to` (exclusive), dense over the group's vocabulary. */
export function meanResidual(r: ResidualVectors, from: number, to: number): Float64Array {
  const out = new Float64Array(r.vocabulary.length);
  const count = to - from;
  for (let k = from; k < to; k++) {
    const ids = r.ids[k] as Int32Array;
    const w = r.weights[k] as Float64Array;
    for (let x = 0; x < ids.length; x++) out[ids[x] as number]! += (w[x] as number) / count;
  }
  return out;
}
