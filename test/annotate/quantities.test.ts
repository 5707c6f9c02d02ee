import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Quantity } from '../../src/core/records.js';
import { eventLemmaOf, findQuantities, QUANTITY_RULES, QUANTITY_RULE_IDS } from '../../src/annotate/quantities/index.js';
import { splitForTest } from '../support/split-for-test.js';

/** Fixtures live in the source tree: dist/test/annotate -> test/fixtures/annotate/quantities. */
const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/annotate/quantities/', import.meta.url));

interface Expected {
  readonly present: readonly (Partial<Record<keyof Quantity, unknown>> & { text: string })[];
  readonly absent: readonly string[];
}


function checkInvariants(text: string, quantities: readonly Quantity[]): void {
  for (const q of quantities) {
    assert.equal(q.kind, 'quantity');
    assert.equal(text.slice(q.start, q.end), q.text, `text of ${JSON.stringify(q)}`);
    assert.ok(QUANTITY_RULE_IDS.has(q.rule), `rule ${q.rule} of ${q.text} is not declared in QUANTITY_RULES`);
    assert.ok(q.low <= q.high, `bounds of ${q.text}`);
    if (q.countedSpan) assert.ok(q.countedSpan.start >= 0 && q.countedSpan.end <= text.length && q.countedSpan.start < q.countedSpan.end);
  }
}

for (const slug of readdirSync(FIXTURES).sort()) {
  test(`quantities fixture: ${slug}`, () => {
    const text = readFileSync(`${FIXTURES}${slug}/input.txt`, 'utf8');
    const expected = JSON.parse(readFileSync(`${FIXTURES}${slug}/expected.json`, 'utf8')) as Expected;
    const quantities = findQuantities(text, splitForTest(text));
    checkInvariants(text, quantities);
    for (const want of expected.present) {
      const got = quantities.find((q) => q.text === want.text);
      assert.ok(got, `expected a quantity "${want.text}"; got ${JSON.stringify(quantities.map((q) => q.text))}`);
      for (const [key, value] of Object.entries(want)) {
        const actual: unknown = (got as unknown as Record<string, unknown>)[key];
        const wanted = value === null && (key === 'high' || key === 'low') ? Infinity : value;
        assert.deepEqual(actual, wanted, `${key} of "${want.text}"`);
      }
    }
    for (const absent of expected.absent) {
      const hit = quantities.find((q) => q.text === absent || q.text.startsWith(`${absent} `));
      assert.equal(hit, undefined, `"${absent}" must not be a quantity`);
    }
  });
}

test('findQuantities: the worked example of its TSDoc', () => {
  const text = 'Lukashenko freed 123 political prisoners on Saturday.';
  const [q] = findQuantities(text, [{ start: 0, end: text.length }]);
  assert.equal(q?.text, '123 political prisoners');
  assert.equal(q?.counted, 'political prisoner');
  assert.equal(q?.event, 'free');
});

test('findQuantities: "nearly" allows a little under, not over or far under', () => {
  const text = 'He shared a cell with nearly 40 people.';
  const [q] = findQuantities(text, [{ start: 0, end: text.length }]);
  assert.ok(q && q.low <= 38 && 38 <= q.high);
  assert.ok(q && !(q.low <= 60 && 60 <= q.high));
  assert.ok(q && !(q.low <= 41 && 41 <= q.high));
});

test('findQuantities: no sentences given still works (whole lines are used)', () => {
  const text = 'Officials said 14 were freed.';
  const quantities = findQuantities(text, []);
  assert.equal(quantities.length, 1);
  assert.equal(quantities[0]?.event, 'free');
});

test('QUANTITY_RULES: ids are unique', () => {
  assert.equal(QUANTITY_RULE_IDS.size, QUANTITY_RULES.length);
});

test('eventLemmaOf: synonyms of one act share a lemma', () => {
  assert.equal(eventLemmaOf('released'), 'free');
  assert.equal(eventLemmaOf('Freed'), 'free');
  assert.equal(eventLemmaOf('release'), 'free');
  assert.equal(eventLemmaOf('jailed'), 'detain');
  assert.equal(eventLemmaOf('said'), null);
});
