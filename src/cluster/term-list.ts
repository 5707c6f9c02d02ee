import type { TermVector } from './term-vector.js';

/**
 * A term vector's terms and weights as two parallel arrays, in the vector's own key order (the
 * order `for...in` gives, so sums over either come out the same to the last bit).
 */
export interface TermList {
  readonly terms: readonly string[];
  readonly weights: Float64Array;
}

/**
 * The term list of a vector, made once per vector object and remembered while the object lives.
 *
 * Why: a report's vector has about a hundred keys and a centroid two hundred, so V8 holds them as
 * hash tables, and walking one (`for...in`, `Object.keys`) collects and sorts its keys each time,
 * which cost more than the arithmetic done on them (walking arrays instead made the recorded
 * decisions of `bench:cluster` about a fifth faster, bench/cluster/README.md). A decision walks the
 * report's vector and its candidates' centroids several times, a review each member's. Term
 * vectors are never changed once made (they are typed Readonly), which is what makes the
 * remembered list safe; a vector built by mutation must be complete before it is first listed.
 *
 * @example
 * ```ts
 * const { terms, weights } = termList({ 'w:quak': 1.2, 'e:kermadec': 2.4 });
 * terms[1]; // 'e:kermadec'
 * ```
 */
export function termList(v: TermVector): TermList {
  let list = LISTS.get(v);
  if (list === undefined) {
    const terms: string[] = [];
    const weights: number[] = [];
    for (const t in v) {
      terms.push(t);
      weights.push(v[t] as number);
    }
    list = { terms, weights: Float64Array.from(weights) };
    LISTS.set(v, list);
  }
  return list;
}

/**
 * Records the list of a vector its maker already holds as arrays (`terms` in the vector's key
 * order), so that the first use does not walk the object.
 */
export function rememberTermList(v: TermVector, terms: readonly string[], weights: Float64Array): void {
  LISTS.set(v, { terms, weights });
}

const LISTS = new WeakMap<TermVector, TermList>();
