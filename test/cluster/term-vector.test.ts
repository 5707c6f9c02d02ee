import { test } from 'node:test';
import assert from 'node:assert/strict';
import { heaviestOf, kthSmallest, subtractFromCentroid } from '../../src/cluster/term-vector.js';
import { compareSamples } from '../../src/cluster/index.js';
import { seededRandom } from '../../src/core/seeded-random.js';

test('kthSmallest finds the value a sort puts at k, with ties and any k', () => {
  const random = seededRandom(7);
  for (let trial = 0; trial < 2000; trial++) {
    const n = 1 + Math.floor(random() * 200);
    // Few distinct values in a third of the trials: many ties, the hard case for a partition.
    const spread = trial % 3 === 0 ? 4 : 1000;
    const values = Float64Array.from({ length: n }, () => Math.floor(random() * spread) / 7);
    const k = Math.floor(random() * n);
    const sorted = Float64Array.from(values).sort();
    assert.equal(kthSmallest(values, k), sorted[k], `trial ${trial}: n ${n}, k ${k}`);
  }
});

test('heaviestOf keeps the heaviest terms and breaks ties at the cut by term', () => {
  const v = new Map([['a', 1], ['b', 3], ['c', 2], ['d', 2], ['e', 2]]);
  assert.deepEqual(heaviestOf(v, 3), { b: 3, c: 2, d: 2 });
  assert.deepEqual(heaviestOf(v, 1), { b: 3 });
  assert.deepEqual(heaviestOf(v, 9), { a: 1, b: 3, c: 2, d: 2, e: 2 });
});

test('compareSamples counts only hashes below both samples’ ceilings, as a full merge would', () => {
  const random = seededRandom(11);
  const sample = (n: number): number[] => [...new Set(Array.from({ length: n }, () => Math.floor(random() * 5000)))].sort((x, y) => x - y);
  for (let trial = 0; trial < 500; trial++) {
    const a = sample(1 + Math.floor(random() * 300));
    const b = trial % 4 === 0 ? a.slice(0, Math.max(1, a.length >> 1)) : sample(1 + Math.floor(random() * 300));
    const ceiling = Math.min(a[a.length - 1]!, b[b.length - 1]!);
    const inA = a.filter((x) => x <= ceiling);
    const inB = new Set(b.filter((x) => x <= ceiling));
    const shared = inA.filter((x) => inB.has(x)).length;
    const got = compareSamples(a, Uint32Array.from(b));
    assert.equal(got.shared, shared, `trial ${trial}`);
    assert.equal(got.containment, shared / inA.length);
    assert.equal(got.jaccard, shared / (inA.length + inB.size - shared));
  }
});

test('subtractFromCentroid takes moved reports out and drops what only rounding keeps', () => {
  const a = { 'w:quak': 1.234, 'e:ferndal': 2 };
  const b = { 'w:quak': 0.5, 'n:6.5': 1 };
  const centroid = { 'w:quak': 1.234 + 0.5, 'e:ferndal': 2, 'n:6.5': 1 };
  const left = subtractFromCentroid(centroid, [b]);
  assert.deepEqual(Object.keys(left).sort(), ['e:ferndal', 'w:quak']);
  assert.ok(Math.abs(left['w:quak']! - a['w:quak']) < 1e-12);
  assert.deepEqual(subtractFromCentroid(centroid, [a, b]), {});
  // The centroid given is not changed.
  assert.equal(centroid['n:6.5'], 1);
});
