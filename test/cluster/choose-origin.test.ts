import { test } from 'node:test';
import assert from 'node:assert/strict';
import { originPrecedes } from '../../src/cluster/index.js';

const wire = { id: 'r2', outlet: 'Harbour Wire', published: '2026-05-02T09:00:00Z', text: 'Port workers walked out on Friday.' };

test('a stored copy that credits the new report\'s outlet makes the new report the origin', () => {
  const copy = { id: 'r1', outlet: 'Daily Tide', published: '2026-05-02', text: 'Port workers walked out on Friday.\nReporting by Harbour Wire' };
  assert.equal(originPrecedes(wire, copy)?.rule, 'derive/credits-origin');
  assert.equal(originPrecedes(copy, wire), null, 'the wire does not credit the copy');
});

test('publication order decides at the precision both dates state', () => {
  const sameDay = { id: 'r1', outlet: null, published: '2026-05-02', text: 'Port workers walked out on Friday.' };
  assert.equal(originPrecedes(wire, sameDay), null, 'a day-only date on the same day says nothing');
  const dayLater = { ...sameDay, published: '2026-05-03' };
  assert.equal(originPrecedes(wire, dayLater)?.rule, 'derive/published-earlier');
  const hourLater = { ...sameDay, published: '2026-05-02T11:00:00Z' };
  assert.equal(originPrecedes(wire, hourLater)?.rule, 'derive/published-earlier');
  assert.equal(originPrecedes(hourLater, wire), null);
  assert.equal(originPrecedes(wire, { ...sameDay, published: null }), null);
});
