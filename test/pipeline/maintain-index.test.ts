// Upkeep of the cluster index where no autovacuum does it: PGlite always, a server with it off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addRecords } from '../../src/pipeline/index.js';
import { maintainIndex } from '../../src/store/maintain-index.js';
import type { Db } from '../../src/store/db.js';
import { dbTargets } from '../support/databases.js';

const RECORDS = [
  { id: 'm1', title: 'Flood closes Ternat bridge', text: 'The river Dender flooded the Ternat bridge on Monday, the mayor said.', published: '2026-03-02' },
  { id: 'm2', title: 'Ternat bridge shut by flood', text: 'Flood water closed the bridge at Ternat on Monday, according to the mayor.', published: '2026-03-02' },
  { id: 'm3', title: 'Quake shakes Kermadec Islands', text: 'A magnitude 6.1 earthquake struck the Kermadec Islands on Tuesday.', published: '2026-03-03' },
];

async function marker(db: Db): Promise<{ documents: number; maintained: number }> {
  const r = await db.query<{ documents: string; maintained: string }>('SELECT documents::text AS documents, maintained_documents::text AS maintained FROM index_stats WHERE id = 1');
  return { documents: Number(r.rows[0]!.documents), maintained: Number(r.rows[0]!.maintained) };
}

for (const target of await dbTargets()) {
  test(`${target.name}: adds vacuum the index once every N reports, where autovacuum does not`, { skip: target.unavailable ?? false }, async () => {
    const { db, drop } = await target.open();
    try {
      const autovacuum = (await db.query<{ on: string }>(`SELECT current_setting('autovacuum') AS on`)).rows[0]!.on === 'on';
      const ours = target.name === 'pglite' || !autovacuum;
      await addRecords(db, RECORDS.slice(0, 2), { maintainEvery: 3 });
      assert.deepEqual(await marker(db), { documents: 2, maintained: 0 }, 'not due before 3 reports');
      await addRecords(db, RECORDS.slice(2), { maintainEvery: 3 });
      assert.deepEqual(await marker(db), { documents: 3, maintained: ours ? 3 : 0 }, ours ? 'due at 3: vacuumed and marked' : 'a server with autovacuum on is left to it');
      assert.equal(await maintainIndex(db, 3), false, 'not due again until 3 more');
      // The store still works after a vacuum: the next report is placed as before.
      const [again] = await addRecords(db, [{ ...RECORDS[1]!, id: 'm4', text: RECORDS[1]!.text + ' Roads were closed too.' }], { maintainEvery: 3 });
      assert.equal(again?.kind, 'added');
    } finally {
      await drop();
    }
  });
}
