import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { annotate, ANNOTATE_RULES, ANNOTATE_RULE_IDS } from '../../src/annotate/index.js';
import { sharedPath } from '../support/shared-data.js';
import { allFixtureInputs, spannedRecords } from './annotate-support.js';

/** Rule ids of the stages that keep their own tables (quantities, times) are checked for shape only. */
const OWN_PREFIXES = ['sentence/', 'entity/', 'quote/', 'statement/', 'annotate/'];

test('the rule table declares every id once', () => {
  const ids = ANNOTATE_RULES.map(([id]) => id);
  const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
  assert.deepEqual(dupes, []);
  for (const id of ids) assert.match(id, /^[a-z]+\/[a-z0-9-]+$/);
});

function checkProvenance(name: string, text: string): void {
  const a = annotate({ text, published: '2025-12-13', language: 'en' });
  for (const { list, record } of spannedRecords(a)) {
    const where = `${name}: ${list} ${JSON.stringify(record).slice(0, 160)}`;
    assert.ok(record.start >= 0 && record.end <= text.length && record.start < record.end, `span out of bounds: ${where}`);
    if (record.text !== undefined) assert.equal(record.text, text.slice(record.start, record.end), `text differs from slice: ${where}`);
    assert.ok(typeof record.rule === 'string' && record.rule.length > 0, `rule missing: ${where}`);
    if (OWN_PREFIXES.some((p) => record.rule!.startsWith(p))) assert.ok(ANNOTATE_RULE_IDS.has(record.rule!), `undeclared rule ${record.rule}: ${where}`);
  }
  for (const q of a.quotes) {
    if (q.speakerSpan) assert.ok(q.speakerSpan.start >= 0 && q.speakerSpan.end <= text.length, `${name}: speaker span`);
    if (q.speaker) assert.ok(a.entities.some((e) => e.key === q.speaker), `${name}: quote speaker ${q.speaker} is no entity`);
  }
  for (const s of a.statements) {
    for (const sp of [s.subjectSpan, s.objectSpan]) if (sp) assert.ok(sp.start >= s.start && sp.end <= s.end, `${name}: statement part outside its span`);
    for (const k of [s.subject, s.object]) if (k) assert.ok(a.entities.some((e) => e.key === k), `${name}: statement entity ${k}`);
    for (const i of s.quantities) assert.ok(a.quantities[i], `${name}: statement quantity index ${i}`);
  }
  const keys = a.entities.map((e) => e.key);
  assert.equal(new Set(keys).size, keys.length, `${name}: duplicate entity keys`);
  for (const m of a.mentions) assert.ok(keys.includes(m.entity), `${name}: mention of unknown entity ${m.entity}`);
  for (const e of a.entities) assert.ok(e.aliases.includes(e.name), `${name}: ${e.key} lacks its name among aliases`);
  assert.deepEqual(a.messages.filter((m) => m.severity === 'error').map((m) => m.reason), [], `${name}: error messages`);
  for (const m of a.messages) assert.ok(ANNOTATE_RULE_IDS.has(m.rule) || !OWN_PREFIXES.some((p) => m.rule.startsWith(p)), `${name}: message rule ${m.rule}`);
}

test('every record over every fixture: span in bounds, text equals the slice, rule declared', () => {
  const fixtures = allFixtureInputs();
  assert.ok(fixtures.length > 0);
  for (const f of fixtures) checkProvenance(f.slug, f.text);
});

test('every record over the seed reports: span in bounds, text equals the slice, rule declared', (t) => {
  const dir = sharedPath(t, 'seeds');
  if (!dir) return;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) checkProvenance(name, readFileSync(`${dir}/${name}`, 'utf8'));
});

test('annotate is deterministic', () => {
  const text = allFixtureInputs().map((f) => f.text).join('\n\n');
  const one = annotate({ text, published: null, language: 'en' });
  const two = annotate({ text, published: null, language: 'en' });
  assert.deepEqual(one, two);
});

test('empty text is a message, not an exception; misuse throws', () => {
  const a = annotate({ text: '  ', published: null, language: null });
  assert.equal(a.sentences.length, 0);
  assert.equal(a.messages[0]?.rule, 'annotate/no-sentences');
  assert.throws(() => annotate({ text: undefined as unknown as string, published: null, language: null }), /input\.text/);
});
