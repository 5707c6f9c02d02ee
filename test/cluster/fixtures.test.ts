// Golden fixtures (test/fixtures/cluster/<slug>/input.json + expected.json), each run twice: through
// the pure decision on the in-memory index and through placeReport on in-memory PGlite. Both must
// give the expected stories, derivations and rules.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryIndex } from '../../bench/cluster/memory-index.js';
import { openDb } from '../../src/store/open-db.js';
import type { Db } from '../../src/store/db.js';
import { addToStore, clearStore, featuresOf, loadFixtures, normalise, partition, reportId } from './helpers.js';
import { pinnedDevStream } from './dev-stream.js';
import { benchReportId } from '../../bench/cluster/bare-report.js';
import { clusterSettings } from '../../src/cluster/index.js';
import { recordFeatures } from '../../bench/cluster/dev-data.js';

// One database for all fixtures (starting PGlite is the slow part), emptied before each.
let shared: Promise<Db> | null = null;
const database = (): Promise<Db> => (shared ??= openDb('memory://'));
after(async () => {
  if (shared) await (await shared).close();
});

for (const fixture of loadFixtures()) {
  const byId = new Map(fixture.reports.map((r) => [reportId(r.id), r.id]));

  test(`${fixture.slug}: pure decision`, () => {
    const index = new MemoryIndex();
    const rules = new Map<string, string>();
    const derived: Record<string, { from: string; rule: string }> = {};
    for (const r of fixture.reports) {
      const d = index.place(reportId(r.id), featuresOf(r));
      rules.set(r.id, d.rule);
      if (d.derivation) derived[r.id] = { from: byId.get(d.derivation.from)!, rule: d.derivation.rule };
    }
    const assign = new Map(fixture.reports.map((r) => [r.id, index.clusterOf(reportId(r.id))]));
    assert.deepEqual(partition(assign), normalise(fixture.expected.stories));
    assert.deepEqual(derived, fixture.expected.derived);
    for (const [id, rule] of Object.entries(fixture.expected.rules)) assert.equal(rules.get(id), rule, `rule of ${id}`);
  });

  test(`${fixture.slug}: placeReport on PGlite`, async () => {
    const db = await database();
    await clearStore(db);
    {
      const rules = new Map<string, string>();
      const derived: Record<string, { from: string; rule: string }> = {};
      let second = 0;
      for (const r of fixture.reports) {
        const p = await addToStore(db, r, new Date(Date.UTC(2026, 0, 1, 0, 0, second++)).toISOString());
        rules.set(r.id, p.rule);
        if (p.derivation) derived[r.id] = { from: byId.get(p.derivation.from)!, rule: p.derivation.rule };
        if (p.derivedFrom === null) assert.ok(p.originality === null || p.originality.rule === 'derive/independent');
      }
      const rows = await db.query<{ external_id: string; story: string; derived_from: string | null }>(
        'SELECT r.external_id, COALESCE(s.merged_into, s.id) AS story, r.derived_from FROM reports r JOIN stories s ON s.id = r.story_id',
      );
      assert.equal(rows.rows.length, fixture.reports.length, 'every report placed');
      assert.deepEqual(partition(new Map(rows.rows.map((r) => [r.external_id, r.story]))), normalise(fixture.expected.stories));
      assert.deepEqual(derived, fixture.expected.derived);
      for (const [id, rule] of Object.entries(fixture.expected.rules)) assert.equal(rules.get(id), rule, `rule of ${id}`);
      // Story ids are the founding report's id with `s` for `r`; counts and times are kept.
      const stories = await db.query<{ id: string; report_count: number; title: string | null }>(
        'SELECT id, report_count, title FROM stories WHERE merged_into IS NULL ORDER BY id',
      );
      const founders = fixture.expected.stories.map((g) => fixture.reports.find((r) => g.includes(r.id))!);
      assert.deepEqual(stories.rows.map((s) => s.id).sort(), founders.map((r) => 's' + reportId(r.id).slice(1)).sort());
      for (const s of stories.rows) {
        const founder = founders.find((r) => 's' + reportId(r.id).slice(1) === s.id)!;
        assert.equal(s.title, founder.title);
        assert.equal(s.report_count, fixture.expected.stories.find((g) => g.includes(founder.id))!.length);
      }
    }
  });
}

test('late-report after the dev stream: the mill\'s second fire, as alike as a follow-up, stays apart for want of a shared count', async (t) => {
  const dev = await pinnedDevStream(t);
  if (!dev) return;
  // A store of some size, so IDF reads the mill's names as rare (an empty store hid the case).
  const index = new MemoryIndex();
  for (const r of dev.records) index.place(benchReportId(r.id), recordFeatures(r));
  const fixture = loadFixtures().find((f) => f.slug === 'late-report')!;
  const decisions = fixture.reports.map((r) => index.place(reportId(r.id), featuresOf(r)));
  const first = index.clusterOf(reportId('fire-1'));
  const other = decisions[fixture.reports.findIndex((r) => r.id === 'fire-other')]!;
  const link = other.related.find((l) => l.story === first);
  assert.equal(other.rule, 'cluster/new-story', `joined at ${other.evidence.similarity}`);
  const lateJoin = clusterSettings.JOIN_SIMILARITY * clusterSettings.LATE_JOIN_FACTOR;
  t.diagnostic(`second fire to the first fire's story: similarity ${link?.similarity}, late-join threshold ${lateJoin}`);
  assert.ok(link && link.similarity >= lateJoin, `similar enough to join on similarity alone (${link?.similarity} >= ${lateJoin}): the count requirement keeps it apart`);
});

test("mixed-languages: read by their own rules, one language's reports of two events stand further apart, and one event's closer", (t) => {
  const fixture = loadFixtures().find((f) => f.slug === 'mixed-languages')!;
  const place = (withLanguage: boolean) => {
    const index = new MemoryIndex();
    const decisions = new Map(fixture.reports.map((r) => [r.id, index.place(reportId(r.id), featuresOf(withLanguage ? r : { ...r, language: undefined }))]));
    return { index, decisions };
  };
  const own = place(true);
  const english = place(false);
  // The Spanish election's second report against the Spanish flood's story: its runner-up.
  const toFlood = (run: ReturnType<typeof place>): number => {
    const runner = run.decisions.get('es-election-2')!.evidence.runnerUp;
    assert.equal(runner?.story, run.index.clusterOf(reportId('es-flood-1')));
    return runner!.similarity;
  };
  const strikeJoin = (run: ReturnType<typeof place>): number => run.decisions.get('de-strike-2')!.evidence.similarity;
  t.diagnostic(`election to flood: own rules ${toFlood(own)}, English rules ${toFlood(english)}; strike to strike: own ${strikeJoin(own)}, English ${strikeJoin(english)}`);
  assert.ok(toFlood(own) < toFlood(english), 'function words no longer make two Spanish events alike');
  assert.ok(strikeJoin(own) > strikeJoin(english), 'stems bring one German event\'s reports closer');
});
