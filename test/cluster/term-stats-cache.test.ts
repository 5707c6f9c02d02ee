// The per-handle cache of term frequencies: exact while this process is the only writer, and
// starting over when the store's document count says someone else wrote (or a rollback, or a
// truncate).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { TermStatsCache, documentFrequencies } from '../../src/store/term-stats.js';
import { openDb } from '../../src/store/open-db.js';
import type { Db } from '../../src/store/db.js';

let shared: Promise<Db> | null = null;
const database = (): Promise<Db> => (shared ??= openDb('memory://'));
after(async () => {
  if (shared) await (await shared).close();
});

test('the cache serves what it read, counts what this process wrote, and starts over when the count disagrees', () => {
  const cache = new TermStatsCache();
  cache.sync(10);
  const out: Record<string, number> = {};
  assert.deepEqual(cache.fill(['w:a', 'w:b'], out), ['w:a', 'w:b'], 'nothing known yet');
  cache.learn(['w:a', 'w:b'], { 'w:a': 3 });
  const known: Record<string, number> = {};
  assert.deepEqual(cache.fill(['w:a', 'w:b', 'w:c'], known), ['w:c']);
  assert.deepEqual(known, { 'w:a': 3 }, 'a term read as absent is known to be 0');
  cache.counted(['w:a', 'w:b']);
  cache.sync(11);
  const next: Record<string, number> = {};
  assert.deepEqual(cache.fill(['w:a', 'w:b'], next), []);
  assert.deepEqual(next, { 'w:a': 4, 'w:b': 1 });
  cache.sync(15); // another writer placed reports meanwhile
  assert.deepEqual(cache.fill(['w:a'], {}), ['w:a'], 'cleared');
});

test('documentFrequencies reads through the handle cache and sees a truncated store', async () => {
  const db = await database();
  await db.query('TRUNCATE term_stats');
  await db.query(`INSERT INTO term_stats (term, df) VALUES ('w:quak', 7)`);
  await db.query('UPDATE index_stats SET documents = 7');
  const { cacheOf } = await import('../../src/store/term-stats.js');
  cacheOf(db)!.sync(7);
  assert.deepEqual(await documentFrequencies(db, ['w:quak', 'w:none']), { 'w:quak': 7 });
  await db.query(`UPDATE term_stats SET df = 9 WHERE term = 'w:quak'`); // written behind the cache's back...
  assert.deepEqual(await documentFrequencies(db, ['w:quak']), { 'w:quak': 7 }, '...is not seen while the count agrees');
  cacheOf(db)!.sync(9); // ...and is once the count moves
  assert.deepEqual(await documentFrequencies(db, ['w:quak']), { 'w:quak': 9 });
});
