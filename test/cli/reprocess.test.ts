import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { openDb } from '../../src/store/open-db.js';
import { captureIo } from '../support/capture-io.js';

const REPORT = [
  'Harbour bridge reopens after repairs',
  '',
  'The harbour bridge in Eastport reopened to traffic on Monday after three weeks of repairs, the city said.',
  '',
  '"It is good to have our short cut back," said Ana Ruiz, who runs a bakery by the bridge.',
].join('\n');
const RECORDS = '{"id":"x-1","title":"Ferry timetable changes","text":"The island ferry will run every 40 minutes from June, the operator said on Tuesday.","published":"2026-04-14"}\n';

test('reprocess rebuilds stale reports from their raw input, keeping ids and stories', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-reprocess-'));
  const dbDir = join(dir, 'db');
  try {
    writeFileSync(join(dir, 'bridge.txt'), REPORT);
    writeFileSync(join(dir, 'dump.ndjson'), RECORDS);
    assert.equal(await main(['add', '--db', dbDir, dir], captureIo().io), 0);

    let db = await openDb(dbDir);
    const before = (await db.query<{ id: string; story_id: string; text: string; annotations: unknown }>('SELECT id, story_id, text, annotations FROM reports ORDER BY id')).rows;
    // Pretend an older pipeline made these: stale version, damaged analysis.
    await db.query(`UPDATE reports SET pipeline_version = 0, text = 'stale', annotations = '{}'::jsonb`);
    await db.close();

    const run = captureIo();
    assert.equal(await main(['reprocess', '--json', '--db', dbDir], run.io), 0);
    assert.equal((JSON.parse(run.stdout()) as { reprocessed: number }).reprocessed, 2);

    db = await openDb(dbDir);
    const after = (await db.query<{ id: string; story_id: string; text: string; annotations: unknown }>('SELECT id, story_id, text, annotations FROM reports ORDER BY id')).rows;
    await db.close();
    assert.deepEqual(after, before, 'the same ids, stories, text and annotations as the first run made');

    const again = captureIo();
    assert.equal(await main(['reprocess', '--db', dbDir], again.io), 0);
    assert.match(again.stdout(), /reprocessed 0, failed 0/, 'nothing is stale any more');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
