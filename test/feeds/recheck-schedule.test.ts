import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextRecheckAt } from '../../src/feeds/recheck-schedule.js';

const FIRST = new Date('2026-11-22T08:00:00Z');
const at = (hours: number) => new Date(FIRST.getTime() + hours * 3600_000);
const next = (hours: number, horizonH = 72) => nextRecheckAt(FIRST, at(hours), horizonH * 3600)?.toISOString() ?? null;

test('re-check schedule: 1 h, 6 h, 24 h after first seen, then daily until the horizon; missed slots are skipped', () => {
  assert.equal(next(0), at(1).toISOString());
  assert.equal(next(1), at(6).toISOString(), 'a check made on the 1 h slot is next due at 6 h');
  assert.equal(next(5.9), at(6).toISOString());
  assert.equal(next(6), at(24).toISOString());
  assert.equal(next(24), at(48).toISOString(), 'then once a day');
  assert.equal(next(30), at(48).toISOString());
  assert.equal(next(49), at(72).toISOString());
  assert.equal(next(72), null, 'past the horizon: never again');
  assert.equal(next(6, 12), null, 'a shorter horizon stops sooner');
  assert.equal(next(0, 0), null, 'a zero horizon never re-checks');
  assert.equal(next(200, 24 * 30), at(216).toISOString(), 'after a long pause, the next daily slot, not the ones missed');
});
