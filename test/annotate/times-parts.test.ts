import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, parseIsoDate, startOfWeek, formatDate } from '../../src/annotate/times/calendar.js';
import { findTimes } from '../../src/annotate/times/index.js';

test('calendar: ISO parsing, month arithmetic clamps the day, weeks start on Monday', () => {
  assert.deepEqual(parseIsoDate('2025-12-13T23:00:00Z'), { year: 2025, month: 12, day: 13 });
  assert.equal(parseIsoDate('not a date'), null);
  assert.deepEqual(parseIsoDate('Sat, 13 Dec 2025 10:00:00 GMT'), { year: 2025, month: 12, day: 13 });
  assert.equal(parseIsoDate('2025-02-30'), null);
  assert.equal(formatDate(addMonths({ year: 2025, month: 3, day: 31 }, -1)), '2025-02-28');
  assert.equal(formatDate(startOfWeek({ year: 2025, month: 12, day: 13 })), '2025-12-08');
});

test('findTimes: past-bias for weekdays around the publish day', () => {
  const on = (weekday: string): string | null => findTimes(`It happened on ${weekday}.`, { published: '2025-12-13' })[0]?.startDate ?? null;
  assert.equal(on('Saturday'), '2025-12-13');
  assert.equal(on('Friday'), '2025-12-12');
  assert.equal(on('Sunday'), '2025-12-07');
  assert.equal(on('Monday'), '2025-12-08');
});

test('findTimes: months without a year fall at or before the publish month', () => {
  const month = (name: string, published: string): string | null => findTimes(`It began in ${name}.`, { published })[0]?.startDate ?? null;
  assert.equal(month('June', '2025-12-13'), '2025-06-01');
  assert.equal(month('December', '2025-12-13'), '2025-12-01');
  assert.equal(month('December', '2026-01-05'), '2025-12-01');
});

test('findTimes: "may" and "march" as verbs are not months', () => {
  assert.deepEqual(findTimes('Protesters may march again, officials said.', { published: '2025-12-13' }), []);
});

test('findTimes: misuse throws, naming the fix', () => {
  assert.throws(() => findTimes(42 as unknown as string, { published: null }), /text must be/u);
  assert.throws(() => findTimes('text', null as unknown as { published: null }), /options must be/u);
});

test('findTimes: all-digit day/month without a year is not a date ("3/4 of voters", "24/7")', () => {
  assert.deepEqual(findTimes('About 3/4 of voters, open 24/7, rated 5/10.', { published: '2025-12-13' }), []);
  assert.equal(findTimes('Filed 13/12/2025.', { published: '2025-12-13' })[0]?.startDate, '2025-12-13');
});
