import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Db } from './db.js';
import { openPgliteDb } from './pglite-db.js';
import { openPostgresDb } from './postgres-db.js';
import { migrate } from './migrate.js';
import { lockDataDir } from './dir-lock.js';
import { StoreError } from '../core/errors.js';

/** Where the embedded database lives when neither `--db` nor `CORROBORATE_DB` says otherwise. */
export const DEFAULT_DATA_DIR = './.corroborate';
const MEMORY = 'memory://';

export interface OpenDbOptions {
  /** For PostgreSQL servers: a schema to work in (created if missing). */
  readonly schema?: string;
}

/**
 * Opens the store and brings its schema up to date.
 * - `undefined` or `memory://`: embedded PGlite in memory (tests, benches).
 * - `postgres://` or `postgresql://` URL: a PostgreSQL server.
 * - anything else: a directory for embedded PGlite (created if missing).
 *
 * @example
 * const db = await openDb('./.corroborate');
 * await db.close();
 */
export async function openDb(location?: string, options: OpenDbOptions = {}): Promise<Db> {
  let db: Db;
  let release: (() => void) | undefined;
  try {
    if (location === undefined || location === MEMORY) {
      db = await openPgliteDb();
    } else if (/^postgres(ql)?:\/\//.test(location)) {
      db = await openPostgresDb(location, options);
    } else {
      const dir = resolve(location);
      mkdirSync(dir, { recursive: true });
      release = lockDataDir(dir);
      db = await openPgliteDb(dir);
    }
  } catch (error) {
    release?.();
    if (error instanceof StoreError) throw error;
    throw new StoreError(`cannot open database ${location ?? MEMORY}: ${(error as Error).message}`);
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    release?.();
    throw error;
  }
  if (!release) return db;
  const unlock = release;
  return {
    ...db,
    async close() {
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}
