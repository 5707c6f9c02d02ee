// Per-statement SQL timing for the clustering bench: where a placement's time goes.
import type { Db, Queryable, QueryResult } from '../../src/store/db.js';

/**
 * Milliseconds and calls of each SQL statement (by its text, parameters apart) through the
 * queryables it wrapped, since the last print.
 */
export class StatementTimes {
  private readonly times = new Map<string, { ms: number; calls: number }>();

  wrap(q: Queryable): Queryable {
    const query = async <T>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>> => {
      const t0 = performance.now();
      try {
        return await q.query<T>(sql, params);
      } finally {
        const key = sql.replace(/\s+/g, ' ').trim();
        const t = this.times.get(key) ?? { ms: 0, calls: 0 };
        t.ms += performance.now() - t0;
        t.calls++;
        this.times.set(key, t);
      }
    };
    return q.memo ? { query, memo: q.memo } : { query };
  }

  /** A handle whose queries, and its transactions' queries, are timed. */
  wrapDb(db: Db): Db {
    const { query } = this.wrap(db);
    return {
      dialect: db.dialect,
      location: db.location,
      ...(db.memo ? { memo: db.memo } : {}),
      query,
      transaction: (fn) => db.transaction((tx) => fn(this.wrap(tx))),
      close: () => db.close(),
    };
  }

  /** The costliest statements per report of a window of `reports`, then forgets them. */
  print(label: string, reports: number): void {
    const all = [...this.times].sort((a, b) => b[1].ms - a[1].ms);
    const total = all.reduce((s, [, t]) => s + t.ms, 0);
    console.log(`  statements ${label}: ${(total / reports).toFixed(2)} ms per report in SQL, the costliest:`);
    for (const [sql, t] of all.slice(0, STATEMENTS_PRINTED)) {
      console.log(`    ${(t.ms / reports).toFixed(2).padStart(6)} ms  ${(t.calls / reports).toFixed(2).padStart(5)} calls  ${(t.ms / t.calls).toFixed(2).padStart(6)} ms/call  ${sql.slice(0, STATEMENT_CHARS)}`);
    }
    this.times.clear();
  }
}

/** Statements printed per size, and characters of each (count). */
const STATEMENTS_PRINTED = 10;
const STATEMENT_CHARS = 110;

