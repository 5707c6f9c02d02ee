/**
 * Independent sources: copies and rewrites of one story count once.
 */
import type { ReportView } from '../core/records.js';

/**
 * Maps every report to its independent source: the origin at the end of its `derivedFrom` chain
 * (the origin's id, even when the origin itself is not in the story). A cycle of derivations has
 * no origin; its smallest report id stands in, so the answer stays deterministic.
 *
 * @example
 * groupSources([{ id: 'a', derivedFrom: null }, { id: 'b', derivedFrom: 'a' }]).get('b') // 'a'
 */
export function groupSources(reports: readonly Pick<ReportView, 'id' | 'derivedFrom'>[]): Map<string, string> {
  const parent = new Map(reports.map((r) => [r.id, r.derivedFrom] as const));
  const sourceOf = new Map<string, string>();
  for (const report of reports) {
    const seen: string[] = [report.id];
    let current = report.id;
    for (;;) {
      const next = parent.get(current) ?? null;
      if (next === null) break;
      if (seen.includes(next)) {
        current = [...seen.slice(seen.indexOf(next))].sort()[0] ?? current;
        break;
      }
      seen.push(next);
      current = next;
    }
    sourceOf.set(report.id, current);
  }
  return sourceOf;
}

/** Anything a report claims, with the independent source it is counted under. */
export interface SourcedClaim {
  readonly source: string;
  readonly report: { readonly id: string };
}

/**
 * A copy adds no evidence for what it copies, but where a derived report departs from its origin
 * (its value disagrees with every value its derivation group gives elsewhere in the fact), it
 * speaks for itself: that claim is counted under the derived report's own id.
 *
 * @example
 * creditDepartures([origin123, rewrite52], (a, b) => a.value === b.value)[1].source // 'rewrite'
 */
export function creditDepartures<C extends SourcedClaim>(claims: readonly C[], agree: (a: C, b: C) => boolean): C[] {
  return claims.map((claim) => {
    if (claim.source === claim.report.id) return claim;
    const kin = claims.filter((o) => o.source === claim.source && o.report.id !== claim.report.id);
    if (kin.length === 0 || kin.some((o) => agree(o, claim))) return claim;
    return { ...claim, source: claim.report.id };
  });
}
