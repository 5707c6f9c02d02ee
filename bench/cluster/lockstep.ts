// Lockstep check of the memory index against the store: streams the dev file (or FILE) in its own
// order through `placeReport` on in-memory PGlite and through MemoryIndex side by side, compares
// the two partitions after every report, and prints the first report where they part with both
// decisions. The memory mode stands in for the store in sweeps; this says how far that holds.
//   node dist/bench/cluster/lockstep.js [FILE]
import { join } from 'node:path';
import { clusterFeatures } from '../../src/cluster/index.js';
import { openDb } from '../../src/store/open-db.js';
import { placeReport } from '../../src/store/story-index.js';
import { MemoryIndex } from './memory-index.js';
import { DEV_STREAM, readStream, sharedDir } from './dev-data.js';
import { benchReportId, insertBareReport } from './bare-report.js';
import { storedClusters } from './run.js';
const { records } = readStream(process.argv[2] ?? join(sharedDir(), DEV_STREAM));
const db = await openDb('memory://');
const index = new MemoryIndex();
const base = Date.parse('2026-01-01T00:00:00Z');
/** Each report's cluster named by the cluster's first report in stream order, so two partitions compare by equality. */
const canon = (m: Map<string, string>): string[] => { const first = new Map<string, string>(); const out: string[] = []; for (const r of records.slice(0, m.size)) { const s = m.get(r.id)!; if (!first.has(s)) first.set(s, r.id); out.push(first.get(s)!); } return out; };
for (const [i, r] of records.entries()) {
  const id = benchReportId(r.id);
  const features = clusterFeatures({ title: r.title, text: r.text, published: r.published });
  const addedAt = new Date(base + i * 1000).toISOString();
  let dec: unknown;
  await db.transaction(async (tx) => { await insertBareReport(tx, id, r, addedAt); dec = await placeReport(tx, { id, title: r.title, features, publishedAt: r.published, addedAt }); });
  const mdec = index.place(id, features);
  const stored = await storedClusters(db);
  const mem = new Map(records.slice(0, i + 1).map((x) => [x.id, index.clusterOf(benchReportId(x.id))]));
  const a = canon(stored), b = canon(mem);
  const diff = a.findIndex((x, k) => x !== b[k]);
  if (diff >= 0) {
    console.log(`diverged at report ${i} (${r.id}); first differing report ${diff} ${records[diff]!.id}: store with ${a[diff]} memory with ${b[diff]}`);
    console.log('store decision', JSON.stringify(dec).slice(0, 1500));
    console.log('memory decision', JSON.stringify(mdec).slice(0, 1500));
    console.log('memory merges', index.merges, 'splits', index.splits);
    process.exit(0);
  }
}
console.log(`store and memory agree on every one of ${records.length} reports`);
