import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findQuantities, QUANTITY_RULE_IDS } from '../../src/annotate/quantities/index.js';
import { findTimes, TIME_RULE_IDS } from '../../src/annotate/times/index.js';
import { splitForTest } from '../support/split-for-test.js';

/** Real news text no one on the team wrote (ECB+ dev articles), read at test time from ../shared. */
const CORPUS = fileURLToPath(new URL('../../../../shared/data/clustering-dev/ecbplus-odd-topics.jsonl', import.meta.url));
/** Articles swept: enough for every rule to fire, few enough to stay near one second. */
const SWEEP_SIZE = 150;


test('dev sweep: every quantity and time on real articles cites its words and a declared rule', { skip: !existsSync(CORPUS) }, (t) => {
  const started = performance.now();
  const docs = readFileSync(CORPUS, 'utf8').trim().split('\n').slice(0, SWEEP_SIZE).map((line) => JSON.parse(line) as { text: string });
  let quantities = 0;
  let withCounted = 0;
  let withEvent = 0;
  let times = 0;
  for (const { text } of docs) {
    const sentences = splitForTest(text);
    const found = findTimes(text, { published: '2025-12-13', sentences });
    for (const t of found) {
      assert.equal(text.slice(t.start, t.end), t.text);
      assert.ok(TIME_RULE_IDS.has(t.rule), t.rule);
      if (t.startDate !== null) assert.ok(t.endDate !== null && t.startDate <= t.endDate, t.text);
    }
    for (const q of findQuantities(text, sentences, { times: found })) {
      assert.equal(text.slice(q.start, q.end), q.text);
      assert.ok(QUANTITY_RULE_IDS.has(q.rule), q.rule);
      assert.ok(q.low <= q.high, q.text);
      assert.ok(!found.some((t) => q.start < t.end && q.end > t.start && t.type === 'date' && /\d/u.test(t.text)), `"${q.text}" overlaps a date`);
      quantities++;
      if (q.counted !== null) withCounted++;
      if (q.event !== null) withEvent++;
    }
    times += found.length;
  }
  assert.ok(quantities > 100 && times > 100, `too few records: ${quantities} quantities, ${times} times`);
  t.diagnostic(`${docs.length} articles: ${quantities} quantities (${withCounted} with counted, ${withEvent} with event), ${times} times, ${Math.round(performance.now() - started)} ms`);
});
