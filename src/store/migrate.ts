import type { Db } from './db.js';
import { migrations as allMigrations, type Migration } from './migrations/index.js';
import { StoreError } from '../core/errors.js';

/**
 * Any fixed 64-bit number works as the advisory lock key; this one spells "corrobor" in ASCII,
 * so it will not collide with another application's lock by accident.
 */
const MIGRATION_LOCK_KEY = '7165923063451717746';

/**
 * Applies every migration not yet recorded, each in its own transaction. On a shared PostgreSQL
 * server, an advisory lock makes concurrent workers wait for one another instead of racing.
 * Returns the versions applied.
 */
export async function migrate(db: Db, migrations: readonly Migration[] = allMigrations): Promise<number[]> {
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const done = await db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (seen.rows.length > 0) return false;
      try {
        for (const statement of splitStatements(migration.up)) await tx.query(statement);
      } catch (error) {
        throw new StoreError(
          `migration ${migration.version} (${migration.name}) failed on ${db.location}: ${(error as Error).message}`,
        );
      }
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}

/**
 * Extended-protocol queries take one statement each; migrations are written as scripts. Splits on
 * semicolons at line ends, which our DDL style guarantees (no function bodies with inner `;\n`).
 */
function splitStatements(script: string): string[] {
  return script
    .split(/;\s*\n/)
    .map((s) => s.trim().replace(/;$/, ''))
    .filter((s) => s.length > 0);
}
