import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareSamples } from '../../src/cluster/index.js';
import { SampleTable } from '../../src/cluster/sample-table.js';
import { seededRandom } from '../../src/core/seeded-random.js';

test('SampleTable compares a held sample with others exactly as compareSamples merges them', () => {
  const random = seededRandom(23);
  // Full 32-bit hashes (above 2^31 too), distinct and sorted, as a report's samples are.
  const sample = (n: number, range: number): number[] =>
    [...new Set(Array.from({ length: n }, () => Math.floor(random() * range)))].sort((x, y) => x - y);
  const table = new SampleTable(64); // smaller than most samples below: it must grow
  for (let trial = 0; trial < 400; trial++) {
    const range = trial % 2 === 0 ? 0xffffffff : 3000; // dense samples share many hashes and collide in slots
    const held = sample(Math.floor(random() * 500), range);
    table.hold(held);
    for (let k = 0; k < 5; k++) {
      // A prefix of the held sample; hashes all below it (nothing of it under the ceiling); any.
      const other =
        k === 0 ? held.slice(0, 1 + Math.floor(random() * held.length)) : k === 1 ? sample(1 + Math.floor(random() * 50), held[0] ?? 1) : sample(Math.floor(random() * 500), range);
      const asStored = k % 2 === 0 ? other : Uint32Array.from(other); // the store reads samples packed
      assert.deepEqual(table.compare(asStored), compareSamples(held, other), `trial ${trial}, comparison ${k}`);
    }
  }
});

test('SampleTable forgets the sample it held before', () => {
  const table = new SampleTable(8);
  table.hold([1, 2, 3, 4]);
  table.hold([10, 20]);
  assert.deepEqual(table.compare([1, 2, 3, 4]), { jaccard: 0, containment: 0, shared: 0 });
  assert.deepEqual(table.compare([10, 20, 30]), { jaccard: 1, containment: 1, shared: 2 });
  assert.deepEqual(table.hold([]).compare([1]), { jaccard: 0, containment: 0, shared: 0 });
});
