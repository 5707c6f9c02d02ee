import pg from 'pg';
import type { Db, Queryable, QueryResult } from './db.js';

/** Connections per process. Each worker process needs few: writes happen one report at a time. */
const POOL_SIZE = 4;
/** What the server's pg_stat_activity shows for our connections (with the schema, when one is set). */
export const APPLICATION_NAME = 'corroborate';

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable url)';
  }
}

function wrap(client: pg.Pool | pg.PoolClient, memo: Map<symbol, unknown>): Queryable {
  return {
    memo,
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const result = await client.query(sql, params as unknown[]);
      return { rows: result.rows as T[], affectedRows: result.rowCount ?? 0 };
    },
  };
}

/**
 * Connects to a PostgreSQL server. `schema`, when given, is created if needed and put first on
 * every connection's search_path, so that test runs and tenants can share one database.
 */
export async function openPostgresDb(url: string, options: { schema?: string } = {}): Promise<Db> {
  const schema = options.schema;
  if (schema === undefined) return fromPool(new pg.Pool({ connectionString: url, max: POOL_SIZE, application_name: APPLICATION_NAME }), redact(url));
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`invalid schema name "${schema}": use lower-case letters, digits and _`);
  }
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  try {
    await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } finally {
    await setup.end();
  }
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, options: `-c search_path=${schema},public`, application_name: `${APPLICATION_NAME}:${schema}` });
  return fromPool(pool, `${redact(url)} (schema ${schema})`);
}

function fromPool(pool: pg.Pool, location: string): Db {
  const memo = new Map<symbol, unknown>();
  const base = wrap(pool, memo);
  return {
    dialect: 'postgres',
    location,
    query: base.query,
    memo,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client, memo));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
