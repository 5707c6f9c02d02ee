import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { dbTargets } from '../support/databases.js';
import { assertSupportInvariant } from '../support/invariants.js';
import { PoliteFetcher } from '../../src/fetch/index.js';
import { followFeeds, pollDueFeeds } from '../../src/feeds/index.js';
import { listStories, reportDetail, storyDetail } from '../../src/pipeline/index.js';
import { createApp, openApiDocument } from '../../src/api/index.js';
import { storyToMarkdown } from '../../src/cli/format-story.js';
import { packageRoot } from '../../src/core/package-root.js';
import { startLocalServer, LOCAL_ONLY } from '../fetch/local-server.js';
import { assertInert, type HostileExpectations } from '../web/page-checks.js';
import { fireSite } from './feed-fixtures.js';

/**
 * Revised facts shown as revised, end to end: an outlet updates an article without re-dating it
 * in its feed; the watcher's re-check stores the update as a new version; the story's account
 * counts the latest version once (the toll revised from 12 to 15, not disputed between the two),
 * and the story and both reports — CLI JSON, API (checked against the OpenAPI document) and web
 * pages — say which is a revision of which and what changed.
 */

const hostile = JSON.parse(readFileSync(join(packageRoot(), 'test', 'fixtures', 'web', 'hostile-report', 'expected.json'), 'utf8')) as HostileExpectations;
const doc = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ $id: 'openapi.json', components: doc.components });
const schema = (name: string) => ajv.getSchema(`openapi.json#/components/schemas/${name}`)!;

for (const target of await dbTargets()) {
  test(`revisions: an updated report's story and pages show it as a revision of its first version, with what changed (${target.name})`, { skip: target.unavailable ?? false }, async () => {
    let version: 0 | 1 = 0;
    const server = await startLocalServer(fireSite(() => server.origin, () => version, { hostileNote: true }));
    const { db, drop } = await target.open();
    try {
      let clock = new Date('2026-11-24T08:00:00Z');
      const now = () => clock;
      await followFeeds(db, `${server.origin}/rss.xml`, { now: clock, intervalS: 600 });
      const fetcher = new PoliteFetcher({ allowPrivateNetwork: LOCAL_ONLY, minDelayMs: 0 });
      assert.equal((await pollDueFeeds(db, fetcher, { now })).ingested, 1);
      version = 1;
      clock = new Date('2026-11-24T09:00:00Z');
      assert.equal((await pollDueFeeds(db, fetcher, { now })).updated, 1, 'the re-check found the update');

      const link = (await db.query<{ report_id: string; previous_id: string }>('SELECT report_id, previous_id FROM report_versions')).rows[0]!;
      const [latest, first] = [link.report_id, link.previous_id];
      const latestReport = (await reportDetail(db, latest))!;
      const firstReport = (await reportDetail(db, first))!;
      assert.equal(latestReport.story, firstReport.story, 'both versions are in one story');
      assert.deepEqual([latestReport.revisionOf, latestReport.revisedBy], [first, null]);
      assert.deepEqual([firstReport.revisionOf, firstReport.revisedBy, firstReport.revision], [null, latest, null]);
      assert.equal(latestReport.derivedFrom, null, 'an update of an original is no copy, whatever its likeness to its first version');
      assert.ok(schema('ReportDetail')(latestReport), ajv.errorsText(schema('ReportDetail').errors));
      assert.deepEqual(latestReport.revision?.changes.map((c) => c.change), ['changed', 'reworded', 'added', 'removed']);
      assert.equal(latestReport.revision?.changes[0]?.statement, 'people killed: 12 → 15');

      const story = (await storyDetail(db, latestReport.story!))!;
      await assertSupportInvariant(story, async (id) => (await reportDetail(db, id))!.text);
      assert.ok(schema('StoryDetail')(story), ajv.errorsText(schema('StoryDetail').errors));
      assert.equal(story.reports.length, 2, 'both versions kept');
      assert.equal(story.title, 'Warehouse fire in Alderbury kills 15', 'the story takes the updated headline');
      assert.ok(story.reports.every((r) => r.derivedFrom === null));
      assert.equal(story.independentSources, 1, 'an outlet correcting itself is one source');
      assert.equal((await listStories(db)).find((s) => s.id === story.id)?.independentSources, 1);
      assert.deepEqual(story.reports.map((r) => [r.id, r.revisionOf, r.revisedBy]).sort(), [[first, null, latest], [latest, first, null]].sort());
      const toll = story.facts.find((f) => /people killed/.test(f.statement))!;
      assert.deepEqual([toll.status, toll.value, toll.revised?.from.value, toll.revised?.previous], ['single-source', 15, 12, first], 'revised, not disputed');
      assert.equal(story.facts.filter((f) => f.status === 'disputed').length, 0);
      assert.ok(story.facts.every((f) => f.support.every((s) => s.report === latest)), 'the account counts the latest version only');
      assert.deepEqual(story.revisions, [latestReport.revision], 'the story and the report page give the same diff');

      const app = createApp({ db, loopback: true, now: () => clock, log: () => undefined });
      const api = await app.request(`/api/v1/stories/${story.id}`);
      assert.deepEqual(await api.json(), JSON.parse(JSON.stringify(story)));
      const listed = (await (await app.request('/api/v1/stories')).json()) as { items: Array<{ id: string; independentSources: number }> };
      assert.equal(listed.items.find((s) => s.id === story.id)?.independentSources, 1);

      const storyPage = await (await app.request(`/stories/${story.id}`)).text();
      assertInert(storyPage, hostile, 'story page');
      assert.match(storyPage, /<h2 id="revisions">Revised by their outlets/);
      assert.match(storyPage, /people killed: <del>12<\/del> → <ins>15<\/ins>/);
      assert.match(storyPage, /<del>Warehouse fire in Alderbury kills 12<\/del> → <ins>Warehouse fire in Alderbury kills 15<\/ins>/);
      assert.match(storyPage, /is \{?<ins>still<\/ins> not <del>yet<\/del> known/);
      assert.ok(storyPage.includes(`href="/reports/${first}"`) && storyPage.includes(`href="/reports/${latest}"`), 'links to both versions');
      const factStart = storyPage.indexOf(`id="fact-${toll.id}"`);
      const factEnd = [storyPage.indexOf('<li class="fact', factStart), storyPage.indexOf('</section>', factStart)].filter((i) => i > 0);
      const factItem = storyPage.slice(factStart, Math.min(...factEnd));
      assert.match(factItem, /<span class="badge change-changed">revised<\/span>.*gave <del>12<\/del>/s, 'the fact says the outlet revised it');
      assert.match(storyPage, /aria-label="Earlier versions of this report"/);
      assert.doesNotMatch(storyPage, /class="chip copy"/, 'the update is not shown as a copy');
      assert.match(storyPage, /<a class="count revised" href="#revisions"><strong>1<\/strong> revised<\/a>/);

      const latestPage = await (await app.request(`/reports/${latest}`)).text();
      assertInert(latestPage, hostile, 'latest version page');
      assert.doesNotMatch(latestPage, /A copy or rewrite of/);
      assert.match(latestPage, new RegExp(`This is a revision of <a href="/reports/${first}">an earlier version</a>`));
      assert.match(latestPage, /<h2 id="revision-heading">What changed from the earlier version/);
      assert.match(latestPage, /Tomas Brandt/);
      assert.ok(latestPage.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the update\'s text shows escaped');
      const firstPage = await (await app.request(`/reports/${first}`)).text();
      assert.match(firstPage, new RegExp(`<a href="/reports/${latest}">the latest version</a> replaces it`));

      const markdown = storyToMarkdown(story);
      assert.match(markdown, /## Revised by their outlets \(1\)/);
      assert.match(markdown, /revised: an earlier version \([^)]+\) gave 12/);
    } finally {
      await drop();
      await server.close();
    }
  });
}
