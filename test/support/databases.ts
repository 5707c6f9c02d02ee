import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDb } from '../../src/store/open-db.js';
import type { Db } from '../../src/store/db.js';

/** The PostgreSQL server tests use unless told otherwise (these machines run one, trust auth). */
export const TEST_POSTGRES_URL = process.env.CORROBORATE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface DbTarget {
  readonly name: 'pglite' | 'postgres';
  /** Null when the target is available; else why not (the test is then skipped, or fails in CI). */
  readonly unavailable: string | null;
  /** A fresh, empty, migrated database; `drop` removes it. */
  open(): Promise<{ db: Db; url: string; drop: () => Promise<void> }>;
}

let postgresProbe: Promise<string | null> | undefined;

function probePostgres(): Promise<string | null> {
  postgresProbe ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return null;
    } catch (error) {
      return `no PostgreSQL server at ${TEST_POSTGRES_URL} (${(error as Error).message}); set CORROBORATE_TEST_PG_URL to run these tests against one`;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return postgresProbe;
}

/** Both dialects: the same test runs on embedded PGlite and on the PostgreSQL server. */
export async function dbTargets(): Promise<DbTarget[]> {
  const pgUnavailable = await probePostgres();
  if (pgUnavailable && process.env.CI) throw new Error(`${pgUnavailable} (CI=true: nothing may be skipped)`);
  return [
    {
      name: 'pglite',
      unavailable: null,
      async open() {
        const db = await openDb('memory://');
        return { db, url: 'memory://', drop: () => db.close() };
      },
    },
    {
      name: 'postgres',
      unavailable: pgUnavailable,
      async open() {
        const schema = `corroborate_test_${randomBytes(6).toString('hex')}`;
        const db = await openDb(TEST_POSTGRES_URL, { schema });
        const url = `${TEST_POSTGRES_URL}${TEST_POSTGRES_URL.includes('?') ? '&' : '?'}options=-c%20search_path%3D${schema}`;
        return {
          db,
          url,
          async drop() {
            await db.query(`DROP SCHEMA ${schema} CASCADE`).catch(() => undefined);
            await db.close();
          },
        };
      },
    },
  ];
}
