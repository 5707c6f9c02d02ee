/**
 * Date facts: when an event happened, keyed by the event they date (a quantity fact such as
 * "123 political prisoners freed", or a statement fact), so two rounds of one kind of event never
 * compare their dates, and two sources dating the same event differently make a dispute.
 */
import type { Fact, FactValue, Message, ReportView, Support, TimeExpression } from '../core/records.js';
import { doBoundsAgree } from './bounds-of.js';
import { dayNumber } from './day-interval.js';
import { creditDepartures } from './group-sources.js';
import { decideStatus, disputeMessage } from './decide-status.js';
import { describeValues, formatDate } from './describe-fact.js';
import { groupValues } from './group-values.js';
import { uniqueSupports } from './support-of.js';

export interface DateClaim {
  readonly report: ReportView;
  readonly source: string;
  readonly order: number;
  readonly time: TimeExpression;
  readonly support: Support;
}

/** An event with the dates its reports give it. */
export interface DatedEvent {
  /** Alignment key of the event's own fact. */
  readonly key: string;
  /** The event as a phrase ("123 political prisoners freed"). */
  readonly label: string;
  readonly claims: readonly DateClaim[];
}

export interface DateFactsContext {
  readonly makeId: (key: string) => string;
  readonly reportOrder: ReadonlyMap<string, number>;
}

/**
 * One date fact per dated event. Dates agree when their days overlap ("December" and
 * "13 December" agree; the 12th and the 13th do not).
 */
export function buildDateFacts(events: readonly DatedEvent[], context: DateFactsContext): { facts: Fact[]; messages: Message[] } {
  const facts: Fact[] = [];
  const messages: Message[] = [];
  for (const event of events) {
    let claims = event.claims
      .map((c) => {
        const low = dayNumber(c.time.startDate);
        const high = dayNumber(c.time.endDate) ?? low;
        return low === null ? null : { ...c, bounds: { low, high: Math.max(low, high ?? low) } };
      })
      .filter((c) => c !== null);
    if (claims.length === 0) continue;
    claims = creditDepartures(claims, (a, b) => doBoundsAgree(a.bounds, b.bounds));
    const groups = groupValues(claims).sort(
      (a, b) => new Set(b.claims.map((c) => c.source)).size - new Set(a.claims.map((c) => c.source)).size || a.claims[0]!.order - b.claims[0]!.order,
    );
    const values: FactValue[] = groups.map((g) => ({
      value: formatDate(g.representative.time.startDate!, g.representative.time.endDate, g.representative.time.precision),
      sources: [...new Set(g.claims.map((c) => c.source))],
      support: uniqueSupports(g.claims.map((c) => c.support), context.reportOrder),
    }));
    const sources = [...new Set(claims.map((c) => c.source))];
    const status = decideStatus(values.length, sources.length);
    const id = context.makeId(`date|${event.key}`);
    const statement =
      status === 'disputed'
        ? `Date of “${event.label}”: ${describeValues(values.map((v) => ({ text: String(v.value), sources: v.sources.length })))}`
        : `Date of “${event.label}”: ${String(values[0]!.value)}`;
    if (status === 'disputed') messages.push(disputeMessage(id, statement, values));
    facts.push({
      kind: 'fact',
      id,
      factKind: 'date',
      statement,
      status,
      independentSources: sources.length,
      value: values[0]!.value,
      values,
      support: uniqueSupports(claims.map((c) => c.support), context.reportOrder),
      relations: [],
      rule: `reconcile/date-${status}`,
    });
  }
  return { facts, messages };
}
