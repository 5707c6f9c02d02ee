// Regression gate on the shared ECB+ dev stream: pairwise F1 of the placement decision must not
// fall below the floor measured for this exact file (pinned by sha256). A changed file or a lower
// score fails; lowering the floor is a reviewed edit here, never silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterFeatures } from '../../src/cluster/index.js';
import { MemoryIndex } from '../../bench/cluster/memory-index.js';
import { pinnedDevStream } from './dev-stream.js';
import { benchReportId, benchSeenAt } from '../../bench/cluster/bare-report.js';

/**
 * Measured 0.9517 pairwise F1 (B-cubed 0.9538) on 2026-12-03 by `npm run bench:cluster -- --mode
 * memory --orders 1` (file order; the store mode gives the same, as the memory index mirrors it).
 */
const PAIRWISE_F1_FLOOR = 0.95;
const BCUBED_F1_FLOOR = 0.95;

test('dev stream: pairwise and B-cubed F1 at or above the pinned floors', async (t) => {
  const dev = await pinnedDevStream(t);
  if (!dev) return;
  const { records, scorer } = dev;
  const index = new MemoryIndex();
  // The bench's ids and times, so ties break as in `npm run bench:cluster` and the figure is its figure.
  records.forEach((r, i) => index.place(benchReportId(r.id), clusterFeatures({ title: r.title, text: r.text, published: r.published }), benchSeenAt(r, i)));
  const gold = new Map(records.map((r) => [r.id, String(r.cluster)]));
  const pred = new Map(records.map((r) => [r.id, index.clusterOf(benchReportId(r.id))]));
  const s = scorer.score(gold, pred);
  assert.ok(s.pairwise.f1 >= PAIRWISE_F1_FLOOR, `pairwise F1 ${s.pairwise.f1.toFixed(4)} < floor ${PAIRWISE_F1_FLOOR}`);
  assert.ok(s.bcubed.f1 >= BCUBED_F1_FLOOR, `B-cubed F1 ${s.bcubed.f1.toFixed(4)} < floor ${BCUBED_F1_FLOOR}`);
});
