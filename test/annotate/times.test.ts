import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TimeExpression } from '../../src/core/records.js';
import { findTimes, TIME_RULES, TIME_RULE_IDS } from '../../src/annotate/times/index.js';

/** Fixtures live in the source tree: dist/test/annotate -> test/fixtures/annotate/times. */
const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/annotate/times/', import.meta.url));

interface Expected {
  readonly published: string | null;
  readonly present: readonly (Partial<Record<keyof TimeExpression, unknown>> & { text: string })[];
  readonly absent: readonly string[];
}

function checkInvariants(text: string, times: readonly TimeExpression[]): void {
  let previousEnd = 0;
  for (const t of times) {
    assert.equal(t.kind, 'time');
    assert.equal(text.slice(t.start, t.end), t.text, `text of ${JSON.stringify(t)}`);
    assert.ok(TIME_RULE_IDS.has(t.rule), `rule ${t.rule} of ${t.text} is not declared in TIME_RULES`);
    assert.ok(t.start >= previousEnd, `"${t.text}" overlaps the expression before it`);
    previousEnd = t.end;
    if (t.type === 'duration') assert.equal(t.startDate, null);
    if (t.startDate !== null) assert.ok(t.endDate !== null && t.startDate <= t.endDate, `range of ${t.text}`);
  }
}

for (const slug of readdirSync(FIXTURES).sort()) {
  test(`times fixture: ${slug}`, () => {
    const text = readFileSync(`${FIXTURES}${slug}/input.txt`, 'utf8');
    const expected = JSON.parse(readFileSync(`${FIXTURES}${slug}/expected.json`, 'utf8')) as Expected;
    const times = findTimes(text, { published: expected.published });
    checkInvariants(text, times);
    for (const want of expected.present) {
      const got = times.find((t) => t.text === want.text);
      assert.ok(got, `expected a time "${want.text}"; got ${JSON.stringify(times.map((t) => t.text))}`);
      for (const [key, value] of Object.entries(want)) {
        const actual: unknown = (got as unknown as Record<string, unknown>)[key];
        assert.deepEqual(actual, value, `${key} of "${want.text}"`);
      }
    }
    for (const absent of expected.absent) assert.equal(times.find((t) => t.text === absent), undefined, `"${absent}" must not be a time`);
  });
}

test('findTimes: the worked example of its TSDoc', () => {
  const [t] = findTimes('Lukashenko freed 123 prisoners on Saturday.', { published: '2025-12-13' });
  assert.equal(t?.text, 'on Saturday');
  assert.equal(t?.startDate, '2025-12-13');
  assert.equal(t?.rule, 'time/weekday');
});

test('findTimes: publish dates with a time of day resolve on their calendar day', () => {
  const [t] = findTimes('It happened on Friday.', { published: '2025-12-13T23:10:00Z' });
  assert.equal(t?.startDate, '2025-12-12');
});

test('findTimes: counts that look like years are left to the quantity finder', () => {
  const times = findTimes('About 2000 people marched, and more than 1500 were detained.', { published: '2025-12-13' });
  assert.deepEqual(times, []);
});

test('TIME_RULES: ids are unique', () => {
  assert.equal(TIME_RULE_IDS.size, TIME_RULES.length);
});
