/**
 * Acceptance on the two seed reports (read from ../shared at test time), end to end through the
 * plain-text extractor and annotate. The first tests assume the two seeds are independent sources
 * (derivedFrom null: they are different outlets' own write-ups); one test marks the second as
 * derived from the first, which makes every shared fact one source.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Account, Fact, ReportView } from '../../src/core/records.js';
import { reconcile } from '../../src/reconcile/index.js';
import { sharedPath } from '../support/shared-data.js';
import { assertAccountInvariants } from './account-invariants.js';
import { CONTRADICTING_TEXT, reportFromText, seedReports } from './seed-reports.js';

const quantityFacts = (account: Account, value: number): Fact[] =>
  account.facts.filter((f) => f.factKind === 'quantity' && f.values.some((v) => v.value === value));
const describe = (account: Account): string => JSON.stringify(account.facts.map((f) => [f.statement, f.status]));

let cached: ReportView[] | null = null;
function seeds(dir: string): ReportView[] {
  cached ??= seedReports(dir);
  return cached;
}
/** Quantities come from annotate; until it composes them, the number checks are to-dos. */
const needsQuantities = (reports: readonly ReportView[]): string | false =>
  reports.every((r) => r.annotations.quantities.length === 0) ? 'annotate() finds no quantities yet' : false;

test('seeds (independent): entities, quotes and invariants', (t) => {
  const dir = sharedPath(t, 'seeds');
  if (dir === null) return;
  const reports = seeds(dir);
  const account = reconcile({ id: 'seeds', reports });
  assertAccountInvariants(account, reports);
  const speakerOf = (words: string): string | null | undefined => account.quotes.find((q) => q.text.includes(words))?.speaker;
  assert.equal(speakerOf('Thousands of people have been and continue to be imprisoned'), 'Ales Bialiatski');
  assert.equal(speakerOf('incredible happiness'), 'Maria Kalesnikava');
  for (const name of ['Alexander Lukashenko', 'Ales Bialiatski', 'Maria Kalesnikava', 'Donald Trump']) {
    const found = account.entities.filter((e) => e.type === 'person' && (e.name === name || e.aliases.includes(name)));
    assert.equal(found.length, 1, `${name} is one story entity: ${JSON.stringify(found)}`);
    assert.deepEqual(found[0]!.reports, reports.map((r) => r.id), `${name} appears in both seeds`);
  }
  assert.equal(account.facts.filter((f) => f.status === 'disputed').length, 0, `no disputes: ${describe(account)}`);
});

test('seeds (independent): 123 corroborated; 9 and 114 single-source parts of it', (t) => {
  const dir = sharedPath(t, 'seeds');
  if (dir === null) return;
  const reports = seeds(dir);
  if (needsQuantities(reports)) return t.todo(needsQuantities(reports) as string);
  const account = reconcile({ id: 'seeds', reports });
  const released = quantityFacts(account, 123);
  assert.equal(released.length, 1, `one fact for the 123: ${describe(account)}`);
  const fact = released[0]!;
  assert.equal(fact.status, 'corroborated');
  assert.equal(fact.independentSources, 2);
  assert.deepEqual([...new Set(fact.support.map((s) => s.report))], reports.map((r) => r.id));
  for (const part of [9, 114]) {
    const [partFact] = quantityFacts(account, part);
    assert.ok(partFact, `a fact for ${part}: ${describe(account)}`);
    assert.equal(partFact.status, 'single-source');
    assert.ok(partFact.relations.some((r) => r.type === 'part-of' && r.fact === fact.id), `${part} is part of the 123`);
    assert.ok(fact.relations.some((r) => r.type === 'sum-of' && r.fact === partFact.id), `the 123 is the sum of ${part}`);
  }
  assert.equal(account.facts.filter((f) => f.status === 'disputed').length, 0, `no disputes: ${describe(account)}`);
});

test('seeds (second derived from the first): the 123 is one source', (t) => {
  const dir = sharedPath(t, 'seeds');
  if (dir === null) return;
  const reports = seeds(dir);
  if (needsQuantities(reports)) return t.todo(needsQuantities(reports) as string);
  const derived = reports.map((r, i) => (i === 1 ? { ...r, derivedFrom: reports[0]!.id } : r));
  const account = reconcile({ id: 'seeds', reports: derived });
  assertAccountInvariants(account, derived);
  const [fact] = quantityFacts(account, 123);
  assert.ok(fact);
  assert.equal(fact.status, 'single-source');
  assert.deepEqual(fact.values[0]!.sources, [reports[0]!.id]);
  assert.equal(new Set(fact.support.map((s) => s.report)).size, 2, 'both reports still cite it');
});

test('seeds plus a third report saying 52: the release count is disputed', (t) => {
  const dir = sharedPath(t, 'seeds');
  if (dir === null) return;
  const third = reportFromText('third-52', CONTRADICTING_TEXT, { published: '2025-12-14', outlet: 'Test Wire' });
  const reports = [...seeds(dir), third];
  if (needsQuantities(reports)) return t.todo(needsQuantities(reports) as string);
  const account = reconcile({ id: 'seeds', reports });
  assertAccountInvariants(account, reports);
  const disputed = account.facts.filter((f) => f.status === 'disputed');
  assert.equal(disputed.length, 1, `one dispute: ${describe(account)}`);
  const fact = disputed[0]!;
  assert.deepEqual(
    fact.values.map((v) => ({ value: v.value, sources: v.sources })),
    [
      { value: 123, sources: reports.slice(0, 2).map((r) => r.id) },
      { value: 52, sources: ['third-52'] },
    ],
  );
  assert.match(fact.statement, /123 \(2 sources\) vs 52 \(1 source\)/u);
  assert.ok(account.messages.some((m) => m.rule === 'reconcile/disputed-fact' && m.reason.includes('52')));
  // The parts still add up to the best supported value.
  const [nine] = quantityFacts(account, 9);
  assert.ok(nine?.relations.some((r) => r.type === 'part-of' && r.fact === fact.id));
});
