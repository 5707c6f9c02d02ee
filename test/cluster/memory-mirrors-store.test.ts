// The memory index (bench/cluster/memory-index.ts) is what sweeps and the dev gate run on, in
// place of the store: it must make the store's decisions, report for report. Streams a shuffled
// part of the shared dev stream through both and requires the same partition after every report
// and the same figures in every decision.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { streamOrder } from '../../bench/cluster/dev-data.js';
import { compareWithStore } from '../../bench/cluster/compare-with-store.js';
import { pinnedDevStream } from './dev-stream.js';

/** Reports streamed (count): enough for merges and splits to happen (the first merge comes at about 40). */
const REPORTS = 220;
/** The bench's third shuffle: its candidate ties, merges and splits differ from the file's order. */
const ORDER_SEED = 3;

test('the memory index makes the store’s decisions on the dev stream, report for report', async (t) => {
  const dev = await pinnedDevStream(t);
  if (!dev) return;
  const order = streamOrder(dev.records.length, ORDER_SEED).slice(0, REPORTS);
  const c = await compareWithStore(order.map((k) => dev.records[k]!));
  assert.equal(c.figures, null, `decision figures differ: ${JSON.stringify(c.figures)}`);
  assert.equal(c.partition, null, `partitions differ after report ${c.partition?.at} (${c.partition?.id})`);
  assert.equal(c.reports, REPORTS);
});
