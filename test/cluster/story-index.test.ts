// placeReport and relatedStories on in-memory PGlite: rows written, merges recorded, the seeds.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterFeatures, type ClusterFeatures } from '../../src/cluster/index.js';
import type { Db } from '../../src/store/db.js';
import { openDb } from '../../src/store/open-db.js';
import { placeReport, relatedStories } from '../../src/store/story-index.js';
import { sharedDir } from '../../bench/cluster/dev-data.js';
import { addToStore, clearStore, reportId } from './helpers.js';

let shared: Promise<Db> | null = null;
const database = (): Promise<Db> => (shared ??= openDb('memory://'));
after(async () => {
  if (shared) await (await shared).close();
});

function handMade(terms: Record<string, number>, published: string | null = null): ClusterFeatures {
  const base = clusterFeatures({ title: null, text: '', published: null });
  return { ...base, terms, keys: Object.keys(terms), date: published ? { date: published, rule: 'cluster/date-published' } : null };
}

async function insertAndPlace(db: Db, name: string, features: ClusterFeatures, second: number) {
  const publishedAt = features.date?.date ?? null;
  const id = reportId(name);
  const addedAt = new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();
  return db.transaction(async (tx) => {
    await tx.query('INSERT INTO raw_inputs (sha256, bytes, name, size) VALUES ($1, $2, $3, 0)', [id, new Uint8Array(0), name]);
    await tx.query(
      `INSERT INTO reports (id, content_sha256, raw_sha256, title, text, article, annotations, pipeline_version, added_at)
       VALUES ($1, $1, $1, $2, '', '{}', '{}', 0, $3)`,
      [id, name, addedAt],
    );
    return placeReport(tx, { id, title: name, features, publishedAt, addedAt });
  });
}

test('a bridging report shows two stories to be one at the review: merged, recorded, reports moved, the older id kept', async () => {
  const db = await database();
  await clearStore(db);
  // A and B share one name of four: apart. C names all of both's: the bridge.
  const a = await insertAndPlace(db, 'A', handMade({ 'e:x': 4, 'e:y': 4, 'e:y2': 4, 'e:y3': 4 }), 1);
  const b = await insertAndPlace(db, 'B', handMade({ 'e:x': 4, 'e:z': 4, 'e:z2': 4, 'e:z3': 4 }), 2);
  assert.ok(a.isNewStory && b.isNewStory, 'A and B found their own stories');
  assert.equal(a.story, 's' + reportId('A').slice(1));
  const c = await insertAndPlace(db, 'C', handMade({ 'e:x': 4, 'e:y': 4, 'e:y2': 4, 'e:y3': 4, 'e:z': 4, 'e:z2': 4, 'e:z3': 4 }), 3);
  assert.equal(c.story, a.story, 'the older story survives');
  assert.deepEqual(c.merged, [b.story]);
  assert.equal(c.isNewStory, false);

  const merges = await db.query<{ from_story: string; into_story: string; evidence: { rule: string } }>('SELECT * FROM story_merges');
  assert.equal(merges.rows.length, 1);
  assert.equal(merges.rows[0]!.from_story, b.story);
  assert.equal(merges.rows[0]!.into_story, a.story);
  assert.equal(merges.rows[0]!.evidence.rule, 'cluster/merge-events');
  const stories = await db.query<{ id: string; merged_into: string | null; report_count: number }>('SELECT id, merged_into, report_count FROM stories ORDER BY id');
  const byId = new Map(stories.rows.map((s) => [s.id, s]));
  assert.equal(byId.get(b.story)!.merged_into, a.story);
  assert.equal(byId.get(a.story)!.report_count, 3);
  const reports = await db.query<{ story_id: string }>('SELECT DISTINCT story_id FROM reports');
  assert.deepEqual(reports.rows.map((r) => r.story_id), [a.story]);

  // A later report like B's finds the merged story through B's moved keys.
  const d = await insertAndPlace(db, 'D', handMade({ 'e:x': 4, 'e:z': 4, 'e:z2': 4, 'e:z3': 4 }), 4);
  assert.equal(d.story, a.story);
});

test('a related but distinct story is linked into a thread, not merged', async () => {
  const db = await database();
  await clearStore(db);
  // One process, three months apart: the same place and words, a count of its own.
  const june = await insertAndPlace(db, 'June', handMade({ 'e:minsk': 4, 'w:prison': 3, 'w:releas': 3, 'q:14 prison': 3, 'e:june': 4 }, '2025-06-21'), 1);
  const sept = await insertAndPlace(db, 'Sept', handMade({ 'e:minsk': 4, 'w:prison': 3, 'w:releas': 3, 'q:51 prison': 3, 'e:septemb': 4, 'e:envoy': 4, 'e:kellogg': 3 }, '2025-09-11'), 2);
  assert.notEqual(june.story, sept.story);
  const thread = await relatedStories(db, sept.story);
  assert.deepEqual(thread.map((s) => s.story), [june.story]);
  assert.equal(thread[0]!.rule, 'cluster/related-thread');
});

test('the two seed reports land in one story, and the second explains its derivation', async (t) => {
  const dir = join(sharedDir(), 'seeds');
  if (!existsSync(dir)) {
    if (process.env.CI === 'true') assert.fail(`seeds missing at ${dir}`);
    t.skip(`seeds not found at ${dir} (../shared beside the repository)`);
    return;
  }
  const db = await database();
  await clearStore(db);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const placements = [];
  let second = 0;
  // The wire story (001) first, then the rewrite (000), as they were published.
  for (const f of [...files].reverse()) {
    const text = readFileSync(join(dir, f), 'utf8');
    placements.push(await addToStore(db, { id: f, title: null, published: '2025-12-13', text }, new Date(Date.UTC(2026, 0, 1, 0, 0, second++)).toISOString()));
  }
  const [first, rewrite] = placements;
  assert.equal(rewrite!.story, first!.story, JSON.stringify(rewrite!.evidence));
  assert.ok(rewrite!.evidence.sharedNumbers.some((n) => n.startsWith('123')), 'shares the 123 released');
  assert.ok(rewrite!.evidence.sharedNames.length >= 3);
  // Either derived (with its rule and reason) or independent with the closest match explained.
  const explained = rewrite!.derivation?.evidence.reason ?? rewrite!.originality?.reason;
  assert.ok(explained && explained.includes(reportId(files[1]!)), explained);
  const stored = await db.query<{ derivation: { rule: string } }>('SELECT derivation FROM reports WHERE id = $1', [reportId(files[0]!)]);
  assert.ok(stored.rows[0]!.derivation.rule.startsWith('derive/'));
});
