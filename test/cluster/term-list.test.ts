import { test } from 'node:test';
import assert from 'node:assert/strict';
import { termList } from '../../src/cluster/term-list.js';
import { addToCentroid, heaviestOf } from '../../src/cluster/term-vector.js';
import { seededRandom } from '../../src/core/seeded-random.js';

/** What a walk of the object gives: the list must agree with it term for term. */
function walked(v: Readonly<Record<string, number>>): { terms: string[]; weights: number[] } {
  const terms: string[] = [];
  const weights: number[] = [];
  for (const t in v) {
    terms.push(t);
    weights.push(v[t] as number);
  }
  return { terms, weights };
}

test('a term list gives the vector’s terms in its own key order, made once per object', () => {
  const v = { 'w:quak': 1.5, 'e:kermadec': 2.25, 'q:40 peopl': 0.75 };
  const list = termList(v);
  assert.deepEqual(list.terms, ['w:quak', 'e:kermadec', 'q:40 peopl']);
  assert.deepEqual([...list.weights], [1.5, 2.25, 0.75]);
  assert.equal(termList(v), list, 'the list is remembered for the object');
  assert.notEqual(termList({ ...v }), list, 'a copy is another object, listed afresh');
});

test('the lists heaviestOf and addToCentroid remember are those a walk of their result gives', () => {
  const random = seededRandom(11);
  for (let trial = 0; trial < 300; trial++) {
    const sum = new Map<string, number>();
    const n = 1 + Math.floor(random() * 300);
    // Few distinct weights in some trials: ties at the cut are filled in term order.
    const spread = trial % 4 === 0 ? 3 : 1000;
    for (let i = 0; i < n; i++) sum.set(`${'ewnq'.charAt(i % 4)}:t${Math.floor(random() * 500)}`, 1 + Math.floor(random() * spread));
    const max = 1 + Math.floor(random() * 200);
    const kept = heaviestOf(sum, max);
    const list = termList(kept);
    const walk = walked(kept);
    assert.deepEqual(list.terms, walk.terms);
    assert.deepEqual([...list.weights], walk.weights);
    const grown = addToCentroid(kept, { 'w:new': 5, [walk.terms[0] as string]: 1 }, max);
    assert.deepEqual(termList(grown).terms, walked(grown).terms);
    assert.deepEqual([...termList(grown).weights], walked(grown).weights);
  }
});
