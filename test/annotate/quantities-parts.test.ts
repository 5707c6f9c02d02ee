import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyHedge } from '../../src/annotate/quantities/apply-hedge.js';
import { singularise, looksPlural } from '../../src/annotate/quantities/singularise.js';
import { readNumberAt } from '../../src/annotate/quantities/read-number.js';
import { tokenize } from '../../src/annotate/quantities/tokens.js';
import { findQuantities } from '../../src/annotate/quantities/index.js';

test('applyHedge: bounds per hedge, whole numbers stay whole', () => {
  assert.deepEqual(applyHedge(40, 'approximate', 'below'), { low: 36, high: 40 });
  assert.deepEqual(applyHedge(40, 'approximate', 'both'), { low: 36, high: 44 });
  assert.deepEqual(applyHedge(5, 'approximate', 'both'), { low: 4, high: 6 });
  assert.deepEqual(applyHedge(5, 'at-least'), { low: 5, high: Infinity });
  assert.deepEqual(applyHedge(30, 'more-than'), { low: 31, high: Infinity });
  assert.deepEqual(applyHedge(10, 'less-than'), { low: 0, high: 9 });
  assert.deepEqual(applyHedge(40, 'at-most'), { low: 0, high: 40 });
  assert.deepEqual(applyHedge(1.5, 'more-than'), { low: 1.5, high: Infinity });
});

test('singularise: regular, -ies, -es and irregular plurals', () => {
  assert.equal(singularise('prisoners'), 'prisoner');
  assert.equal(singularise('casualties'), 'casualty');
  assert.equal(singularise('churches'), 'church');
  assert.equal(singularise('people'), 'person');
  assert.equal(singularise('children'), 'child');
  assert.equal(singularise('police'), 'police');
  assert.equal(singularise('status'), 'status');
  assert.equal(looksPlural('bus'), false);
  assert.equal(looksPlural('troops'), true);
});

test('readNumberAt: numerals, magnitudes, words, dozens and vague amounts', () => {
  const read = (text: string, at = 0): number | undefined => readNumberAt(text, tokenize(text), at)?.value;
  assert.equal(read('1,200 people'), 1200);
  assert.equal(read('1.2 million people'), 1_200_000);
  assert.equal(readNumberAt('$5bn in aid', tokenize('$5bn in aid'), 1)?.value, 5e9);
  assert.equal(read('twenty-one soldiers'), 21);
  assert.equal(read('two hundred and fifty homes'), 250);
  assert.equal(read('a dozen civilians'), 12);
  assert.equal(read('half a million people'), 500_000);
  assert.equal(read('hundreds of people'), 200);
  assert.equal(read('tens of thousands of people'), 20_000);
  assert.equal(read('several hundred families'), 300);
});

test('findQuantities: provenance holds on odd input (empty, only digits, unicode)', () => {
  for (const text of ['', '123', '— 5 —', 'Ünïcödé 12 Bürger wurden freigelassen.', '\n\n40 people\n\n']) {
    for (const q of findQuantities(text, [])) assert.equal(text.slice(q.start, q.end), q.text);
  }
});

test('findQuantities: misuse throws, naming the fix', () => {
  assert.throws(() => findQuantities(undefined as unknown as string, []), /text must be/u);
  assert.throws(() => findQuantities('text', null as unknown as []), /sentences must be/u);
});
