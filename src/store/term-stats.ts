import type { Queryable } from './db.js';
import { handleMemo } from './handle-memo.js';
import type { TermStats } from '../cluster/index.js';

/**
 * Document frequencies of the given terms in the story index (`term_stats`); terms never seen
 * are left out (they count as 0). Served from the handle's {@link TermStatsCache} when it is in
 * step with the store, else read.
 */
export async function documentFrequencies(tx: Queryable, terms: readonly string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  if (terms.length === 0) return out;
  const cache = cacheOf(tx);
  const missing = cache ? cache.fill(terms, out) : terms;
  if (missing.length === 0) return out;
  // Probe the primary key once per term (LIMIT keeps the planner from turning the lateral into a
  // hash join over the whole table), so the cost follows the number of terms asked for, never the
  // size of the table (`= ANY` of a long array plans as a scan).
  const result = await tx.query<{ term: string; df: number }>(
    'SELECT t.term, t.df FROM unnest($1::text[]) AS q(term) CROSS JOIN LATERAL (SELECT term, df FROM term_stats WHERE term = q.term LIMIT 1) t',
    [missing],
  );
  for (const r of result.rows) out[r.term] = r.df;
  cache?.learn(missing, out);
  return out;
}

/** The store's document count and the frequencies of `terms`: what IDF needs for one decision. */
export async function termStats(tx: Queryable, terms: Iterable<string>): Promise<TermStats> {
  const row = (await tx.query<{ documents: string | number }>('SELECT documents FROM index_stats WHERE id = 1')).rows[0];
  return { documents: Number(row?.documents ?? 0), df: await documentFrequencies(tx, [...new Set(terms)]) };
}

/**
 * Frequencies this process has read or written, so that a placement reads from `term_stats`
 * only terms it has not met (after warm-up, a few of a report's hundred-odd). Kept exact by the
 * document count: every placement reads `index_stats.documents` and calls {@link sync}; when it
 * is not what this process last wrote (another worker placed reports, a transaction rolled
 * back, the tables were emptied), the cache starts over. Bounded by DF_CACHE_TERMS.
 */
export class TermStatsCache {
  private readonly df = new Map<string, number>();
  /** The document count the store has if no one else wrote since this process did; null: unknown. */
  private documents: number | null = null;

  /** Checks the cache against the store's document count; clears it when they disagree. */
  sync(documents: number): void {
    if (this.documents !== documents) this.df.clear();
    this.documents = documents;
  }

  /** Copies the known frequencies of `terms` into `out`; returns the terms it does not know. */
  fill(terms: readonly string[], out: Record<string, number>): string[] {
    if (this.documents === null) return [...terms];
    const missing: string[] = [];
    for (const t of terms) {
      const v = this.df.get(t);
      if (v === undefined) missing.push(t);
      else if (v > 0) out[t] = v;
    }
    return missing;
  }

  /** Remembers frequencies just read (a term not found has frequency 0). */
  learn(terms: readonly string[], found: Readonly<Record<string, number>>): void {
    if (this.documents === null) return;
    if (this.df.size + terms.length > DF_CACHE_TERMS) this.df.clear();
    for (const t of terms) this.df.set(t, found[t] ?? 0);
  }

  /** Records a placement this process wrote: one more document, its terms counted once more. */
  counted(terms: readonly string[]): void {
    if (this.documents === null) return;
    this.documents++;
    for (const t of terms) {
      const v = this.df.get(t);
      if (v !== undefined) this.df.set(t, v + 1);
    }
  }
}

/** Terms whose frequencies one handle keeps (count): some 60 MB; the cache starts over beyond. */
export const DF_CACHE_TERMS = 500_000;

const CACHE_KEY = Symbol('term-stats-cache');

/** The handle's term-statistics cache, made on first use; none for a Queryable without a memo. */
export function cacheOf(q: Queryable): TermStatsCache | null {
  return handleMemo(q, CACHE_KEY, () => new TermStatsCache());
}
