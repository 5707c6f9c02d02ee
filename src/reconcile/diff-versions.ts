/**
 * What changed between versions of one article, read off one account of its versions: each
 * version reconciled as a source of its own, so a fact the versions agree on is one value, and a
 * figure the outlet changed is two (the way two sources that disagree would be).
 */
import type { Fact, FactRevision, FactValue, ReportView, RevisedValue, Revision, VersionLink } from '../core/records.js';
import { reconcileReports, type PlainAccount } from './reconcile-reports.js';
import type { VersionChain } from './latest-versions.js';
import { disputedSubject, formatAmount } from './describe-fact.js';
import { diffWords } from './word-diff.js';
import { quoteWords } from './quote-words.js';
import type { ReconcileSettings } from './settings.js';

/** An article's versions, their account as separate sources, and what each version changed. */
export interface VersionHistory {
  readonly chain: VersionChain;
  readonly account: PlainAccount;
  readonly revisions: readonly Revision[];
}

/**
 * The value group of `fact` a version gives: one it is a source of, else one it only supports
 * (a figure it gives as superseded, "had earlier given 12"); null when the version does not state
 * the fact.
 */
export function valueIn(fact: Fact, report: string): FactValue | null {
  return fact.values.find((v) => v.sources.includes(report)) ?? fact.values.find((v) => v.support.some((s) => s.report === report)) ?? null;
}

/** A value group as one version gives it: the group's value, with that version's words. */
export function revisedValue(value: FactValue, report: string): RevisedValue {
  return {
    value: value.value,
    ...(value.low !== undefined ? { low: value.low } : {}),
    ...(value.high !== undefined ? { high: value.high } : {}),
    ...(value.hedge !== undefined ? { hedge: value.hedge } : {}),
    support: value.support.filter((s) => s.report === report),
  };
}

function valueWords(value: FactValue): string {
  if (typeof value.value !== 'number') return String(value.value);
  return formatAmount(value.value, value.hedge, { low: value.low ?? value.value, high: value.high ?? Number.POSITIVE_INFINITY });
}

/** The change `fact` underwent from `previous` to `report`, or null when it did not change. */
function factChange(fact: Fact, link: VersionLink): FactRevision | null {
  const before = valueIn(fact, link.previous);
  const after = valueIn(fact, link.report);
  if (before === after) return null;
  const subject = fact.status === 'disputed' ? disputedSubject(fact.statement) : null;
  const described = (v: FactValue) => (subject ? `${subject}: ${valueWords(v)}` : fact.statement);
  const base = { kind: 'fact-revision', factKind: fact.factKind, subject: subject ?? fact.statement, from: before && revisedValue(before, link.previous), to: after && revisedValue(after, link.report) } as const;
  if (before && after) return { ...base, change: 'changed', statement: `${subject ?? fact.statement}: ${valueWords(before)} → ${valueWords(after)}`, rule: 'reconcile/revision-value-changed' };
  if (after) return { ...base, change: 'added', statement: described(after), rule: 'reconcile/revision-fact-added' };
  return { ...base, change: 'removed', statement: described(before!), rule: 'reconcile/revision-fact-removed' };
}

/** Quotes both versions carry in other words. */
function rewordedQuotes(account: PlainAccount, link: VersionLink): FactRevision[] {
  const changes: FactRevision[] = [];
  for (const quote of account.quotes) {
    if (quote.match === 'verbatim' || quote.match === 'single') continue;
    const before = quote.support.find((s) => s.report === link.previous);
    const after = quote.support.find((s) => s.report === link.report);
    if (!before || !after) continue;
    const diff = diffWords(quoteWords(before.text).words, quoteWords(after.text).words);
    if (diff.added.length === 0 && diff.removed.length === 0) continue;
    changes.push({
      kind: 'fact-revision',
      change: 'reworded',
      factKind: 'quote',
      statement: `${quote.speaker ?? 'Unattributed'}: “${after.text}”`,
      subject: quote.speaker ?? 'Unattributed',
      from: { value: before.text, support: [before] },
      to: { value: after.text, support: [after] },
      edits: diff.edits,
      rule: 'reconcile/revision-quote-reworded',
    });
  }
  return changes;
}

/** The order changes are listed in: what a reader looks for first. */
const CHANGE_ORDER: Readonly<Record<FactRevision['change'], number>> = { changed: 0, reworded: 1, added: 2, removed: 3 };

/**
 * Reconciles an article's versions as sources of their own (their own derivations set aside: a
 * version is not a copy of the one it updates) and, for each link, lists the facts whose value
 * changed, that were added or removed, the quotes reworded, and a changed title. Pure; `seed`
 * seeds the fact ids of the versions' account.
 *
 * @example
 * diffVersions({ members: [v1, v2], links: [{ report: 'v2', previous: 'v1' }] }, 's1', DEFAULT_SETTINGS)
 *   .revisions[0].changes[0].statement // 'people killed: 12 → 15'
 */
export function diffVersions(chain: VersionChain, seed: string, settings: ReconcileSettings): VersionHistory {
  const independent: ReportView[] = chain.members.map((m) => (m.derivedFrom === null ? m : { ...m, derivedFrom: null }));
  const account = reconcileReports(`${seed}/versions/${chain.members[0]?.id ?? ''}`, independent, settings);
  const byId = new Map(chain.members.map((m) => [m.id, m] as const));
  const revisions: Revision[] = chain.links.map((link) => {
    const before = byId.get(link.previous)?.article.title ?? null;
    const after = byId.get(link.report)?.article.title ?? null;
    const changes = [...account.facts.flatMap((f) => factChange(f, link) ?? []), ...rewordedQuotes(account, link)]
      .sort((a, b) => CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change]);
    return {
      kind: 'revision',
      report: link.report,
      previous: link.previous,
      title: (before ?? '').trim() === (after ?? '').trim() ? null : { from: before, to: after, rule: 'reconcile/revision-title-changed' },
      changes,
    };
  });
  return { chain, account, revisions };
}
