// The memory index and the store side by side on one stream: both place every report, and after
// each the two partitions and the two decisions' figures are compared. The memory index stands in
// for the store in sweeps and gates; this is what says it still does (bench/cluster/lockstep.ts,
// test/cluster/memory-mirrors-store.test.ts).
import { openDb } from '../../src/store/open-db.js';
import { placeReport } from '../../src/store/story-index.js';
import { MemoryIndex } from './memory-index.js';
import { recordFeatures, type StreamRecord } from './dev-data.js';
import { benchAddedAt, benchReportId, benchSeenAt, insertBareReport } from './bare-report.js';
import { storedClusters } from './run.js';

/** Where the two first parted, if they did. */
export interface StoreComparison {
  /** Reports placed by both. */
  readonly reports: number;
  /** The first report after which the partitions differ, with both decisions, or null. */
  readonly partition: { readonly at: number; readonly id: string; readonly store: unknown; readonly memory: unknown } | null;
  /** The first report whose decision figures (rule, similarity, runner-up, derivation) differ, or null. */
  readonly figures: { readonly at: number; readonly id: string; readonly store: string; readonly memory: string } | null;
}

/** Streams `records` in their order through `placeReport` on in-memory PGlite and through MemoryIndex. */
export async function compareWithStore(records: readonly StreamRecord[]): Promise<StoreComparison> {
  const db = await openDb('memory://');
  const index = new MemoryIndex();
  let figures: StoreComparison['figures'] = null;
  try {
    for (const [i, r] of records.entries()) {
      const id = benchReportId(r.id);
      const features = recordFeatures(r);
      const addedAt = benchAddedAt(i);
      let stored: unknown;
      await db.transaction(async (tx) => {
        await insertBareReport(tx, id, r, addedAt);
        stored = await placeReport(tx, { id, title: r.title, features, publishedAt: r.published, addedAt });
      });
      const memory = index.place(id, features, benchSeenAt(r, i));
      if (figures === null && figuresOf(stored) !== figuresOf(memory)) figures = { at: i, id: r.id, store: figuresOf(stored), memory: figuresOf(memory) };
      const placed = records.slice(0, i + 1);
      const inStore = canonical(placed, await storedClusters(db));
      const inMemory = canonical(placed, new Map(placed.map((x) => [x.id, index.clusterOf(benchReportId(x.id))])));
      if (inStore.some((x, k) => x !== inMemory[k])) return { reports: i + 1, partition: { at: i, id: r.id, store: stored, memory }, figures };
    }
    return { reports: records.length, partition: null, figures };
  } finally {
    await db.close();
  }
}

/** Each report's cluster named by the cluster's first report in stream order, so two partitions compare by equality. */
function canonical(records: readonly StreamRecord[], clusterOf: ReadonlyMap<string, string>): string[] {
  const first = new Map<string, string>();
  return records.map((r) => {
    const c = clusterOf.get(r.id) as string;
    if (!first.has(c)) first.set(c, r.id);
    return first.get(c) as string;
  });
}

function figuresOf(decision: unknown): string {
  const d = decision as { rule: string; evidence: { similarity: number; runnerUp: { similarity: number } | null }; derivation: { rule: string } | null };
  return JSON.stringify([d.rule, d.evidence.similarity, d.evidence.runnerUp?.similarity ?? null, d.derivation?.rule ?? null]);
}
