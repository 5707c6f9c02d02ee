import assert from 'node:assert/strict';
import type { Account, ReportView } from '../../src/core/records.js';

/** Invariants every account must keep, checked before any golden comparison. */
export function assertAccountInvariants(account: Account, reports: readonly ReportView[]): void {
  const texts = new Map(reports.map((r) => [r.id, r.article.text] as const));
  const ids = new Set<string>();
  const checkSupport = (where: string, s: { report: string; start: number; end: number; text: string }): void => {
    const text = texts.get(s.report);
    assert.ok(text !== undefined, `${where}: support names unknown report ${s.report}`);
    assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `${where}: support out of bounds`);
    assert.equal(text.slice(s.start, s.end), s.text, `${where}: support text is not the slice`);
  };
  for (const fact of account.facts) {
    assert.match(fact.rule, /^reconcile\/[a-z-]+$/u, `fact ${fact.id} has a rule id`);
    assert.ok(!ids.has(fact.id), `fact id ${fact.id} is unique`);
    ids.add(fact.id);
    assert.ok(fact.support.length > 0, `fact ${fact.id} has support`);
    assert.ok(fact.values.length > 0, `fact ${fact.id} has values`);
    assert.equal(fact.status === 'disputed', fact.values.length > 1, `fact ${fact.id}: disputed iff several values`);
    assert.equal(fact.value, fact.values[0]!.value);
    for (const s of fact.support) checkSupport(`fact ${fact.id}`, s);
    for (const v of fact.values) for (const s of v.support) checkSupport(`fact ${fact.id} value ${String(v.value)}`, s);
  }
  for (const fact of account.facts) {
    for (const r of fact.relations) {
      assert.ok(ids.has(r.fact), `fact ${fact.id}: relation to unknown fact ${r.fact}`);
      assert.ok(r.rule.startsWith('reconcile/'), `fact ${fact.id}: relation has a rule`);
    }
  }
  for (const quote of account.quotes) for (const s of quote.support) checkSupport(`quote "${quote.text}"`, s);
  const entityIds = account.entities.map((e) => e.id);
  assert.equal(new Set(entityIds).size, entityIds.length, 'entity ids are unique');
  for (const m of account.messages) assert.ok(m.rule.startsWith('reconcile/'), `message has a rule: ${m.reason}`);
}

