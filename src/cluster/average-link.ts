/** The groups {@link averageLink} found, and the average similarity between any two of them. */
export interface AverageLinkResult {
  /** Indices of the items, each group in ascending order; groups ordered by their first item. */
  readonly groups: readonly (readonly number[])[];
  /** Average pairwise similarity between the items of groups `a` and `b`. */
  readonly link: (a: number, b: number) => number;
}

/**
 * Agglomerative clustering with average linkage: repeatedly joins the two groups whose items are
 * the most similar on average, until no two groups reach `threshold`. O(n^2) memory and O(n^3)
 * time: meant for the few dozen reports of one story or one neighbourhood, never for the store.
 * Ties are broken by index, so the result is deterministic.
 *
 * @example
 * ```ts
 * const { groups } = averageLink(4, (i, j) => (Math.floor(i / 2) === Math.floor(j / 2) ? 0.9 : 0.1), 0.5);
 * groups; // [[0, 1], [2, 3]]
 * ```
 */
export function averageLink(n: number, similarity: (i: number, j: number) => number, threshold: number): AverageLinkResult {
  // sum[a][b]: summed similarity between the items of groups a and b (Lance-Williams update).
  const sum: Float64Array[] = [];
  for (let a = 0; a < n; a++) {
    const row = new Float64Array(n);
    for (let b = 0; b < a; b++) {
      const s = similarity(a, b);
      row[b] = s;
      (sum[b] as Float64Array)[a] = s;
    }
    sum.push(row);
  }
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  const alive = Array.from({ length: n }, (_, i) => i);
  const avg = (a: number, b: number): number => (sum[a] as Float64Array)[b]! / ((members[a] as number[]).length * (members[b] as number[]).length);
  for (;;) {
    let best = -Infinity;
    let bi = -1;
    let bj = -1;
    for (let x = 0; x < alive.length; x++) {
      for (let y = 0; y < x; y++) {
        const s = avg(alive[x] as number, alive[y] as number);
        if (s > best) {
          best = s;
          bi = alive[y] as number;
          bj = alive[x] as number;
        }
      }
    }
    if (bi < 0 || best < threshold) break;
    // Fold bj into bi: sums add, sizes add.
    for (const c of alive) {
      if (c === bi || c === bj) continue;
      const s = (sum[bi] as Float64Array)[c]! + (sum[bj] as Float64Array)[c]!;
      (sum[bi] as Float64Array)[c] = s;
      (sum[c] as Float64Array)[bi] = s;
    }
    (members[bi] as number[]).push(...(members[bj] as number[]));
    members[bj] = null;
    alive.splice(alive.indexOf(bj), 1);
  }
  const order = alive.map((a) => ({ a, items: [...(members[a] as number[])].sort((x, y) => x - y) })).sort((x, y) => (x.items[0] as number) - (y.items[0] as number));
  const index = order.map((o) => o.a);
  return {
    groups: order.map((o) => o.items),
    link: (a, b) => avg(index[a] as number, index[b] as number),
  };
}
