// The per-handle cache of reports' wording samples: served by id and seq, least recently used
// first out, and never in place of a row the store holds under another seq.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { SamplesCache, samplesCacheOf } from '../../src/store/samples-cache.js';
import { openDb } from '../../src/store/open-db.js';
import type { Db } from '../../src/store/db.js';
import { addToStore, clearStore, loadFixtures, reportId } from './helpers.js';

let shared: Promise<Db> | null = null;
const database = (): Promise<Db> => (shared ??= openDb('memory://'));
after(async () => {
  if (shared) await (await shared).close();
});

const samples = (n: number) => ({ minhash: [n], shingles: [n], phrases: [n] });

test('the cache serves a report by id and seq, and drops the least recently used when full', () => {
  const cache = new SamplesCache(2);
  cache.put('r1', 1, samples(1));
  cache.put('r2', 2, samples(2));
  assert.deepEqual(cache.get('r1', 1), samples(1));
  assert.equal(cache.get('r1', 9), undefined, 'the same id under another seq is another row');
  cache.put('r3', 3, samples(3)); // r2 is the least recently used
  assert.equal(cache.get('r2', 2), undefined);
  assert.deepEqual(cache.get('r1', 1), samples(1));
  assert.deepEqual(cache.get('r3', 3), samples(3));
  assert.equal(cache.size, 2);
});

test("a report another worker stored again under a cached id is read from the store, not the cache", async () => {
  const db = await database();
  const [wire, copy] = loadFixtures().find((f) => f.slug === 'wire-copy')!.reports;
  // Another worker on the same store: its own handle, whose placements this handle's cache never sees.
  const otherWorker: Db = {
    dialect: db.dialect,
    location: db.location,
    query: (sql, params) => db.query(sql, params),
    transaction: (fn) => db.transaction((tx) => fn({ query: (sql, params) => tx.query(sql, params) })),
    close: async () => undefined,
  };
  const at = (i: number): string => new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
  await clearStore(db);
  assert.equal((await addToStore(db, wire!, at(0))).derivedFrom, null);
  assert.equal((await addToStore(db, copy!, at(1))).derivedFrom, reportId(wire!.id), 'the copy is found');
  assert.ok(samplesCacheOf(db)!.size >= 2, 'both placed reports are held');
  // The store emptied; the other worker stores an independent report of the same strike under
  // the wire's id. Were this handle's samples of the first "wire" served for it (it is a member of
  // the story the wire text joins, so among the reports the text is compared with), the wire
  // text placed next would read as its copy.
  await clearStore(db);
  const independent = {
    id: wire!.id,
    title: 'Rotterdam dockers back at work as strike ends',
    published: wire!.published,
    text:
      'Cranes were moving again at Rotterdam on Tuesday evening. The FNV Havens union called off the three-day walkout by dock workers ' +
      'once members backed a pay rise of 7.5 percent spread over two years. Dozens of container ships had queued off the Maasvlakte ' +
      'terminals during the stoppage; operators expect the backlog to be gone by the weekend. Negotiator Niek Stam called the deal fair.',
  };
  await addToStore(otherWorker, independent, at(2));
  const placed = await addToStore(db, { ...wire!, id: copy!.id }, at(3));
  assert.equal(placed.derivedFrom, null);
  assert.equal(placed.originality?.nearest, reportId(wire!.id), 'compared with the stored report, found independent');
});
