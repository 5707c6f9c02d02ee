/**
 * Relations between quantity facts that keep them from being conflicts: parts of a whole
 * ("9 to Lithuania" and "114 to Ukraine" of "123 freed") and subsets ("five of its citizens among
 * them").
 *
 * - A part is a fact with a destination; its whole is a fact about the same counted thing (same
 *   head, compatible modifiers, same round) without one, at least as large. When the parts one
 *   report gives add up to the whole, the whole is the `sum-of` each part.
 * - A partitive fact is a `subset-of` the fact it is taken from: preferably one counting the same
 *   thing, then one its own report gave before it, then the best supported, then the nearest.
 */
import type { FactRelation, Message } from '../core/records.js';
import { doBoundsAgree, type Bounds } from './bounds-of.js';
import { areModifiersCompatible } from './normalise-counted.js';
import type { QuantityCluster } from './align-quantity-claims.js';
import { gapInDays } from './day-interval.js';

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

  // Parts of a whole, and parts adding up to it.
  const partsOfWhole = new Map<string, IdentifiedCluster[]>();
  for (const part of items.filter((i) => firstClaim(i).qualifier !== null)) {
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
  for (const subset of items.filter((i) => i.cluster.claims[0]!.partitive && !relations.has(i.id))) {
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

function firstClaim(item: IdentifiedCluster): QuantityCluster['claims'][number] {
  return item.cluster.claims[0]!;
}

function firstOrder(item: IdentifiedCluster): number {
  return item.cluster.claims[0]!.order;
}

function isWhole(cluster: QuantityCluster): boolean {
  const first = cluster.claims[0]!;
  return first.qualifier === null && !first.partitive;
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
