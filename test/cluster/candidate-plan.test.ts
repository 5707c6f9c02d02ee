// The candidate query's plan on both dialects: an ordered scan of the covering recency index that
// stops at each key's LIMIT (index-only where the visibility map is current), never a bitmap heap
// scan that reads a key's whole posting list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterSettings } from '../../src/cluster/index.js';
import { CANDIDATE_STORIES_SQL } from '../../src/store/story-index.js';
import { dbTargets } from '../support/databases.js';

/** Stories in the made store, and the keys every one of them is posted under (count). */
const STORIES = 4_000;
const COMMON_KEYS = 8;
/**
 * Each story is also posted under OTHER_KEYS keys of lists of STORIES_PER_OTHER_KEY stories, so
 * the table-wide average list is about as long as in a store of 100,000 reports (39 rows), while
 * the common keys' lists hold STORIES / COMMON_KEYS rows each: the skew of a real store, where a
 * report's retrieval keys have longer lists than the average term. On that estimate the planner
 * read the common keys' whole lists with a bitmap heap scan before migration 9 (checked: with
 * the old index this test fails on both dialects; with the covering index but without the
 * n_distinct setting it failed on the server while another transaction held a snapshot).
 */
const OTHER_KEYS = 24;
const STORIES_PER_OTHER_KEY = 40;

for (const target of await dbTargets()) {
  test(`${target.name}: the candidate query reads each key's latest postings in index order up to its LIMIT, however long the key's list`, { skip: target.unavailable ?? false }, async () => {
    const { db, drop } = await target.open();
    try {
      await db.query(`INSERT INTO stories (id, report_count) SELECT 's' || g, 1 FROM generate_series(1, ${STORIES}) AS g`);
      await db.query(
        `INSERT INTO story_index (story_id, centroid, report_count, seq) SELECT 's' || g, '{}'::jsonb, 1, g FROM generate_series(1, ${STORIES}) AS g`,
      );
      await db.query(`INSERT INTO story_keys (term, story_id, seen_seq) SELECT 'w:common' || (g % ${COMMON_KEYS}), 's' || g, g FROM generate_series(1, ${STORIES}) AS g`);
      await db.query(
        `INSERT INTO story_keys (term, story_id, seen_seq)
         SELECT 'w:other' || ((g * ${OTHER_KEYS} + k) % ${(STORIES * OTHER_KEYS) / STORIES_PER_OTHER_KEY}), 's' || g, g
           FROM generate_series(1, ${STORIES}) AS g, generate_series(1, ${OTHER_KEYS}) AS k`,
      );
      // As the store's upkeep leaves the tables (maintain-index.ts): vacuumed and analyzed.
      await db.query('VACUUM (ANALYZE) story_keys');
      await db.query('VACUUM (ANALYZE) story_index');
      const keys = Array.from({ length: COMMON_KEYS }, (_, i) => `w:common${i}`);
      const params = [keys, clusterSettings.POSTINGS_PER_KEY, clusterSettings.MAX_CANDIDATES];
      const plan = (await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${CANDIDATE_STORIES_SQL}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n');
      // Index-only where the visibility map is current; an ordered index scan where it lags.
      assert.match(plan, /Index (Only )?Scan using story_keys_latest_idx on story_keys/, plan);
      assert.doesNotMatch(plan, /Bitmap Heap Scan on story_keys/, plan);
      // And it answers: the stories of the latest postings, POSTINGS_PER_KEY per key.
      const rows = (await db.query<{ story_id: string; hits: number }>(CANDIDATE_STORIES_SQL, params)).rows;
      assert.equal(rows.length, clusterSettings.MAX_CANDIDATES);
      assert.ok(rows.every((r) => Number(r.story_id.slice(1)) > STORIES - clusterSettings.POSTINGS_PER_KEY * COMMON_KEYS));
    } finally {
      await drop();
    }
  });
}
