/**
 * The account of a set of reports taken as they are: every report counts (versions are the
 * caller's business, see `reconcile`).
 */
import type { Account, Fact, Message, ReportView } from '../core/records.js';
import { alignQuantityClaims, inheritCounted } from './align-quantity-claims.js';
import { buildDateFacts, type DatedEvent } from './build-date-facts.js';
import { buildQuantityFacts, describeUndated } from './build-quantity-facts.js';
import { buildStatementFacts, collectStatementClaims } from './build-statement-facts.js';
import { collectQuantityClaims, type QuantityClaim } from './collect-quantity-claims.js';
import { groupSources } from './group-sources.js';
import { createFactIdMaker } from './make-fact-id.js';
import { mergeEntities } from './merge-entities.js';
import { mergeQuotes } from './merge-quotes.js';
import type { ReconcileSettings } from './settings.js';

/** Offset between reports in claim order: larger than any report's text. */
const REPORT_ORDER_STRIDE = 1e9;

/** An account before revisions are added to it. */
export type PlainAccount = Omit<Account, 'revisions'>;

/**
 * Reconciles reports into one account: story entities, story quotes, and facts (quantities,
 * dates, quotes, statements) aligned across reports, each corroborated, single-source or
 * disputed, counted by independent sources (a report copied or rewritten from another counts
 * with its origin), and traced to the sentences of each report it rests on. `id` seeds the fact ids.
 *
 * @example
 * reconcileReports('story-1', [reportA, reportB], DEFAULT_SETTINGS).facts
 */
export function reconcileReports(id: string, input: readonly ReportView[], settings: ReconcileSettings): PlainAccount {
  const reports = input.map(withDefaults);
  const reportOrder = new Map(reports.map((r, i) => [r.id, i] as const));
  const sourceOf = groupSources(reports);
  const { entities, entityOf } = mergeEntities(reports);
  const makeId = createFactIdMaker(id);
  const messages: Message[] = [];

  // Quantities.
  const rawClaims: QuantityClaim[] = reports.flatMap((report, i) =>
    collectQuantityClaims(report, { source: sourceOf.get(report.id) ?? report.id, orderBase: i * REPORT_ORDER_STRIDE, settings, entityOf }),
  );
  const clusters = alignQuantityClaims(inheritCounted(rawClaims), settings);
  const quantities = buildQuantityFacts(clusters, { makeId, reportOrder, roundToleranceDays: settings.roundToleranceDays });
  messages.push(...quantities.messages);

  // Statements.
  const statementClaims = reports.flatMap((report, i) =>
    collectStatementClaims(report, sourceOf.get(report.id) ?? report.id, i * REPORT_ORDER_STRIDE, entityOf),
  );
  const statements = buildStatementFacts(statementClaims, {
    makeId,
    reportOrder,
    objectMinOverlap: settings.statementObjectMinOverlap,
    entityOf,
  });
  messages.push(...statements.messages);

  // Dates of the events the quantities and statements report.
  const datedQuantities: DatedEvent[] = quantities.identified.map(({ cluster }) => ({
    key: cluster.key,
    label: describeUndated(cluster),
    claims: cluster.claims
      .filter((c) => c.date?.explicit === true && c.date.time !== null)
      .map((c) => ({ report: c.report, source: c.source, order: c.order, time: c.date!.time!, support: c.support })),
  }));
  const dates = buildDateFacts([...datedQuantities, ...statements.dated], { makeId, reportOrder });
  messages.push(...dates.messages);

  // Quotes.
  const quotes = mergeQuotes(reports, { makeId, reportOrder, settings, sourceOf, entityOf });
  messages.push(...quotes.messages);

  const facts: Fact[] = [...quantities.facts, ...dates.facts, ...quotes.facts, ...statements.facts];
  return { kind: 'account', facts, entities, quotes: quotes.quotes, messages };
}

/**
 * The report with every annotation list present: views read back from storage written by an
 * older annotator may lack a list, which means "none found", not an error.
 */
function withDefaults(report: ReportView): ReportView {
  const a = report.annotations ?? {};
  const list = <T>(value: readonly T[] | undefined): readonly T[] => (Array.isArray(value) ? value : []);
  return {
    ...report,
    annotations: {
      kind: 'annotations',
      sentences: list(a.sentences),
      entities: list(a.entities),
      mentions: list(a.mentions),
      quantities: list(a.quantities),
      times: list(a.times),
      quotes: list(a.quotes),
      statements: list(a.statements),
      messages: list(a.messages),
      tagged: a.tagged === true,
    },
  };
}
