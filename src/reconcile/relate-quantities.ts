/**
 * Relations between quantity facts that keep them from being conflicts: parts of a whole
 * ("9 to Lithuania" and "114 to Ukraine" of "123 freed") and subsets ("five of its citizens among
 * them").
 *
 * - A part is a fact with a destination; its whole is a fact about the same counted thing (same
 *   head, compatible modifiers, same round) without one, at least as large. When the parts one
 *   report gives add up to the whole, the whole is the `sum-of` each part.
 * - Two or more numbers of one sentence that add up to a fact about the same counted thing are
 *   its parts even without destinations ("140 were lifted off and 72 stayed aboard" of 212).
 * - A partitive fact is a `subset-of` the fact it is taken from: preferably one counting the same
 *   thing, then one its own report gave before it, then the best supported, then the nearest.
 */
import type { FactRelation, Message } from '../core/records.js';
import { doBoundsAgree, type Bounds } from './bounds-of.js';
import { areModifiersCompatible } from './normalise-counted.js';
import type { QuantityCluster } from './align-quantity-claims.js';
import { gapInDays } from './day-interval.js';
import { MAX_SUMMED_PARTS } from './settings.js';

export interface IdentifiedCluster {
  readonly id: string;
  readonly cluster: QuantityCluster;
  readonly statement: string;
}

export interface QuantityRelations {
  readonly relations: ReadonlyMap<string, readonly FactRelation[]>;
  readonly messages: readonly Message[];
}

/** Finds part-of, sum-of and subset-of relations among a story's quantity facts. */
export function relateQuantities(items: readonly IdentifiedCluster[], roundToleranceDays: number): QuantityRelations {
  const relations = new Map<string, FactRelation[]>();
  const messages: Message[] = [];
  const add = (from: string, relation: FactRelation): void => {
    const list = relations.get(from) ?? [];
    if (!list.some((r) => r.type === relation.type && r.fact === relation.fact)) list.push(relation);
    relations.set(from, list);
  };
  const wholes = items.filter((i) => isWhole(i.cluster));

  // Numbers of one sentence adding up to a whole ("140 were lifted off and the remaining 72
  // stayed aboard" of 212 passengers), with or without destinations.
  const clusterOfClaim = new Map<QuantityCluster['claims'][number], IdentifiedCluster>();
  for (const item of items) for (const claim of item.cluster.claims) clusterOfClaim.set(claim, item);
  const bySentence = new Map<string, QuantityCluster['claims'][number][]>();
  for (const item of items) {
    for (const claim of item.cluster.claims) {
      const key = `${claim.report.id}:${claim.support.start}`;
      bySentence.set(key, [...(bySentence.get(key) ?? []), claim]);
    }
  }
  for (const claims of bySentence.values()) {
    if (claims.length < 2) continue;
    for (const whole of wholes) {
      const candidates = claims.filter((c) => {
        const owner = clusterOfClaim.get(c)!;
        return (
          owner.id !== whole.id &&
          owner.cluster.counted.head === whole.cluster.counted.head &&
          c.bounds.high < agreedBounds(whole.cluster).high &&
          areSameRound(whole.cluster, owner.cluster, roundToleranceDays)
        );
      });
      const parts = findSummingParts(candidates, agreedBounds(whole.cluster));
      if (parts === null) continue;
      for (const claim of parts) {
        const part = clusterOfClaim.get(claim)!;
        if ((relations.get(part.id) ?? []).some((r) => r.type === 'part-of' || r.type === 'subset-of')) continue;
        add(whole.id, { type: 'sum-of', fact: part.id, rule: 'reconcile/sentence-parts-sum-to-whole' });
        add(part.id, { type: 'part-of', fact: whole.id, rule: 'reconcile/sentence-parts-sum-to-whole' });
      }
    }
  }

  // Parts of a whole, and parts adding up to it.
  const partsOfWhole = new Map<string, IdentifiedCluster[]>();
  const hasWhole = (id: string): boolean => (relations.get(id) ?? []).some((r) => r.type === 'part-of');
  for (const part of items.filter((i) => firstClaim(i).qualifier !== null && !hasWhole(i.id))) {
    const whole = wholes
      .filter((w) => isSameThing(w.cluster, part.cluster) && areSameRound(w.cluster, part.cluster, roundToleranceDays))
      .filter((w) => agreedBounds(part.cluster).low <= agreedBounds(w.cluster).high)
      .sort((a, b) => b.cluster.sources.length - a.cluster.sources.length || firstOrder(a) - firstOrder(b))[0];
    if (whole === undefined) continue;
    partsOfWhole.set(whole.id, [...(partsOfWhole.get(whole.id) ?? []), part]);
  }
  for (const [wholeId, parts] of partsOfWhole) {
    const whole = wholes.find((w) => w.id === wholeId)!;
    const summed = new Set<string>();
    const reports = [...new Set(parts.flatMap((p) => p.cluster.claims.map((c) => c.report.id)))];
    for (const report of reports) {
      const inReport = parts.filter((p) => p.cluster.claims.some((c) => c.report.id === report));
      if (inReport.length < 2) continue;
      const sum = inReport.reduce<Bounds>(
        (acc, p) => {
          const claim = p.cluster.claims.find((c) => c.report.id === report)!;
          return { low: acc.low + claim.bounds.low, high: acc.high + claim.bounds.high };
        },
        { low: 0, high: 0 },
      );
      if (doBoundsAgree(sum, agreedBounds(whole.cluster))) {
        for (const p of inReport) {
          summed.add(p.id);
          add(whole.id, { type: 'sum-of', fact: p.id, rule: 'reconcile/parts-sum-to-whole' });
          add(p.id, { type: 'part-of', fact: whole.id, rule: 'reconcile/parts-sum-to-whole' });
        }
      } else if (sum.low > agreedBounds(whole.cluster).high) {
        messages.push({
          kind: 'message',
          severity: 'warning',
          rule: 'reconcile/parts-exceed-whole',
          reason: `In report ${report}, the parts (${inReport.map((p) => p.statement).join('; ')}) add up to more than the whole (${whole.statement}).`,
        });
      }
    }
    for (const p of parts) {
      if (!summed.has(p.id)) add(p.id, { type: 'part-of', fact: whole.id, rule: 'reconcile/part-within-whole' });
    }
  }

  // Subsets taken from a larger group.
  for (const subset of items.filter((i) => isShare(i.cluster) && !relations.has(i.id))) {
    const first = firstClaim(subset);
    const candidates = wholes
      .filter((w) => w.id !== subset.id && areSameRound(w.cluster, subset.cluster, roundToleranceDays))
      .filter((w) => agreedBounds(subset.cluster).low <= agreedBounds(w.cluster).high)
      .map((w) => {
        const earlier = w.cluster.claims.filter((c) => c.report.id === first.report.id && c.order < first.order);
        return {
          w,
          sameThing: isSameThing(w.cluster, subset.cluster),
          before: earlier.length > 0,
          distance: earlier.length > 0 ? first.order - earlier[earlier.length - 1]!.order : Infinity,
        };
      })
      .sort(
        (a, b) =>
          Number(b.sameThing) - Number(a.sameThing) ||
          Number(b.before) - Number(a.before) ||
          b.w.cluster.sources.length - a.w.cluster.sources.length ||
          a.distance - b.distance ||
          firstOrder(a.w) - firstOrder(b.w),
      );
    const chosen = candidates[0];
    if (chosen === undefined) continue;
    add(subset.id, { type: 'subset-of', fact: chosen.w.id, rule: 'reconcile/partitive-subset' });
  }
  return { relations, messages };
}

/** Largest set of two or more claims (of distinct facts) whose values add up to the whole, or null. */
function findSummingParts(
  candidates: readonly QuantityCluster['claims'][number][],
  whole: Bounds,
): QuantityCluster['claims'][number][] | null {
  const pool = candidates.slice(0, MAX_SUMMED_PARTS);
  let best: QuantityCluster['claims'][number][] | null = null;
  for (let mask = 1; mask < 1 << pool.length; mask++) {
    const chosen = pool.filter((_, i) => (mask & (1 << i)) !== 0);
    if (chosen.length < 2 || (best !== null && chosen.length <= best.length)) continue;
    const sum = chosen.reduce<Bounds>((acc, c) => ({ low: acc.low + c.bounds.low, high: acc.high + c.bounds.high }), { low: 0, high: 0 });
    if (doBoundsAgree(sum, whole)) best = chosen;
  }
  return best;
}

function firstClaim(item: IdentifiedCluster): QuantityCluster['claims'][number] {
  return item.cluster.claims[0]!;
}

function firstOrder(item: IdentifiedCluster): number {
  return item.cluster.claims[0]!.order;
}

function isWhole(cluster: QuantityCluster): boolean {
  const first = cluster.claims[0]!;
  return first.qualifier === null && !isShare(cluster);
}

/** True when some source gives the fact as a share of a larger group ("140 of the 212"). */
export function isShare(cluster: QuantityCluster): boolean {
  return cluster.claims.some((c) => c.partitive);
}

/** The bounds the best supported value group allows. */
export function agreedBounds(cluster: QuantityCluster): Bounds {
  return cluster.groups[0]!.bounds;
}

function modifiersOf(cluster: QuantityCluster): string[] {
  return [...new Set(cluster.claims.flatMap((c) => c.counted?.modifiers ?? []))];
}

function isSameThing(a: QuantityCluster, b: QuantityCluster): boolean {
  return a.counted.head === b.counted.head && areModifiersCompatible(modifiersOf(a), modifiersOf(b));
}

function areSameRound(a: QuantityCluster, b: QuantityCluster, tolerance: number): boolean {
  return a.claims.every((x) =>
    b.claims.every((y) => x.date === null || y.date === null || gapInDays(x.date.interval, y.date.interval) <= tolerance),
  );
}
