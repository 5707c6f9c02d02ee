/**
 * Statement facts: who did what to whom. Statements align when their verbs are of one event class,
 * their subjects are the same story entity (or both unnamed) and their objects are the same
 * entity or share most content words ("sanctions on Belarusian potash" and "sanctions on
 * Belarusian potash exports"). A country and its government are one actor (`actorKeyOf`). An affirmed and a negated statement of the same thing dispute.
 */
import type { AccountEntity, Fact, FactValue, Message, ReportView, Statement, Support, TimeExpression } from '../core/records.js';
import { classifyEvent, pastTenseOf } from './classify-event.js';
import { STOP_WORDS } from './counted-words.js';
import { dayNumber } from './day-interval.js';
import { creditDepartures } from './group-sources.js';
import { decideStatus, disputeMessage } from './decide-status.js';
import { describeValues } from './describe-fact.js';
import type { DatedEvent } from './build-date-facts.js';
import { actorKeyOf } from './merge-entities.js';
import { singularise } from './normalise-counted.js';
import { resolveTimes } from './resolve-times.js';
import { findSentence, sentenceSupportOf, uniqueSupports } from './support-of.js';

export interface StatementClaim {
  readonly report: ReportView;
  readonly source: string;
  readonly order: number;
  readonly statement: Statement;
  readonly verbClass: string;
  readonly subject: AccountEntity | null;
  readonly object: AccountEntity | null;
  readonly objectWords: readonly string[];
  readonly support: Support;
  /** A dated time in the statement's sentence when no number there claims it. */
  readonly time: TimeExpression | null;
}

export interface StatementFactsContext {
  readonly makeId: (key: string) => string;
  readonly reportOrder: ReadonlyMap<string, number>;
  readonly objectMinOverlap: number;
  readonly entityOf: (report: string, key: string | null) => AccountEntity | null;
}

/** Content words of an object phrase, singular, lower case, without numbers. */
export function contentWords(phrase: string | null): string[] {
  if (phrase === null) return [];
  const words = phrase.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  return [...new Set(words.map(singularise))].sort();
}

/** Content words an object phrase needs when neither subject nor object is a named entity. */
const MIN_BARE_OBJECT_WORDS = 2;

/** Reads a report's statements into claims; statements naming neither subject nor object are left out. */
export function collectStatementClaims(
  report: ReportView,
  source: string,
  orderBase: number,
  entityOf: StatementFactsContext['entityOf'],
): StatementClaim[] {
  const { statements, quantities } = report.annotations;
  const times = resolveTimes(report);
  const claims: StatementClaim[] = [];
  for (const statement of statements) {
    const subject = entityOf(report.id, statement.subject);
    const object = entityOf(report.id, statement.object);
    const objectWords = contentWords(statement.objectText);
    // Without a named subject or object, only an object of some substance says anything checkable.
    if (subject === null && object === null && objectWords.length < MIN_BARE_OBJECT_WORDS) continue;
    const sentence = findSentence(report, statement);
    const hasNumber = quantities.some((q) => q.start >= sentence.start && q.start < sentence.end);
    const sameSentence = statements.filter((s) => s.start >= sentence.start && s.start < sentence.end);
    const time = hasNumber
      ? null
      : (times.find(
          (t) =>
            t.type === 'date' &&
            t.relation === 'on' &&
            dayNumber(t.startDate) !== null &&
            t.start >= sentence.start &&
            t.start < sentence.end &&
            nearestStatement(sameSentence, t) === statement,
        ) ?? null);
    claims.push({
      report,
      source,
      order: orderBase + statement.start,
      statement,
      verbClass: classifyEvent(statement.verb) ?? statement.verb,
      subject,
      object,
      objectWords,
      support: sentenceSupportOf(report, statement),
      time,
    });
  }
  return claims;
}

/** The name most claims use, then the shortest ("United States" over "Government of the United States"). */
function chooseName(entities: readonly (AccountEntity | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const e of entities) if (e !== null) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

function nearestStatement(statements: readonly Statement[], time: TimeExpression): Statement | undefined {
  const distance = (s: Statement): number => (s.start >= time.end ? s.start - time.end : Math.max(0, time.start - s.end));
  return [...statements].sort((a, b) => distance(a) - distance(b))[0];
}

/** Shared content words over the smaller set's size: a shorter object phrase inside a longer one matches. */
function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const shared = a.filter((w) => b.includes(w)).length;
  return shared / Math.min(a.length, b.length);
}

/** True when two statement claims state the same thing (see the module comment). */
export function areStatementsAligned(a: StatementClaim, b: StatementClaim, objectMinOverlap: number): boolean {
  if (a.verbClass !== b.verbClass) return false;
  if (actorKeyOf(a.subject) !== actorKeyOf(b.subject)) return false;
  if (a.object !== null && b.object !== null) return actorKeyOf(a.object) === actorKeyOf(b.object);
  return overlap(a.objectWords, b.objectWords) >= objectMinOverlap;
}

/** Aligns statement claims into facts, and returns the events they date for date facts. */
export function buildStatementFacts(
  claims: readonly StatementClaim[],
  context: StatementFactsContext,
): { facts: Fact[]; messages: Message[]; dated: DatedEvent[] } {
  const clusters: StatementClaim[][] = [];
  for (const claim of [...claims].sort((a, b) => a.order - b.order)) {
    const cluster = clusters.find((c) => c.every((other) => areStatementsAligned(other, claim, context.objectMinOverlap)));
    if (cluster === undefined) clusters.push([claim]);
    else cluster.push(claim);
  }
  const facts: Fact[] = [];
  const messages: Message[] = [];
  const dated: DatedEvent[] = [];
  for (const aligned of clusters) {
    const cluster = creditDepartures(aligned, (a, b) => a.statement.negated === b.statement.negated);
    const first = cluster[0]!;
    let objectLabel =
      first.object?.name ??
      // The shortest object phrase is the part every source shares, without appositions.
      [...cluster]
        .filter((c) => (c.statement.objectText ?? '') !== '')
        .sort((a, b) => a.statement.objectText!.length - b.statement.objectText!.length)[0]?.statement.objectText ??
      '';
    // Sources that give different figures in the object ("123 prisoners", "52 prisoners") agree
    // on the statement, not the number: the number is left to the quantity fact.
    const figures = new Set(cluster.flatMap((c) => (c.statement.objectText ?? '').match(/\d[\d,.]*/gu) ?? []));
    if (figures.size > 1) objectLabel = objectLabel.replace(/\b\d[\d,.]*\s+/gu, '');
    const key = ['statement', first.verbClass, actorKeyOf(first.subject) ?? '-', first.object?.id ?? first.objectWords.join('+')].join('|');
    const id = context.makeId(key);
    const byPolarity = [false, true]
      .map((negated) => cluster.filter((c) => c.statement.negated === negated))
      .filter((group) => group.length > 0)
      .sort((a, b) => new Set(b.map((c) => c.source)).size - new Set(a.map((c) => c.source)).size);
    const values: FactValue[] = byPolarity.map((group) => ({
      value: group[0]!.statement.negated ? 'denied' : 'affirmed',
      sources: [...new Set(group.map((c) => c.source))],
      support: uniqueSupports(group.map((c) => c.support), context.reportOrder),
    }));
    const sources = [...new Set(cluster.map((c) => c.source))];
    const status = decideStatus(values.length, sources.length);
    const subjectName = chooseName(cluster.map((c) => c.subject)) ?? 'Someone';
    const lemma = first.statement.verb.toLowerCase();
    const affirmed = `${subjectName} ${pastTenseOf(lemma)} ${objectLabel}`.trim();
    const label = `${subjectName} ${first.statement.negated ? `did not ${lemma}` : pastTenseOf(lemma)} ${objectLabel}`.trim();
    const statement =
      status === 'disputed'
        ? `${affirmed}: ${describeValues(values.map((v) => ({ text: String(v.value), sources: v.sources.length })))}`
        : label;
    if (status === 'disputed') messages.push(disputeMessage(id, statement, values));
    facts.push({
      kind: 'fact',
      id,
      factKind: 'statement',
      statement,
      status,
      independentSources: sources.length,
      value: values[0]!.value,
      values,
      support: uniqueSupports(cluster.map((c) => c.support), context.reportOrder),
      relations: [],
      rule: `reconcile/statement-${status}`,
    });
    const dates = cluster.filter((c) => c.time !== null);
    if (dates.length > 0) {
      dated.push({
        key,
        label: affirmed,
        claims: dates.map((c) => ({ report: c.report, source: c.source, order: c.order, time: c.time!, support: c.support })),
      });
    }
  }
  return { facts, messages, dated };
}
