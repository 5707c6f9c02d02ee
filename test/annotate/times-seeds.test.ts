import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TimeExpression } from '../../src/core/records.js';
import { findTimes, TIME_RULE_IDS } from '../../src/annotate/times/index.js';

/** The seed reports, read at test time from ../shared (never copied into the repo). */
const SEEDS = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const PUBLISHED = '2025-12-13';

function seed(prefix: string): TimeExpression[] {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  assert.ok(name, `seed ${prefix} missing in ${SEEDS}`);
  const text = readFileSync(`${SEEDS}${name}`, 'utf8');
  const times = findTimes(text, { published: PUBLISHED });
  for (const t of times) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(TIME_RULE_IDS.has(t.rule), t.rule);
  }
  return times;
}

function find(times: readonly TimeExpression[], text: string): TimeExpression {
  const hit = times.find((t) => t.text === text);
  assert.ok(hit, `"${text}" not found in ${JSON.stringify(times.map((t) => t.text))}`);
  return hit;
}

test('seed 000: December 13, 2025; two days of talks; in June; in 2020-ish years', () => {
  const times = seed('000_');
  const day = find(times, 'on December 13, 2025');
  assert.deepEqual([day.startDate, day.endDate, day.precision, day.type], ['2025-12-13', '2025-12-13', 'day', 'date']);
  const talks = find(times, 'two days');
  assert.equal(talks.type, 'duration');
  assert.equal(talks.duration, 'P2D');
  const june = find(times, 'in June');
  assert.deepEqual([june.startDate, june.endDate, june.precision], ['2025-06-01', '2025-06-30', 'month']);
  const september = find(times, 'September');
  assert.equal(september.startDate, '2025-09-01');
  const since = find(times, 'since 2020');
  assert.equal(since.relation, 'since');
  assert.equal(since.precision, 'year');
});

test('seed 001: on Saturday, since July 2021, in 2020, two days of talks, three years since', () => {
  const times = seed('001_');
  const saturday = find(times, 'on Saturday');
  assert.deepEqual([saturday.startDate, saturday.endDate, saturday.precision], ['2025-12-13', '2025-12-13', 'day']);
  const since = find(times, 'since July 2021');
  assert.deepEqual([since.relation, since.precision, since.startDate], ['since', 'month', '2021-07-01']);
  const year = find(times, 'in 2020');
  assert.deepEqual([year.precision, year.startDate, year.endDate], ['year', '2020-01-01', '2020-12-31']);
  assert.equal(find(times, 'two days').type, 'duration');
  assert.equal(find(times, 'three years').type, 'duration');
  assert.equal(find(times, 'this year').startDate, '2025-01-01');
  assert.equal(find(times, 'Sat, Dec. 13, 2025').startDate, '2025-12-13');
});
