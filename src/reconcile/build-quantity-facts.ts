/**
 * Quantity facts: aligned claims written out with their values, sources, support and relations.
 */
import type { Fact, FactValue, Message, Support } from '../core/records.js';
import { isShare, relateQuantities, type IdentifiedCluster } from './relate-quantities.js';
import { standingSources, type QuantityCluster } from './align-quantity-claims.js';
import type { QuantityClaim } from './collect-quantity-claims.js';
import type { ValueGroup } from './group-values.js';
import { decideStatus, disputeMessage } from './decide-status.js';
import { describeQuantitySubject, describeValues, formatAmount, formatDate } from './describe-fact.js';
import { uniqueSupports } from './support-of.js';

export interface QuantityFactsContext {
  readonly makeId: (key: string) => string;
  readonly reportOrder: ReadonlyMap<string, number>;
  readonly roundToleranceDays: number;
}

export interface QuantityFacts {
  readonly facts: readonly Fact[];
  readonly identified: readonly IdentifiedCluster[];
  readonly messages: readonly Message[];
}

/** Writes quantity clusters out as facts, relations between them included. */
export function buildQuantityFacts(clusters: readonly QuantityCluster[], context: QuantityFactsContext): QuantityFacts {
  const identified: IdentifiedCluster[] = clusters.map((cluster) => ({
    id: context.makeId(cluster.key),
    cluster,
    statement: describeCluster(cluster, cluster.groups[0]!),
  }));
  const { relations, messages } = relateQuantities(identified, context.roundToleranceDays);
  const allMessages: Message[] = [...messages];
  const facts = identified.map(({ id, cluster }) => {
    const values: FactValue[] = cluster.groups.map((group) => valueOf(group, cluster.claims, context.reportOrder));
    const status = decideStatus(values.length, cluster.sources.length);
    const statement =
      status === 'disputed'
        ? `${subjectOf(cluster, cluster.groups[0]!)}: ${describeValues(
            cluster.groups.map((g) => ({ text: amountOf(g), sources: standingSources(g.claims, cluster.claims).length })),
          )}`
        : describeCluster(cluster, cluster.groups[0]!);
    if (status === 'disputed') allMessages.push(disputeMessage(id, statement, values));
    const fact: Fact = {
      kind: 'fact',
      id,
      factKind: 'quantity',
      statement,
      status,
      independentSources: cluster.sources.length,
      value: values[0]!.value,
      values,
      support: uniqueSupports(cluster.claims.map((c) => c.support), context.reportOrder),
      relations: relations.get(id) ?? [],
      rule: `reconcile/quantity-${status}`,
    };
    return fact;
  });
  return { facts, identified, messages: allMessages };
}

function amountOf(group: ValueGroup<QuantityClaim>): string {
  const q = group.representative.quantity;
  return formatAmount(q.value, q.hedge, group.representative.bounds);
}

function subjectOf(cluster: QuantityCluster, group: ValueGroup<QuantityClaim>, withDate = true): string {
  const first = cluster.claims[0]!;
  const dated = !withDate ? null : cluster.claims.find((c) => c.date?.explicit && c.date.time !== null)?.date?.time ?? null;
  const date =
    dated === null || dated.startDate === null
      ? null
      : `${dated.precision === 'day' || dated.precision === null ? 'on' : 'in'} ${formatDate(dated.startDate, dated.endDate, dated.precision)}`;
  return describeQuantitySubject({
    label: cluster.counted.label,
    value: group.representative.quantity.value,
    eventLemma: cluster.eventLemma,
    qualifier: first.qualifier?.name ?? null,
    partitive: isShare(cluster),
    date,
  });
}

function describeCluster(cluster: QuantityCluster, group: ValueGroup<QuantityClaim>, withDate = true): string {
  return `${amountOf(group)} ${subjectOf(cluster, group, withDate)}`;
}

/** A quantity fact as a phrase without its date, for the date fact that dates it. */
export function describeUndated(cluster: QuantityCluster): string {
  return describeCluster(cluster, cluster.groups[0]!, false);
}

function valueOf(group: ValueGroup<QuantityClaim>, all: readonly QuantityClaim[], reportOrder: ReadonlyMap<string, number>): FactValue {
  const q = group.representative.quantity;
  const supports: Support[] = group.claims.map((c) => c.support);
  return {
    value: q.value,
    ...(Number.isFinite(group.bounds.low) ? { low: group.bounds.low } : {}),
    ...(Number.isFinite(group.bounds.high) ? { high: group.bounds.high } : {}),
    hedge: q.hedge,
    sources: standingSources(group.claims, all),
    support: uniqueSupports(supports, reportOrder),
  };
}

