import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { createApp, type AppOptions } from '../../src/api/index.js';
import { addPaths, addRecords, type RecordInput } from '../../src/pipeline/index.js';
import { packageRoot } from '../../src/core/package-root.js';
import type { Db } from '../../src/store/db.js';
import type { DbTarget } from '../support/databases.js';

/** The fixed clock of the web tests. */
export const NOW = new Date('2026-03-15T12:00:00Z');

export function webFixture(...parts: string[]): string {
  return join(packageRoot(), 'test', 'fixtures', 'web', ...parts);
}

/** The hostile reports of test/fixtures/web/hostile-report, as records. */
export function hostileRecords(): RecordInput[] {
  return JSON.parse(readFileSync(webFixture('hostile-report', 'records.json'), 'utf8')) as RecordInput[];
}

export interface AppFixture {
  readonly db: Db;
  readonly app: Hono;
  drop(): Promise<void>;
}

/**
 * A fresh database of the target dialect holding the sample corpus (two stories told by six
 * outlets, with a copy and contradictions) and the hostile reports, with the app over it.
 */
export async function openAppFixture(target: DbTarget, options: Partial<AppOptions> = {}): Promise<AppFixture> {
  const { db, drop } = await target.open();
  try {
    await addPaths(db, [join(packageRoot(), 'samples', 'corpus')], { now: () => NOW });
    await addRecords(db, hostileRecords(), { now: () => NOW });
  } catch (error) {
    await drop();
    throw error;
  }
  const app = createApp({ db, loopback: true, now: () => NOW, log: () => undefined, ...options });
  return { db, app, drop };
}
