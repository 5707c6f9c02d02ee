/**
 * Aligning quantity claims across reports into facts: claims about the same thing (same event
 * class, same counted head with compatible modifiers, same destination, same side of a partitive
 * unless the figures agree,
 * the same round in time) are one fact, whatever their values; differing values then make a
 * dispute rather than two facts. A claim whose event is unknown, and two figures of one sentence,
 * align only when their values agree closely; two differing figures of one report align only
 * when the report presents one as an update of the other.
 */
import { doBoundsAgree } from './bounds-of.js';
import { SUPERSEDED_MARKERS, UPDATE_MARKERS } from './counted-words.js';
import type { QuantityClaim } from './collect-quantity-claims.js';
import { gapInDays } from './day-interval.js';
import { creditDepartures } from './group-sources.js';
import { OPEN_HEDGE_MAX_RATIO } from './settings.js';
import { groupValues, type ValueGroup } from './group-values.js';
import { areModifiersCompatible, type CountedPhrase } from './normalise-counted.js';

/**
 * The sources that stand behind a value group: a report that gives a figure only as superseded
 * ("had earlier given a toll of 12") while giving another figure of the same fact is not counted
 * for the old figure (its words still support the fact).
 */
export function standingSources(groupClaims: readonly QuantityClaim[], allClaims: readonly QuantityClaim[]): string[] {
  const isSuperseded = (c: QuantityClaim): boolean =>
    SUPERSEDED_MARKERS.test(c.support.text) &&
    allClaims.some((o) => o.report.id === c.report.id && o.support.start !== c.support.start && !SUPERSEDED_MARKERS.test(o.support.text));
  const standing = groupClaims.filter((c) => !isSuperseded(c));
  return [...new Set((standing.length > 0 ? standing : groupClaims).map((c) => c.source))];
}

/** Claims aligned into one quantity fact, before it is written out. */
export interface QuantityCluster {
  readonly claims: readonly QuantityClaim[];
  /** Value groups, the best supported first. */
  readonly groups: readonly ValueGroup<QuantityClaim>[];
  /** Independent sources, in story order. */
  readonly sources: readonly string[];
  /** The most specific counted phrase of the claims. */
  readonly counted: CountedPhrase;
  readonly eventClass: string | null;
  /** The event lemma most claims use, for writing the fact. */
  readonly eventLemma: string | null;
  /** Alignment key, also the seed of the fact id. */
  readonly key: string;
}

/**
 * Fills in the counted noun of claims that have an event but no noun ("(14 freed)"): the head
 * most claims of the same event class use in the same report, else in the story. Claims left
 * without a noun are dropped.
 */
export function inheritCounted(claims: readonly QuantityClaim[]): QuantityClaim[] {
  const dominant = (pool: readonly QuantityClaim[], eventClass: string | null): CountedPhrase | null => {
    const counts = new Map<string, { phrase: CountedPhrase; count: number; order: number }>();
    for (const c of pool) {
      if (c.counted === null || c.eventClass !== eventClass || c.partitive) continue;
      const seen = counts.get(c.counted.head);
      counts.set(c.counted.head, { phrase: { head: c.counted.head, modifiers: [], label: c.counted.head }, count: (seen?.count ?? 0) + 1, order: seen?.order ?? c.order });
    }
    const best = [...counts.values()].sort((a, b) => b.count - a.count || a.order - b.order)[0];
    return best?.phrase ?? null;
  };
  const out: QuantityClaim[] = [];
  for (const claim of claims) {
    if (claim.counted !== null) {
      out.push(claim);
      continue;
    }
    const sameReport = claims.filter((c) => c.report.id === claim.report.id);
    const fromReport = dominant(sameReport, claim.eventClass);
    const counted = fromReport ?? dominant(claims, claim.eventClass);
    if (counted === null) continue;
    out.push({ ...claim, counted, rules: [...claim.rules, fromReport !== null ? 'reconcile/counted-from-report' : 'reconcile/counted-from-story'] });
  }
  return out;
}

/** What alignment needs besides the two claims. */
export interface AlignmentContext {
  readonly roundToleranceDays: number;
  readonly approximateTolerance: number;
  /** Largest ratio of two disagreeing figures that can be a dispute (`DISPUTE_MAX_RATIO`). */
  readonly disputeMaxRatio: number;
  /**
   * Claims whose report gives other, differing figures for the same thing without calling one an
   * update: which of them another source's figure answers is unknown, so they never dispute.
   */
  readonly ambiguous: ReadonlySet<QuantityClaim>;
}

/** True when two claims are about the same thing, whatever their values (see the module comment). */
function isSameThing(a: QuantityClaim, b: QuantityClaim, roundToleranceDays: number): boolean {
  if (a.counted === null || b.counted === null) return false;
  if (a.eventClass !== null && b.eventClass !== null && a.eventClass !== b.eventClass) return false;
  if (a.counted.head !== b.counted.head || !areModifiersCompatible(a.counted.modifiers, b.counted.modifiers)) return false;
  if ((a.qualifier?.id ?? null) !== (b.qualifier?.id ?? null)) return false;
  if (a.date === null || b.date === null) return true;
  return gapInDays(a.date.interval, b.date.interval) <= roundToleranceDays;
}

/**
 * True when two claims can stand in one fact: they are about the same thing and, when their
 * figures differ, the difference can be a dispute. It cannot when an event is unknown (a dispute
 * needs two claims known to speak of the same event), when both are in one sentence ("12 died in
 * the north and 15 in the south"), when both are in one report that does not call one an update
 * ("had earlier given a toll of 12"), when either claim is ambiguous, or when the figures are
 * too far apart in size to be rival counts (`disputeMaxRatio`). Open hedges do not count
 * as agreement there ("at least 45" must not take in "about 600").
 */
export function areClaimsAligned(a: QuantityClaim, b: QuantityClaim, context: AlignmentContext): boolean {
  if (!isSameThing(a, b, context.roundToleranceDays)) return false;
  if (doClaimsAgreeClosely(a, b, context.approximateTolerance)) return true;
  // A share ("140 of the passengers") and a whole only align on the same figure.
  if (a.eventClass === null || b.eventClass === null || isSameSentence(a, b) || a.partitive !== b.partitive) return false;
  if (context.ambiguous.has(a) || context.ambiguous.has(b)) return false;
  if (a.report.id === b.report.id && !isUpdate(a) && !isUpdate(b)) return false;
  return isWithinRatio(a.quantity.value, b.quantity.value, context.disputeMaxRatio);
}

/** True when the figures are close enough in size to be rival counts of one thing (12 vs 2 million are not). */
function isWithinRatio(x: number, y: number, maxRatio: number): boolean {
  const [small, large] = [Math.abs(x), Math.abs(y)].sort((p, q) => p - q) as [number, number];
  return small === 0 || large / small <= maxRatio;
}

/** Claims whose own report gives another differing figure for the same thing, neither an update. */
export function findAmbiguousClaims(
  claims: readonly QuantityClaim[],
  context: Pick<AlignmentContext, 'roundToleranceDays' | 'approximateTolerance'>,
): Set<QuantityClaim> {
  const ambiguous = new Set<QuantityClaim>();
  for (const a of claims) {
    for (const b of claims) {
      if (a === b || a.report.id !== b.report.id || isUpdate(a) || isUpdate(b)) continue;
      // A claim without a known event only ever joins agreeing figures: it makes nothing ambiguous.
      if (a.eventClass === null || b.eventClass === null) continue;
      if (a.partitive !== b.partitive || !isSameThing(a, b, context.roundToleranceDays)) continue;
      if (doClaimsAgreeClosely(a, b, context.approximateTolerance)) continue;
      ambiguous.add(a);
    }
  }
  return ambiguous;
}

/**
 * Aligns claims into clusters, in story order. A claim joins a cluster when it aligns with every
 * claim already in it; among several, it prefers one whose values it agrees with, then the
 * larger, then the earlier, so "prisoners" joins "political prisoners" only when the story has no
 * other kind of prisoner it could mean.
 */
export function alignQuantityClaims(
  claims: readonly QuantityClaim[],
  settings: Pick<AlignmentContext, 'roundToleranceDays' | 'approximateTolerance' | 'disputeMaxRatio'>,
): QuantityCluster[] {
  const ambiguous = findAmbiguousClaims(claims, settings);
  const context: AlignmentContext = { ...settings, ambiguous };
  const sorted = [...claims].sort((a, b) => a.order - b.order);
  const clusters: QuantityClaim[][] = [];
  for (const claim of sorted) {
    const candidates = clusters.filter((cluster) => cluster.every((c) => areClaimsAligned(c, claim, context)));
    const agreeing = candidates.filter((cluster) => cluster.some((c) => doBoundsAgree(c.bounds, claim.bounds)));
    const meanings = new Set(candidates.map((cluster) => modifiersOf(cluster)));
    let chosen: QuantityClaim[] | undefined;
    if (meanings.size > 1) chosen = agreeing.length === 1 ? agreeing[0] : undefined;
    else chosen = [...(agreeing.length > 0 ? agreeing : candidates)].sort((x, y) => y.length - x.length)[0];
    if (chosen === undefined) clusters.push([claim]);
    else chosen.push(claim);
  }
  return clusters.map((cluster) => toCluster(creditDepartures(cluster, (x, y) => doBoundsAgree(x.bounds, y.bounds))));
}

/** True when the claim's sentence presents its figure as an update of another ("risen to 15"). */
function isUpdate(claim: QuantityClaim): boolean {
  return UPDATE_MARKERS.test(claim.support.text);
}

function isSameSentence(a: QuantityClaim, b: QuantityClaim): boolean {
  return a.report.id === b.report.id && a.support.start === b.support.start;
}

/**
 * Agreement without leaning on open hedges: the bounds overlap and the stated figures lie within
 * the approximate tolerance of each other (38 and "nearly 40" yes), or, when one is a floor or a
 * ceiling, within `OPEN_HEDGE_MAX_RATIO` of each other ("at least 100" and 123 yes; "at least 45"
 * and 600 no).
 */
export function doClaimsAgreeClosely(a: QuantityClaim, b: QuantityClaim, approximateTolerance: number): boolean {
  if (!doBoundsAgree(a.bounds, b.bounds)) return false;
  const x = a.quantity.value;
  const y = b.quantity.value;
  if (OPEN_HEDGES.has(a.quantity.hedge) || OPEN_HEDGES.has(b.quantity.hedge)) return isWithinRatio(x, y, OPEN_HEDGE_MAX_RATIO);
  return Math.abs(x - y) <= approximateTolerance * Math.max(Math.abs(x), Math.abs(y));
}

/** Hedges that bound a figure on one side only, or loosely: their figures are a floor or a ceiling. */
const OPEN_HEDGES: ReadonlySet<string> = new Set(['at-least', 'more-than', 'at-most', 'less-than', 'vague', 'range']);

/** The union of a cluster's narrowing modifiers: what its claims mean when taken together. */
function modifiersOf(cluster: readonly QuantityClaim[]): string {
  return [...new Set(cluster.flatMap((c) => c.counted!.modifiers))].sort().join('+');
}

function toCluster(claims: readonly QuantityClaim[]): QuantityCluster {
  const sources = [...new Set(claims.map((c) => c.source))];
  const groups = groupValues(claims).sort(
    (a, b) =>
      standingSources(b.claims, claims).length - standingSources(a.claims, claims).length ||
      b.claims.length - a.claims.length ||
      a.claims[0]!.order - b.claims[0]!.order,
  );
  const counted = [...claims]
    .map((c) => c.counted!)
    .sort((a, b) => b.modifiers.length - a.modifiers.length || b.label.length - a.label.length)[0]!;
  const first = claims[0]!;
  const lemmaCounts = new Map<string, number>();
  for (const c of claims) if (c.eventLemma !== null) lemmaCounts.set(c.eventLemma, (lemmaCounts.get(c.eventLemma) ?? 0) + 1);
  const eventLemma = [...lemmaCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const explicitStarts = claims.filter((c) => c.date?.explicit).map((c) => c.date!.interval.start);
  const round = explicitStarts.length > 0 ? String(Math.min(...explicitStarts)) : 'recent';
  const key = [
    'quantity',
    claims.find((c) => c.eventClass !== null)?.eventClass ?? '-',
    counted.head,
    counted.modifiers.join('+') || '-',
    first.qualifier?.id ?? '-',
    claims.every((c) => c.partitive) ? 'partitive' : 'whole',
    round,
  ].join('|');
  return { claims, groups, sources, counted, eventClass: claims.find((c) => c.eventClass !== null)?.eventClass ?? null, eventLemma, key };
}
