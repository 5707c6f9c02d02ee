import type { ResidualVectors } from './residual-vectors.js';

/**
 * Every pairwise dot product of a group's residual vectors (their cosines: they have unit
 * length), as an n×n matrix in one Float64Array (row-major, symmetric, zero diagonal). A story
 * review compares each of up to REVIEW_MEMBERS reports with every other; each row is scattered
 * into a dense scratch array over the group's vocabulary, so that a pair costs one typed-array
 * read per term of the other vector instead of a string hash lookup.
 *
 * @example
 * ```ts
 * const m = pairwiseCosines(residualVectors(members.map((x) => x.terms), idfOf));
 * m[0 * members.length + 1]; // cosine of reports 0 and 1
 * ```
 */
export function pairwiseCosines(r: ResidualVectors): Float64Array {
  const n = r.ids.length;
  const dense = new Float64Array(r.vocabulary.length);
  const out = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    const ta = r.ids[a] as Int32Array;
    const wa = r.weights[a] as Float64Array;
    for (let k = 0; k < ta.length; k++) dense[ta[k] as number] = wa[k] as number;
    for (let b = 0; b < a; b++) {
      const tb = r.ids[b] as Int32Array;
      const wb = r.weights[b] as Float64Array;
      let dot = 0;
      for (let k = 0; k < tb.length; k++) dot += (wb[k] as number) * (dense[tb[k] as number] as number);
      out[a * n + b] = dot;
      out[b * n + a] = dot;
    }
    for (let k = 0; k < ta.length; k++) dense[ta[k] as number] = 0;
  }
  return out;
}
