import type { Queryable } from './db.js';
import type { TermStats } from '../cluster/index.js';

/**
 * Document frequencies of the given terms in the story index (`term_stats`); terms never seen
 * are left out (they count as 0).
 */
export async function documentFrequencies(tx: Queryable, terms: readonly string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  if (terms.length === 0) return out;
  // Probe the primary key once per term (LIMIT keeps the planner from turning the lateral into a
  // hash join over the whole table), so the cost follows the number of terms asked for, never the
  // size of the table (`= ANY` of a long array plans as a scan).
  const result = await tx.query<{ term: string; df: number }>(
    'SELECT t.term, t.df FROM unnest($1::text[]) AS q(term) CROSS JOIN LATERAL (SELECT term, df FROM term_stats WHERE term = q.term LIMIT 1) t',
    [terms],
  );
  for (const r of result.rows) out[r.term] = r.df;
  return out;
}

/** The store's document count and the frequencies of `terms`: what IDF needs for one decision. */
export async function termStats(tx: Queryable, terms: Iterable<string>): Promise<TermStats> {
  const row = (await tx.query<{ documents: string | number }>('SELECT documents FROM index_stats WHERE id = 1')).rows[0];
  return { documents: Number(row?.documents ?? 0), df: await documentFrequencies(tx, [...new Set(terms)]) };
}
