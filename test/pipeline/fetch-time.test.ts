// Which time an incomplete dateline is read against: a page's fetch time, never the time of adding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addRecords, addSources, reprocessReports } from '../../src/pipeline/index.js';
import { splitInput, type ReportSource } from '../../src/ingest/index.js';
import { dbTargets } from '../support/databases.js';

// A scraped page whose only date is a bare time and a day without its year: both mean something
// only to whoever knows when the page was read.
const BODY = 'The harbour bridge in Eastport reopened to traffic after three weeks of repairs, the city council said in a statement.';
const PAGE = `Harbour bridge reopens\n\nUpdated 9:06 AM\n\n${BODY}\n\nShe said the works had cost 2.1 million euros.`;
const ADDED = new Date('2026-11-30T15:00:00Z');
const encoder = new TextEncoder();

function only(sources: ReturnType<typeof splitInput>): ReportSource {
  const [source] = sources;
  assert.equal(source?.kind, 'report-source');
  return source as ReportSource;
}

for (const target of await dbTargets()) {
  test(`${target.name}: a fetched page is dated by its fetch time; a file or a dump line is not dated by the time it was added`, { skip: target.unavailable ?? false }, async () => {
    const { db, drop } = await target.open();
    try {
      const fetched = only(splitInput('https://news.test/bridge', encoder.encode(PAGE), { url: 'https://news.test/bridge', contentType: 'text/plain', fetchedAt: '2025-06-03T10:00:00Z' }));
      const file = only(splitInput('saved/bridge.txt', encoder.encode(PAGE.replace('Eastport', 'Westport'))));
      const outcomes = await addSources(db, [fetched, file], { now: () => ADDED });
      assert.deepEqual(outcomes.map((o) => o.kind), ['added', 'added']);
      await addRecords(db, [{ id: 'dump-1', title: 'Harbour bridge reopens', text: `Updated 9:06 AM\n${BODY.replace('Eastport', 'Northport')}` }], { now: () => ADDED });

      const rows = async (): Promise<Record<string, { published: string | null; fetched: string | null }>> => {
        const r = await db.query<{ name: string; published: string | null; fetched: string | null }>(
          `SELECT i.name, r.published, to_char(r.fetched_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS fetched
             FROM reports r JOIN raw_inputs i ON i.sha256 = r.raw_sha256 ORDER BY r.seq`,
        );
        return Object.fromEntries(r.rows.map((x) => [x.name, { published: x.published, fetched: x.fetched }]));
      };
      const first = await rows();
      assert.deepEqual(first['https://news.test/bridge'], { published: '2025-06-03', fetched: '2025-06-03T10:00:00Z' }, '9:06 AM on the day it was fetched');
      assert.deepEqual(first['saved/bridge.txt'], { published: null, fetched: null }, 'a saved file: no day to read 9:06 AM on');
      const dump = Object.entries(first).find(([name]) => name !== 'https://news.test/bridge' && name !== 'saved/bridge.txt');
      assert.deepEqual(dump?.[1], { published: null, fetched: null }, 'a dump line: not dated by the day it was added');

      // Reprocessed later, each report reads the same again: against its fetch time, not today.
      await db.query('UPDATE reports SET pipeline_version = 0, published = NULL');
      const again = await reprocessReports(db);
      assert.deepEqual(again.map((o) => o.kind), ['reprocessed', 'reprocessed', 'reprocessed']);
      assert.deepEqual(await rows(), first);
    } finally {
      await drop();
    }
  });
}
