/**
 * Values of one fact, grouped so that values that can all be true together form one group: an
 * exact 38 and "nearly 40" agree, 123 and 52 do not. Two or more groups make a dispute.
 */
import { doBoundsAgree, intersectBounds, type Bounds } from './bounds-of.js';

export interface ValueClaim {
  readonly bounds: Bounds;
  readonly order: number;
}

export interface ValueGroup<C extends ValueClaim> {
  /** The most precise claim of the group: its value stands for the group. */
  readonly representative: C;
  /** What every claim of the group allows. */
  readonly bounds: Bounds;
  readonly claims: readonly C[];
}

/**
 * Groups claims by agreement, most precise first (an exact figure fixes the group, hedged ones
 * join it when their bounds allow it), so the outcome does not depend on report order.
 *
 * @example
 * groupValues([{ bounds: { low: 123, high: 123 }, order: 0 }, { bounds: { low: 52, high: 52 }, order: 1 }]).length // 2
 */
export function groupValues<C extends ValueClaim>(claims: readonly C[]): ValueGroup<C>[] {
  const sorted = [...claims].sort((a, b) => width(a.bounds) - width(b.bounds) || a.order - b.order);
  const groups: { representative: C; bounds: Bounds; claims: C[] }[] = [];
  for (const claim of sorted) {
    const group = groups.find((g) => doBoundsAgree(g.bounds, claim.bounds));
    if (group === undefined) {
      groups.push({ representative: claim, bounds: claim.bounds, claims: [claim] });
      continue;
    }
    group.bounds = intersectBounds(group.bounds, claim.bounds) ?? group.bounds;
    group.claims.push(claim);
  }
  for (const g of groups) g.claims.sort((a, b) => a.order - b.order);
  return groups;
}

function width(bounds: Bounds): number {
  return bounds.high - bounds.low;
}
