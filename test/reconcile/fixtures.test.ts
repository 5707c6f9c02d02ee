import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Account, Fact } from '../../src/core/records.js';
import { reconcile } from '../../src/reconcile/index.js';
import { assertAccountInvariants } from './account-invariants.js';
import { loadFixtures } from './fixture-report.js';

interface ExpectedFact {
  readonly factKind: Fact['factKind'];
  readonly value: string | number;
  readonly status?: Fact['status'];
  readonly independentSources?: number;
  readonly statement?: string;
  /** Words the fact's statement contains, to pick one of several facts with the same value. */
  readonly statementContains?: string;
  readonly values?: readonly { value: string | number; sources: readonly string[] }[];
  readonly relations?: readonly { type: string; to: string | number }[];
  readonly supportReports?: readonly string[];
}

interface Expected {
  readonly facts?: readonly ExpectedFact[];
  readonly quotes?: readonly {
    contains: string;
    match: string;
    speaker: string | null;
    sources: readonly string[];
    diff?: readonly { report: string; removed: readonly string[]; added: readonly string[] }[];
  }[];
  readonly entities?: readonly { name: string; type: string; reports: readonly string[] }[];
  readonly disputed?: number;
  readonly messages?: readonly string[];
}

const describe = (account: Account): string => JSON.stringify(account.facts.map((f) => [f.factKind, f.statement, f.status]), null, 1);

for (const fixture of loadFixtures()) {
  test(`reconcile fixture: ${fixture.slug}`, () => {
    const account = reconcile({ id: fixture.input.story, reports: fixture.reports });
    assertAccountInvariants(account, fixture.reports);
    const expected = fixture.expected as Expected;
    const valueOf = (id: string): string | number | undefined => account.facts.find((f) => f.id === id)?.value;

    for (const want of expected.facts ?? []) {
      const found = account.facts.filter(
        (f) => f.factKind === want.factKind && f.value === want.value && f.statement.includes(want.statementContains ?? ''),
      );
      assert.equal(found.length, 1, `one ${want.factKind} fact of value ${String(want.value)}; facts: ${describe(account)}`);
      const fact = found[0]!;
      if (want.status !== undefined) assert.equal(fact.status, want.status, `status of ${fact.statement}`);
      if (want.independentSources !== undefined) assert.equal(fact.independentSources, want.independentSources, `sources of ${fact.statement}`);
      if (want.statement !== undefined) assert.equal(fact.statement, want.statement);
      if (want.values !== undefined) {
        assert.deepEqual(
          fact.values.map((v) => ({ value: v.value, sources: [...v.sources] })),
          want.values.map((v) => ({ value: v.value, sources: [...v.sources] })),
          `values of ${fact.statement}`,
        );
      }
      if (want.relations !== undefined) {
        assert.deepEqual(
          fact.relations.map((r) => ({ type: r.type, to: valueOf(r.fact) })).sort((a, b) => String(a.to).localeCompare(String(b.to))),
          [...want.relations].sort((a, b) => String(a.to).localeCompare(String(b.to))),
          `relations of ${fact.statement}`,
        );
      }
      if (want.supportReports !== undefined) {
        assert.deepEqual([...new Set(fact.support.map((s) => s.report))], want.supportReports);
      }
    }
    for (const want of expected.quotes ?? []) {
      const quote = account.quotes.find((q) => q.text.includes(want.contains));
      assert.ok(quote, `a quote containing "${want.contains}": ${JSON.stringify(account.quotes.map((q) => q.text))}`);
      assert.equal(quote.match, want.match, `match of "${quote.text}"`);
      assert.equal(quote.speaker, want.speaker);
      assert.deepEqual(quote.sources, want.sources);
      if (want.diff !== undefined) {
        assert.deepEqual(
          (quote.diff ?? []).map((d) => ({ report: d.report, removed: d.removed, added: d.added })),
          want.diff,
        );
      }
    }
    for (const want of expected.entities ?? []) {
      const entity = account.entities.find((e) => e.name === want.name && e.type === want.type);
      assert.ok(entity, `entity ${want.name}: ${JSON.stringify(account.entities)}`);
      assert.deepEqual(entity.reports, want.reports);
    }
    if (expected.disputed !== undefined) {
      assert.equal(account.facts.filter((f) => f.status === 'disputed').length, expected.disputed, `disputed facts: ${describe(account)}`);
    }
    for (const rule of expected.messages ?? []) {
      assert.ok(account.messages.some((m) => m.rule === rule), `a ${rule} message: ${JSON.stringify(account.messages)}`);
    }
  });
}

/**
 * The whole account, without offsets (which follow the sentence splitter), as a golden beside each
 * fixture (`golden.json`). `UPDATE_GOLDENS=1` rewrites them for review in the diff.
 */
function projectAccount(account: Account): unknown {
  const statementOf = new Map(account.facts.map((f) => [f.id, f.statement] as const));
  return {
    facts: account.facts.map((f) => ({
      factKind: f.factKind,
      statement: f.statement,
      status: f.status,
      independentSources: f.independentSources,
      values: f.values.map((v) => ({ value: v.value, sources: v.sources, support: v.support.map((s) => s.report) })),
      relations: f.relations.map((r) => ({ type: r.type, fact: statementOf.get(r.fact), rule: r.rule })),
      rule: f.rule,
    })),
    quotes: account.quotes.map((q) => ({ speaker: q.speaker, text: q.text, match: q.match, sources: q.sources, ...(q.diff ? { diff: q.diff.map((d) => d.edits) } : {}) })),
    entities: account.entities.map((e) => ({ id: e.id, name: e.name, reports: e.reports })),
    messages: account.messages.map((m) => m.rule),
  };
}

for (const fixture of loadFixtures()) {
  test(`reconcile golden: ${fixture.slug}`, () => {
    const actual = projectAccount(reconcile({ id: fixture.input.story, reports: fixture.reports }));
    const path = join(fixture.dir, 'golden.json');
    if (process.env.UPDATE_GOLDENS === '1' || !existsSync(path)) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    assert.deepEqual(actual, JSON.parse(readFileSync(path, 'utf8')));
  });
}

test('reconcile is deterministic: same input, same account', () => {
  for (const fixture of loadFixtures()) {
    const a = reconcile({ id: fixture.input.story, reports: fixture.reports });
    const b = reconcile({ id: fixture.input.story, reports: fixture.reports });
    assert.deepEqual(a, b);
  }
});
