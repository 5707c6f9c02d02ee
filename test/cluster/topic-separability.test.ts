// The separability diagnostic (bench/cluster/topic-separability.ts): on hand-made events its
// verdicts follow the review's rules; on the dev stream it gates how well the split rule alone
// recovers each topic's two events from one story (the worst a stream can build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type ClusterFeatures } from '../../src/cluster/index.js';
import { streamStats, topicSeparability } from '../../bench/cluster/topic-separability.js';
import { recordFeatures } from '../../bench/cluster/dev-data.js';
import { pinnedDevStream } from './dev-stream.js';

/** A report of one quake: shared topic words, its own place and magnitude, and a detail of that quake. */
function quake(place: string, magnitude: string, k: number): Pick<ClusterFeatures, 'terms'> {
  const terms: Record<string, number> = { 'w:earthquak': 2, 'w:magnitud': 1, 'w:rescu': 1, [`e:${place}`]: 2, [`n:${magnitude}`]: 1, [`w:${place}${k % 3}`]: 1 };
  return { terms };
}

test('two events of one kind with their own names and numbers: kept apart, and split apart as one story', () => {
  const events = new Map<string, string>();
  const features = new Map<string, Pick<ClusterFeatures, 'terms'>>();
  for (let k = 0; k < 6; k++) {
    events.set(`a${k}`, '7_ecb').set(`b${k}`, '7_ecbplus');
    features.set(`a${k}`, quake('sichuan', '7.9', k)).set(`b${k}`, quake('haiti', '7.0', k + 1));
  }
  const df: Record<string, number> = { 'w:earthquak': 12, 'w:magnitud': 12, 'w:rescu': 12, 'e:sichuan': 6, 'e:haiti': 6, 'n:7.9': 6, 'n:7.0': 6 };
  for (const place of ['sichuan', 'haiti']) for (let d = 0; d < 3; d++) df[`w:${place}${d}`] = 2;
  const [row] = topicSeparability(events, features, { documents: 400, df });
  assert.ok(row);
  assert.equal(row.topic, '7');
  assert.deepEqual(row.events.map((e) => [e.event, e.reports]), [['7_ecb', 6], ['7_ecbplus', 6]]);
  assert.ok(row.events.every((e) => e.within > row.across), `within ${row.events.map((e) => e.within)} vs across ${row.across}`);
  assert.equal(row.merged, false);
  assert.deepEqual(row.splitParts, [{ '7_ecb': 6 }, { '7_ecbplus': 6 }]);
  assert.equal(row.splitF1, 1);
});

test('one event told twelve times alike: not split, and a split F1 that says so', () => {
  const events = new Map<string, string>();
  const features = new Map<string, Pick<ClusterFeatures, 'terms'>>();
  for (let k = 0; k < 12; k++) {
    events.set(`r${k}`, k < 6 ? '7_ecb' : '7_ecbplus');
    features.set(`r${k}`, quake('sichuan', '7.9', k));
  }
  const df: Record<string, number> = { 'w:earthquak': 12, 'w:magnitud': 12, 'w:rescu': 12, 'e:sichuan': 12, 'n:7.9': 12, 'w:sichuan0': 4, 'w:sichuan1': 4, 'w:sichuan2': 4 };
  const [row] = topicSeparability(events, features, { documents: 400, df });
  assert.ok(row);
  assert.equal(row.splitParts.length, 1);
  // Gold says two events of six: 30 of the 66 pairs in the one part are the same event.
  assert.equal(row.splitF1, (2 * 30) / (66 + 30));
});

/**
 * Measured on 2026-12-04 by `SEPARABILITY=1 node dist/bench/cluster/quick.js` (records' own
 * text): 21 topics, mean split F1 0.9623; topic 9 the one not split, topics 9 and 35 the two
 * merged as two stories (35 then splits again).
 */
const MEAN_SPLIT_F1_FLOOR = 0.95;

test('dev stream: the split rule recovers the events of each topic told as one story', async (t) => {
  const dev = await pinnedDevStream(t);
  if (!dev) return;
  const events = new Map(dev.records.map((r) => [r.id, String(r.cluster)]));
  const features = new Map(dev.records.map((r) => [r.id, recordFeatures(r)]));
  const rows = topicSeparability(events, features, streamStats(features.values()));
  assert.equal(rows.length, 21);
  const mean = rows.reduce((sum, r) => sum + r.splitF1, 0) / rows.length;
  assert.ok(mean >= MEAN_SPLIT_F1_FLOOR, `mean split F1 ${mean.toFixed(4)} < floor ${MEAN_SPLIT_F1_FLOOR}`);
});
