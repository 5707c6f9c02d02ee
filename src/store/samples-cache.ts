import type { WordingSamples } from '../cluster/index.js';
import type { Queryable } from './db.js';
import { handleMemo } from './handle-memo.js';

/**
 * Reports' wording samples (MinHash, shingle and phrase samples) this process has written or
 * read, by report id. A placement compares the new report with dozens of earlier ones, mostly the
 * latest reports of its candidate stories, which this process usually placed itself moments
 * before; reading their packed samples again was most of the placement's reads. On embedded
 * PGlite, the dev stream through the pipeline: the earlier-reports query 4.95 ms a report with
 * the samples in it (timed outside the repo, before `--statements` covered the PGlite modes),
 * 0.94 ms and a samples read too rare to be among the ten costliest statements with the cache
 * (`npm run bench:cluster -- --orders 1 --mode pipeline --statements`).
 *
 * A report's samples never change once written (reprocess replaces its text and annotations,
 * not its index row), so an entry needs no invalidation when other workers write; it is checked
 * against the row's `seq`, so a report id stored again after its store was emptied is read
 * afresh. Bounded by SAMPLES_CACHE_REPORTS, the least recently used going first.
 */
export class SamplesCache {
  private readonly byReport = new Map<string, { readonly seq: number; readonly samples: WordingSamples }>();

  constructor(private readonly capacity = SAMPLES_CACHE_REPORTS) {}

  /** The samples of report `id` stored under `seq`, if this process has them. */
  get(id: string, seq: number): WordingSamples | undefined {
    const hit = this.byReport.get(id);
    if (hit === undefined || hit.seq !== seq) return undefined;
    // Most recently used last: a Map keeps insertion order.
    this.byReport.delete(id);
    this.byReport.set(id, hit);
    return hit.samples;
  }

  put(id: string, seq: number, samples: WordingSamples): void {
    this.byReport.delete(id);
    if (this.byReport.size >= this.capacity) {
      const oldest = this.byReport.keys().next();
      if (!oldest.done) this.byReport.delete(oldest.value);
    }
    this.byReport.set(id, { seq, samples });
  }

  get size(): number {
    return this.byReport.size;
  }
}

/**
 * Reports whose samples one handle keeps (count): about 3.5 KB each packed, so some 20 MB; the
 * latest members of a day's busy stories and the near-duplicates among them. Sized, not swept:
 * in the scale run (`--scale --statements`, the samples read's calls per report) a quarter to a
 * third of placements still read some samples from the store.
 */
export const SAMPLES_CACHE_REPORTS = 6_000;

const CACHE_KEY = Symbol('samples-cache');

/** The handle's samples cache, made on first use; none for a Queryable without a memo. */
export function samplesCacheOf(q: Queryable): SamplesCache | null {
  return handleMemo(q, CACHE_KEY, () => new SamplesCache());
}
