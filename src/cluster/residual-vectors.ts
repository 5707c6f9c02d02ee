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
 * const [a, b] = residualVectors([r1.terms, r2.terms], (t) => idf(stats, t));
 * cosine(a, b); // similarity on what the two do not share with the rest of the group
 * ```
 */
export function residualVectors(members: readonly TermVector[], idfOf: (term: string) => number): Map<string, number>[] {
  const n = members.length;
  const df = new Map<string, number>();
  for (const m of members) for (const t in m) df.set(t, (df.get(t) ?? 0) + 1);
  const local = new Map<string, number>();
  for (const [t, d] of df) {
    const w = idfOf(t) * Math.log((n + 1) / d);
    if (w > 0) local.set(t, w);
  }
  return members.map((m) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const t in m) {
      const l = local.get(t);
      if (l === undefined) continue;
      const w = (m[t] as number) * l;
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}
