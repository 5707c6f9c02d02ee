import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable, QueryResult } from './db.js';

type PGliteLike = Pick<PGlite, 'query'>;

function wrap(handle: PGliteLike, memo: Map<symbol, unknown>): Queryable {
  return {
    memo,
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const result = await handle.query<T>(sql, params as unknown[]);
      return { rows: result.rows, affectedRows: result.affectedRows };
    },
  };
}

/**
 * Opens the embedded PostgreSQL (PGlite, WASM): in memory when `dataDir` is undefined, else in
 * that directory.
 */
export async function openPgliteDb(dataDir?: string): Promise<Db> {
  const pg = dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir);
  const memo = new Map<symbol, unknown>();
  const base = wrap(pg, memo);
  return {
    dialect: 'pglite',
    location: dataDir ?? 'memory://',
    query: base.query,
    memo,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx, memo))),
    close: () => pg.close(),
  };
}
