import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../src/store/open-db.js';
import { packageRoot } from '../../src/core/package-root.js';
import type { Db } from '../../src/store/db.js';
import { dbTargets } from '../support/databases.js';
import { captureIo } from '../support/capture-io.js';
import { main } from '../../src/cli/main.js';

const BATCH = 120;
/** Reports the child must have stored before it is killed: some, far from all. */
const KILL_AFTER_ADDED = 10;
const TOWNS = ['Alder Bay', 'Brookfield', 'Cedar Falls', 'Dunmore', 'Eastwick', 'Fairhaven'];
const EVENTS = ['a warehouse fire', 'a bridge closure', 'a water main burst', 'a power cut', 'a bus crash'];

/** Synthetic local-news reports of our own, different enough to be separate reports. */
function writeBatch(dir: string): void {
  for (let i = 0; i < BATCH; i++) {
    const town = TOWNS[i % TOWNS.length]!;
    const event = EVENTS[i % EVENTS.length]!;
    const text = [
      `${town} council responds to ${event} (${i})`,
      '',
      `Officials in ${town} said on Monday that ${event} had affected ${i + 3} households and ${i % 7} businesses near the station.`,
      '',
      `"We expect to have everything back to normal within ${(i % 4) + 1} days," said council spokesman Peter Hale in report ${i}.`,
    ].join('\n');
    writeFileSync(join(dir, `report-${String(i).padStart(3, '0')}.txt`), text);
  }
}

async function reportCount(db: Db): Promise<number> {
  return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports')).rows[0]!.n;
}

async function assertConsistent(db: Db): Promise<void> {
  const orphans = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports WHERE story_id IS NULL');
  assert.equal(orphans.rows[0]!.n, 0, 'every stored report was placed in a story');
  const rawless = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports r LEFT JOIN raw_inputs i ON i.sha256 = r.raw_sha256 WHERE i.sha256 IS NULL');
  assert.equal(rawless.rows[0]!.n, 0, 'every report keeps its raw input');
}

for (const target of await dbTargets()) {
  test(`kill -9 mid-batch loses nothing committed and leaves a database that opens (${target.name})`, { skip: target.unavailable ?? false, timeout: 240_000 }, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-crash-'));
    const inputs = join(dir, 'inputs');
    mkdirSync(inputs);
    writeBatch(inputs);
    const { db: probe, url, drop } = await target.open();
    const dbArg = target.name === 'pglite' ? join(dir, 'db') : url;
    try {
      const child = spawn(process.execPath, [join(packageRoot(), 'dist/src/cli/bin.js'), 'add', '--verbose', '--db', dbArg, inputs], { stdio: ['ignore', 'ignore', 'pipe'] });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      // Kill once some reports are committed (the child says so, one line per report), while
      // most are still to come.
      let added = 0;
      const enough = new Promise<void>((resolve) => {
        child.stderr.on('data', (chunk: Buffer) => {
          added += (chunk.toString().match(/^added /gm) ?? []).length;
          if (added >= KILL_AFTER_ADDED) resolve();
        });
        child.on('exit', () => resolve());
      });
      await enough;
      child.kill('SIGKILL');
      await exited;

      const db = target.name === 'pglite' ? await openDb(dbArg) : probe;
      const stored = await reportCount(db);
      t.diagnostic(`reports committed before the kill: ${stored} of ${BATCH}`);
      await assertConsistent(db);
      if (db !== probe) await db.close();

      const run = captureIo();
      const code = await main(['add', '--json', '--db', dbArg, inputs], run.io);
      const summary = JSON.parse(run.stdout()) as { added: number; present: number; failed: number };
      assert.equal(code, 0);
      assert.ok(stored >= KILL_AFTER_ADDED, 'the reports the child said it stored are there');
      assert.equal(summary.present, stored, 'what was committed before the kill is found again');
      assert.equal(summary.added + summary.present, BATCH, 'the rest of the batch is added on the second run');
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await drop();
    }
  });
}
