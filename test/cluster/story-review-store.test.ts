// Reviews in the store (in-memory PGlite): a story found to hold two events of one kind is split
// into two stories, recorded with its evidence, its reports and index rows moved, the two linked
// as related events; and they are not merged back by the next review.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterFeatures, type ClusterFeatures } from '../../src/cluster/index.js';
import type { Db } from '../../src/store/db.js';
import { openDb } from '../../src/store/open-db.js';
import { placeReport, relatedStories } from '../../src/store/story-index.js';
import { clearStore, reportId } from './helpers.js';

let shared: Promise<Db> | null = null;
const database = (): Promise<Db> => (shared ??= openDb('memory://'));
after(async () => {
  if (shared) await (await shared).close();
});

// Two arrests of two players of one team: the topic (team, city, charge) is shared and outweighs
// who at the first pass; names are rare in a store of a thousand other reports.
const TOPIC = { 'e:chargers': 3, 'e:san': 2, 'e:diego': 2, 'w:arrest': 3, 'w:suspicion': 2, 'e:dui': 2, 'w:drive': 2, 'w:polic': 1 };
const jackson = (i: number): Record<string, number> => ({ ...TOPIC, 'e:vincent': 2, 'e:jackson': 2, 'w:receiv': 1, [`w:detail${i}`]: 1 });
const williams = (i: number): Record<string, number> => ({ ...TOPIC, 'e:jamal': 2, 'e:williams': 2, 'w:tackl': 1, [`w:detail${i}`]: 1 });

function handMade(terms: Record<string, number>): ClusterFeatures {
  return { ...clusterFeatures({ title: null, text: '', published: null }), terms, keys: Object.keys(terms) };
}

async function place(db: Db, name: string, terms: Record<string, number>, second: number) {
  const id = reportId(name);
  const addedAt = new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();
  return db.transaction(async (tx) => {
    await tx.query('INSERT INTO raw_inputs (sha256, bytes, name, size) VALUES ($1, $2, $3, 0)', [id, new Uint8Array(0), name]);
    await tx.query(`INSERT INTO reports (id, content_sha256, raw_sha256, title, text, article, annotations, pipeline_version, added_at) VALUES ($1, $1, $1, $2, '', '{}', '{}', 0, $3)`, [id, name, addedAt]);
    return placeReport(tx, { id, title: name, features: handMade(terms), publishedAt: null, addedAt });
  });
}

test('a story of two events of one kind is split at its review: recorded, reports moved, the two linked', async () => {
  const db = await database();
  await clearStore(db);
  // Background: a thousand unrelated reports make the topic words rare but not unique.
  await db.query(`INSERT INTO term_stats (term, df) SELECT t, 20 FROM unnest($1::text[]) AS t`, [Object.keys(TOPIC)]);
  await db.query('UPDATE index_stats SET documents = 1000');
  const order = ['J', 'J', 'W', 'J', 'W', 'J', 'W', 'W', 'J', 'W', 'J', 'W', 'W', 'J'];
  const placements = [];
  for (const [i, who] of order.entries()) placements.push(await place(db, `${who}${i}`, who === 'J' ? jackson(i) : williams(i), i));
  const storyOf = async (name: string) => (await db.query<{ story_id: string }>('SELECT story_id FROM reports WHERE id = $1', [reportId(name)])).rows[0]!.story_id;
  const stories = new Map<string, Set<string>>();
  for (const [i, who] of order.entries()) {
    const s = await storyOf(`${who}${i}`);
    stories.set(s, (stories.get(s) ?? new Set()).add(who));
  }
  assert.equal(stories.size, 2, `two stories, got ${JSON.stringify([...stories].map(([s, w]) => [s, [...w]]))}`);
  for (const whos of stories.values()) assert.equal(whos.size, 1, 'each story tells one event');

  const splits = await db.query<{ story_id: string; new_story: string; evidence: { rule: string; link: number; split: { reports: number; distinctive: string[] } } }>('SELECT * FROM story_splits');
  assert.ok(splits.rows.length >= 1, 'the split is recorded');
  const split = splits.rows[0]!;
  assert.equal(split.evidence.rule, 'cluster/split-events');
  assert.ok(split.evidence.split.reports >= 5);
  assert.ok(split.evidence.split.distinctive.some((t) => /williams|jamal|jackson|vincent/u.test(t)), JSON.stringify(split.evidence));
  assert.ok(placements.some((p) => p.created.includes(split.new_story)), 'the placement that triggered the review reports the new story');

  // Rows agree: counts, index rows, keys; and the two are a thread of related events.
  const counts = await db.query<{ id: string; report_count: number; indexed: number; actual: number }>(
    `SELECT s.id, s.report_count, si.report_count AS indexed, (SELECT count(*)::int FROM reports r WHERE r.story_id = s.id) AS actual
       FROM stories s JOIN story_index si ON si.story_id = s.id WHERE s.merged_into IS NULL AND s.report_count > 0`,
  );
  for (const c of counts.rows) assert.deepEqual([c.report_count, c.indexed], [c.actual, c.actual], `counts of ${c.id}`);
  const moved = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM report_index ri JOIN reports r ON r.id = ri.report_id WHERE ri.story_id <> r.story_id');
  assert.equal(moved.rows[0]!.n, 0, 'report_index follows reports');
  const thread = await relatedStories(db, split.story_id);
  assert.ok(thread.some((t) => t.story === split.new_story), 'the split-off story is in the thread');
  const link = await db.query('SELECT 1 FROM story_links WHERE story_id = $1 AND related_id = $2 AND rule = $3', [split.story_id, split.new_story, 'cluster/split-events']);
  assert.equal(link.rows.length, 1, 'linked by the split');

  // More reports of either event go to their own story, and no review merges the two again.
  const more = await place(db, 'W99', williams(99), 99);
  const again = await place(db, 'J98', jackson(98), 98);
  assert.notEqual(more.story, again.story);
  assert.deepEqual([...more.merged, ...again.merged], []);
});
