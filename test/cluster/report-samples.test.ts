// Packed samples in report_index.samples: what goes in comes out; a damaged value is an error
// naming the report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterFeatures, compareSamples, splitStoryId } from '../../src/cluster/index.js';
import { decodeSamples, encodeSamples } from '../../src/store/report-samples.js';

test('samples round-trip through their packed bytes and compare the same', () => {
  const f = clusterFeatures({ title: 'Dock strike ends', text: 'Dock workers at the port ended a three-day strike on Tuesday after their union accepted a pay offer. '.repeat(4), published: null });
  const bytes = encodeSamples(f);
  assert.equal(bytes.byteLength, 4 * (3 + f.minhash.length + f.shingles.length + f.phrases.length));
  // A driver may hand the bytes back at any offset of a larger buffer.
  const shifted = Buffer.concat([Buffer.from([1, 2, 3]), bytes]).subarray(3);
  const back = decodeSamples(shifted, 'r1');
  assert.deepEqual(Array.from(back.minhash), f.minhash);
  assert.deepEqual(Array.from(back.shingles), f.shingles);
  assert.deepEqual(Array.from(back.phrases), f.phrases);
  assert.deepEqual(compareSamples(f.shingles, back.shingles), compareSamples(f.shingles, f.shingles));
});

test('damaged samples are an error that names the report and the fix', () => {
  assert.throws(() => decodeSamples(new Uint8Array(5), 'r0123'), /r0123.*reprocess/u);
  const bytes = encodeSamples({ minhash: [1, 2], shingles: [3], phrases: [] });
  assert.throws(() => decodeSamples(bytes.subarray(0, bytes.length - 4), 'r0456'), /r0456: lengths 2\+1\+0/u);
});

test('a split-off story is named after its first report, and another name is found when that one is taken', () => {
  const first = splitStoryId('r00000000000000ab', 's1', 0);
  assert.equal(first, 's00000000000000ab');
  const second = splitStoryId('r00000000000000ab', 's1', 1);
  const third = splitStoryId('r00000000000000ab', 's1', 2);
  assert.equal(second.length, first.length);
  assert.notEqual(second, first);
  assert.notEqual(third, second);
  assert.equal(splitStoryId('r00000000000000ab', 's1', 1), second, 'deterministic');
});
