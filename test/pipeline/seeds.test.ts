import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dbTargets } from '../support/databases.js';
import { sharedPath } from '../support/shared-data.js';
import { addPaths, addRecords, listStories, reportDetail, storyDetail, type StoryDetail } from '../../src/pipeline/index.js';
import { assertSupportInvariant } from '../support/invariants.js';

const TITLE_000 = 'Belarus Frees 123 Political Prisoners in U.S. Deal, Including Nobel Laureate';
const TITLE_001 = 'Lukashenko frees Nobel winner Bialiatski and key Belarus opposition figures in deal with the U.S.';
const PERSONS = ['Alexander Lukashenko', 'Ales Bialiatski', 'Maria Kalesnikava', 'Donald Trump', 'Vladimir Putin', 'Sviatlana Tsikhanouskaya', 'Viktar Babaryka'];
const DEBRIS = ['Previous Post', 'Next Post', 'Chairman', 'Bedour Ibrahim', 'madinet masr', 'getElementById', 'atOptions', 'نموذج', 'عاجل'];

/** A third report, written for this test, that gives a different count for the same release. */
const CONTRADICTING_REPORT = {
  id: 'test-third-outlet',
  title: 'Minsk releases 52 prisoners as ties with Washington thaw',
  outlet: 'Test Gazette',
  published: '2025-12-13',
  text: [
    'Belarusian authorities released 52 political prisoners on Saturday, the exiled opposition said, in the biggest such gesture since Minsk began courting Washington.',
    'Those set free included the rights campaigner Ales Bialiatski, who shared the 2022 Nobel Peace Prize, and Maria Kalesnikava, a leader of the 2020 street protests.',
    'The United States is easing its restrictions on the potash that Belarus sells abroad, a White House official told reporters.',
  ].join('\n\n'),
};

const findFact = (story: StoryDetail, re: RegExp) => story.facts.filter((f) => f.kind === 'quantity' && re.test(String(f.value)) );

for (const target of await dbTargets()) {
  test(`seeds: one sourced story, end to end (${target.name})`, { skip: target.unavailable ?? false }, async (t) => {
    const seeds = sharedPath(t, 'seeds');
    if (!seeds) return;
    const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seeds, f));
    const { db, drop } = await target.open();
    try {
      const first = await addPaths(db, files);
      assert.deepEqual(first.map((o) => o.kind), ['added', 'added'], JSON.stringify(first));

      const again = await addPaths(db, files);
      assert.deepEqual(again.map((o) => o.kind), ['present', 'present'], 'adding the same files twice stores nothing new');
      const count = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports');
      assert.equal(count.rows[0]!.n, 2);

      const stories = await listStories(db);
      assert.equal(stories.length, 1, `one story, got ${JSON.stringify(stories)}`);
      const story = (await storyDetail(db, stories[0]!.id))!;
      assert.equal(story.reports.length, 2);
      assert.deepEqual(story.reports.map((r) => r.title).sort(), [TITLE_000, TITLE_001].sort());

      const ids = first.map((o) => (o.kind === 'added' ? o.report : ''));
      const r001 = (await reportDetail(db, ids[1]!))!;
      assert.equal(r001.published?.slice(0, 10), '2025-12-13');
      for (const id of ids) {
        const r = (await reportDetail(db, id))!;
        for (const junk of DEBRIS) assert.ok(!r.text.includes(junk), `report ${id} still holds debris "${junk}"`);
        assert.ok(!r.text.startsWith(r.title ?? '\u0000'), `report ${id} repeats its title in the body`);
      }

      await assertSupportInvariant(story, async (id) => (await reportDetail(db, id))!.text);

      const released = findFact(story, /^123$/);
      assert.equal(released.length, 1, `one fact for the 123, got ${JSON.stringify(released.map((f) => f.statement))}`);
      const fact123 = released[0]!;
      const reportsBehind = new Set(fact123.support.map((s) => s.report));
      assert.equal(reportsBehind.size, 2, 'both reports support the 123');
      const independent = story.reports.every((r) => r.derivedFrom === null);
      assert.equal(fact123.status, independent ? 'corroborated' : 'single-source');

      for (const part of ['9', '114']) {
        const [fact] = findFact(story, new RegExp(`^${part}$`));
        assert.ok(fact, `a fact for ${part}`);
        assert.equal(fact.status, 'single-source');
        assert.ok(fact.relations.some((r) => r.fact === fact123.id), `${part} is related to the 123 (${JSON.stringify(fact.relations)})`);
      }
      assert.equal(story.facts.filter((f) => f.status === 'disputed').length, 0, `no disputes between the seeds: ${JSON.stringify(story.facts.filter((f) => f.status === 'disputed').map((f) => f.statement))}`);

      const speakerOf = (words: string) => story.quotes.find((q) => q.text.includes(words))?.speaker;
      assert.equal(speakerOf('Thousands of people have been and continue to be imprisoned'), 'Ales Bialiatski');
      assert.equal(speakerOf('incredible happiness'), 'Maria Kalesnikava');

      for (const name of PERSONS) {
        const matches = story.entities.filter((e) => e.type === 'person' && (e.name === name || e.aliases.includes(name)));
        assert.equal(matches.length, 1, `${name} is one person entity, got ${JSON.stringify(matches)}`);
        assert.equal(matches[0]!.name, name);
      }

      const third = await addRecords(db, [CONTRADICTING_REPORT]);
      assert.equal(third[0]!.kind, 'added');
      const after = (await storyDetail(db, stories[0]!.id))!;
      assert.equal(after.reports.length, 3, 'the third report joins the story');
      const disputed = after.facts.find((f) => f.status === 'disputed' && f.values.some((v) => v.value === 123) && f.values.some((v) => v.value === 52));
      assert.ok(disputed, `123 vs 52 is disputed: ${JSON.stringify(after.facts.map((f) => [f.statement, f.status]))}`);
      const thirdId = third[0]!.kind === 'added' ? third[0]!.report : '';
      assert.deepEqual(disputed.values.find((v) => v.value === 52)!.sources, [thirdId]);
      assert.ok(disputed.values.find((v) => v.value === 123)!.support.length >= 2);
    } finally {
      await drop();
    }
  });
}
