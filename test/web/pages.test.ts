import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dbTargets } from '../support/databases.js';
import { openAppFixture, webFixture } from '../api/app-fixture.js';
import { assertInert, assertLabelled, parsePage, type HostileExpectations } from './page-checks.js';
import { CONTENT_SECURITY_POLICY } from '../../src/api/index.js';
import { listStories, reportDetail, storyDetail } from '../../src/pipeline/index.js';

/**
 * The server-rendered pages, in-process, on both dialects: every page is inert whatever the
 * reports hold (the hostile fixture), carries the CSP, labels its controls; every source chip of
 * a story opens its report with exactly the supporting words marked.
 */

const hostile = JSON.parse(readFileSync(webFixture('hostile-report', 'expected.json'), 'utf8')) as HostileExpectations;

for (const target of await dbTargets()) {
  test(`web pages (${target.name})`, { skip: target.unavailable ?? false }, async (t) => {
    const { db, app, drop } = await openAppFixture(target);
    const get = async (url: string, status = 200) => {
      const res = await app.request(url);
      const body = await res.text();
      assert.equal(res.status, status, `${url}: ${body.slice(0, 400)}`);
      assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, `${url}: CSP`);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      return body;
    };
    try {
      const stories = await listStories(db);
      const hostileStory = stories.find((s) => /Harbour reopens|Tromsø/.test(s.title ?? ''));
      assert.ok(hostileStory, `the hostile reports make a story: ${stories.map((s) => s.title).join(' | ')}`);

      await t.test('every page is inert, whatever the reports hold, and labels its controls', async () => {
        const hostileReports = (await storyDetail(db, hostileStory.id))!.reports;
        const pages = [
          '/', '/?outlet=Atlas%20Daily', `/stories/${hostileStory.id}`, ...hostileReports.map((r) => `/reports/${r.id}?mark=4-11`),
          '/search?q=harbour', '/search?q=%3Cscript%3E', '/search', '/add', '/feeds', '/entities/person%3Aingrid-berg',
          ...stories.map((s) => `/stories/${s.id}`),
        ];
        for (const url of pages) {
          const html = await get(url);
          const page = assertInert(html, hostile, url);
          assertLabelled(page, url);
          assert.match(html, /^<!doctype html>\n<html lang="en">/);
        }
        const storyPage = await get(`/stories/${hostileStory.id}`);
        assert.ok(storyPage.includes(hostile.escapedTextShown), 'the hostile title shows, escaped');
        const textReport = hostileReports.find((r) => r.externalId === 'hostile-text')!;
        const reportPage = await get(`/reports/${textReport.id}`);
        assert.ok(reportPage.includes('&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;'), 'the hostile title shows as text');
        assert.ok(reportPage.includes('&lt;b onmouseover=alert(1)&gt;Evil Outlet&lt;/b&gt;'), 'the hostile outlet shows as text');
        assert.doesNotMatch(reportPage, /<a [^>]*href="javascript/i);
        assert.doesNotMatch(reportPage, /original page/, 'a javascript: URL is not offered as a link');
      });

      await t.test('source chips open the report with exactly the supporting words marked', async () => {
        let chips = 0;
        for (const s of stories) {
          const html = await get(`/stories/${s.id}`);
          const story = (await storyDetail(db, s.id))!;
          const hrefs = parsePage(html).elements.filter((e) => e.attributes.class?.split(' ').includes('chip')).map((e) => e.attributes.href!.replace(/&amp;/g, '&'));
          const expected = story.facts.flatMap((f) => f.support).length;
          assert.ok(hrefs.length > 0 || expected === 0, `${s.id}: chips`);
          for (const href of hrefs.slice(0, 40)) {
            chips++;
            const url = new URL(href, 'http://localhost');
            const report = (await reportDetail(db, decodeURIComponent(url.pathname.split('/')[2]!)))!;
            const spans = url.searchParams.getAll('mark').map((m) => m.split('-').map(Number) as [number, number]);
            const page = parsePage(await get(url.pathname + url.search));
            assert.equal(page.marks[0]?.id, 'mark-0', `${href}: the first mark can be scrolled to`);
            const marked = page.marks.map((m) => m.text).join('');
            const cited = spans.sort((a, b) => a[0] - b[0]).map(([a, b]) => report.text.slice(a, b));
            for (const words of cited) assert.ok(marked.replace(/\s+/g, ' ').includes(words.replace(/\s+/g, ' ')), `${href}: "${words}" is marked`);
          }
        }
        assert.ok(chips > 5, `${chips} chips followed`);
      });

      await t.test('a disputed fact shows each value with its sources side by side', async () => {
        const quake = stories.find((s) => /Azores/.test(s.title ?? ''))!;
        const story = (await storyDetail(db, quake.id))!;
        const disputed = story.facts.find((f) => f.status === 'disputed');
        assert.ok(disputed, 'the quake has a disputed toll');
        const html = await get(`/stories/${quake.id}`);
        const start = html.indexOf(`id="fact-${disputed.id}"`);
        const item = html.slice(start, html.indexOf('</li>\n', html.indexOf('class="values"', start)));
        assert.equal((item.match(/class="value"/g) ?? []).length, disputed.values.length);
        for (const v of disputed.values) assert.match(item, new RegExp(`<p class="value-text">[^<]*${String(v.value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), `value ${v.value} shown`);
      });

      await t.test('the add form works without script, and errors are plain', async () => {
        const form = new FormData();
        form.append('text', 'Tromsø harbour master Ingrid Berg said on Friday that all 14 berths were back in use after the storm.');
        form.append('title', 'All berths back in use at Tromsø');
        form.append('outlet', 'Test Courier');
        const res = await app.request('/add', { method: 'POST', body: form });
        const html = await res.text();
        assert.equal(res.status, 201, html.slice(0, 300));
        assert.match(html, /<strong>Added 1<\/strong>/);
        assert.match(html, /added to <a href="\/stories\//);
        const empty = await app.request('/add', { method: 'POST', body: new FormData() });
        assert.equal(empty.status, 400);
        assert.match(await empty.text(), /nothing to add/);
        const bad = await app.request('/stories/nope');
        assert.equal(bad.status, 404);
        assert.match(await bad.text(), /There is no story/);
        assert.equal((await app.request('/reports/x?mark=9-3')).status, 404);
        const badMark = await app.request(`/reports/${(await storyDetail(db, stories[0]!.id))!.reports[0]!.id}?mark=5-999999`);
        assert.equal(badMark.status, 400);
      });

      await t.test('assets are served with long caching when versioned', async () => {
        const html = await get('/');
        const script = /<script type="module" src="([^"]+)"/.exec(html)![1]!;
        const res = await app.request(script);
        assert.equal(res.status, 200);
        assert.match(res.headers.get('content-type')!, /javascript/);
        assert.match(res.headers.get('cache-control')!, /immutable/);
        const body = await res.text();
        assert.doesNotMatch(body, /sourceMappingURL|innerHTML/);
        const css = await app.request(/<link rel="stylesheet" href="([^"]+)"/.exec(html)![1]!);
        assert.match(await css.text(), /prefers-color-scheme/);
      });
    } finally {
      await drop();
    }
  });
}
