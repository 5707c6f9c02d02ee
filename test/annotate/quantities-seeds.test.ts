import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Quantity } from '../../src/core/records.js';
import { findQuantities, QUANTITY_RULE_IDS } from '../../src/annotate/quantities/index.js';
import { splitForTest } from '../support/split-for-test.js';

/** The seed reports, read at test time from ../shared (never copied into the repo). */
const SEEDS = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));


function seed(prefix: string): { text: string; quantities: Quantity[] } {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  assert.ok(name, `seed ${prefix} missing in ${SEEDS}`);
  const text = readFileSync(`${SEEDS}${name}`, 'utf8');
  const quantities = findQuantities(text, splitForTest(text));
  for (const q of quantities) {
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.ok(QUANTITY_RULE_IDS.has(q.rule), q.rule);
  }
  return { text, quantities };
}

function only(quantities: readonly Quantity[], predicate: (q: Quantity) => boolean, what: string): Quantity {
  const hits = quantities.filter(predicate);
  assert.ok(hits.length >= 1, `${what}: none in ${JSON.stringify(quantities.map((q) => q.text))}`);
  return hits[0] as Quantity;
}

test('seed 000: 123 political prisoners freed, June (14) and September (51), five citizens, hundreds remain', () => {
  const { text, quantities } = seed('000_');
  const main = only(quantities, (q) => q.value === 123 && q.counted === 'political prisoner' && q.text === '123 political prisoners', '123');
  assert.equal(main.event, 'free');
  assert.equal(main.hedge, 'exact');
  for (const value of [14, 51]) {
    const q = only(quantities, (x) => x.value === value, String(value));
    assert.equal(q.event, 'free');
    assert.equal(q.counted, 'political prisoner');
    assert.equal(q.rule, 'quantity/counted-from-context');
    assert.ok(/June|September/u.test(text.slice(q.start - 12, q.start)));
  }
  const five = only(quantities, (q) => q.value === 5, 'five');
  assert.equal(five.text, 'five of its citizens');
  assert.equal(five.counted, 'citizen');
  assert.equal(five.partitive, true);
  const hundreds = only(quantities, (q) => q.text === 'hundreds of political prisoners', 'hundreds');
  assert.equal(hundreds.hedge, 'vague');
  assert.ok(hundreds.low >= 100 && hundreds.high < 1000);
  for (const year of [2025, 2020]) assert.equal(quantities.find((q) => q.value === year), undefined, `${year} is a year`);
  assert.equal(quantities.find((q) => q.value === 2 || q.value === 13), undefined, 'days and dates are not counts');
  assert.equal(quantities.find((q) => q.value === 90 || q.value === 728), undefined, 'script debris is not counted');
});

test('seed 001: 123 prisoners freed, 9 to Lithuania, 114 to Ukraine, nearly 40 people', () => {
  const { quantities } = seed('001_');
  const main = only(quantities, (q) => q.value === 123, '123');
  assert.equal(main.event, 'free');
  assert.equal(main.counted, 'prisoner');
  const nine = only(quantities, (q) => q.value === 9, '9');
  assert.ok(nine.event === 'free' || nine.event === 'take');
  assert.equal(nine.counted, 'prisoner');
  assert.equal(nine.partitive, true);
  const other = only(quantities, (q) => q.value === 114, '114');
  assert.ok(other.event === 'free' || other.event === 'take');
  assert.equal(other.counted, 'prisoner');
  const forty = only(quantities, (q) => q.value === 40, '40');
  assert.equal(forty.text, 'nearly 40 people');
  assert.equal(forty.hedge, 'approximate');
  assert.ok(forty.low <= 38 && 38 <= forty.high, 'nearly 40 allows 38');
  assert.ok(!(forty.low <= 60 && 60 <= forty.high), 'nearly 40 refuses 60');
  const thousands = only(quantities, (q) => q.text === 'Thousands of people', 'thousands');
  assert.equal(thousands.hedge, 'vague');
  for (const n of [13, 2025, 2022, 2021, 2020, 3, 2]) assert.equal(quantities.find((q) => q.value === n), undefined, `${n} is part of a date or duration`);
});
