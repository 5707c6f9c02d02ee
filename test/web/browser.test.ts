import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openDb } from '../../src/store/open-db.js';
import { addPaths } from '../../src/pipeline/index.js';
import { serve, type ServeOptions } from '../../src/cli/serve.js';
import type { Db } from '../../src/store/db.js';
import { packageRoot } from '../../src/core/package-root.js';
import { NOW } from '../api/app-fixture.js';
import { PoliteFetcher } from '../../src/fetch/index.js';
import { followFeeds, pollDueFeeds } from '../../src/feeds/index.js';
import { startLocalServer, LOCAL_ONLY } from '../fetch/local-server.js';
import { fireSite } from '../feeds/feed-fixtures.js';

/**
 * The web UI in a real browser: Debian's Chromium driven by playwright-core (never a downloaded
 * browser). Opens the stories page, a story, follows a fact's source chip to the highlighted
 * words, searches, adds a report through the Add page; checks the accessibility tree of the main
 * pages for unlabelled controls, the console for errors (CSP violations among them), the phone
 * width for sideways scrolling. Screenshots go to test-output/web/.
 */

const CHROMIUM = process.env.CORROBORATE_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const SHOTS = join(packageRoot(), 'test-output', 'web');
/** Roles a user operates; each needs an accessible name. */
const INTERACTIVE = new Set(['button', 'link', 'textbox', 'searchbox', 'combobox', 'listbox', 'checkbox', 'radio', 'slider', 'spinbutton', 'switch', 'menuitem', 'tab']);

function chromiumOrSkip(t: TestContext): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `no Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium) or set CORROBORATE_CHROMIUM`;
  if (process.env.CI) throw new Error(`${message} (CI=true: nothing may be skipped)`);
  t.skip(message);
  return false;
}

/** Interactive nodes of the page's accessibility tree (Chromium's own, via CDP) without a name. */
async function unlabelledControls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ ignored: boolean; role?: { value: string }; name?: { value: string }; properties?: unknown }> };
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored && n.role && INTERACTIVE.has(n.role.value) && !(n.name?.value ?? '').trim())
    .map((n) => n.role!.value);
}

/** Opens each page at the current (phone) width and fails on sideways scrolling. */
async function assertNoSidewaysScroll(page: Page, urls: readonly string[]): Promise<void> {
  for (const url of urls) {
    await page.goto(url);
    const overflow = await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth - (globalThis as any).innerWidth);
    assert.ok(overflow <= 1, `${url}: ${overflow}px of sideways scrolling at phone width`);
  }
}

const quiet = () => new Writable({ write: (_chunk, _enc, done) => done() });

/** `serve` on a free loopback port; `close` stops it (and its watcher, if any) and waits. */
async function serveOnLoopback(db: Db, options: Partial<ServeOptions> = {}): Promise<{ base: string; close: () => Promise<void> }> {
  const stop = new AbortController();
  let served: Promise<number> | undefined;
  const base = await new Promise<string>((resolve, reject) => {
    served = serve(db, { port: 0, host: '127.0.0.1', stdout: quiet(), stderr: process.stderr, ...options, signal: stop.signal, onListening: resolve });
    served.catch(reject);
  });
  return { base, close: async () => { stop.abort(); await served?.catch(() => undefined); } };
}

test('the web UI in Chromium: read a story, follow a source, search, add a report', { timeout: 240_000 }, async (t) => {
  if (!chromiumOrSkip(t)) return;
  mkdirSync(SHOTS, { recursive: true });
  const db = await openDb('memory://');
  let browser: Browser | undefined;
  let served: Awaited<ReturnType<typeof serveOnLoopback>> | undefined;
  try {
    await addPaths(db, [join(packageRoot(), 'samples', 'corpus')], { now: () => NOW });
    served = await serveOnLoopback(db);
    const base = served.base;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, timeout: 90_000 });
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.setDefaultTimeout(60_000);
    const problems: string[] = [];
    page.on('console', (m) => {
      // The Add page's empty file is refused on purpose (422); Chromium logs every 4xx fetch.
      if (m.type() === 'error' && /Failed to load resource: .* status of 422/.test(m.text())) return;
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
    const checkAccessible = async (what: string) => {
      assert.deepEqual(await unlabelledControls(page), [], `${what}: controls without an accessible name`);
    };

    // The stories page, newest first, with the account at a glance.
    await page.goto(base);
    assert.ok((await page.locator('.story-card').count()) >= 2, 'the sample corpus tells two stories');
    await page.screenshot({ path: join(SHOTS, '1-stories.png'), fullPage: true });
    await checkAccessible('stories page');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => (globalThis as any).document.activeElement?.className), 'skip-link', 'the first Tab reaches "Skip to content"');

    // A story: the account first.
    await page.locator('.story-card h2 a', { hasText: 'Azores' }).click();
    await page.waitForURL(/\/stories\//);
    const storyUrl = page.url();
    assert.ok(await page.locator('h2#agreed').isVisible());
    assert.ok((await page.locator('.fact.disputed .value').count()) >= 2, 'a disputed fact shows its values side by side');
    await page.screenshot({ path: join(SHOTS, '2-story.png'), fullPage: true });
    await checkAccessible('story page');

    // A fact's source chip opens the report with the supporting words highlighted in place.
    const chip = page.locator('#agreed ~ ul .chip, .account.corroborated .chip').first();
    const words = (await chip.getAttribute('title'))!.split(' … ')[0]!.replace(/^“|”$/g, '');
    await chip.click();
    await page.waitForURL(/\/reports\/.*mark=/);
    const mark = page.locator('mark#mark-0');
    await mark.waitFor();
    assert.ok(await mark.isVisible(), 'the first highlighted passage is on screen');
    const marked = (await page.locator('.report-text mark').allTextContents()).join('');
    assert.ok(marked.replace(/\s+/g, ' ').includes(words.replace(/\s+/g, ' ')), `"${words}" is highlighted`);
    assert.ok(await mark.evaluate((el: any) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < (globalThis as any).innerHeight; }), 'scrolled into view');
    await page.screenshot({ path: join(SHOTS, '3-report-highlighted.png') });
    await checkAccessible('report page');

    // Search from the header, with the keyboard.
    await page.goto(storyUrl);
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => (globalThis as any).document.activeElement?.id), 'site-q', '"/" focuses the search box');
    await page.keyboard.type('rubble');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=rubble/);
    assert.ok((await page.locator('.hit').count()) > 0);
    assert.match((await page.locator('.hit mark').first().textContent()) ?? '', /rubble/i);
    await page.screenshot({ path: join(SHOTS, '4-search.png'), fullPage: true });
    await checkAccessible('search page');

    // Add a report through the Add page: pasted text and an uploaded file, with progress.
    await page.goto(`${base}add`);
    await checkAccessible('add page');
    await page.getByLabel('Text or HTML of the report').fill(
      'Rescuers on São Miguel ended the search for survivors on Friday, three days after the magnitude 6.4 earthquake that struck off the Azores, ' +
      'the regional civil protection service said. The toll stands at 15 dead, its head Marta Lopes Ferreira said.');
    await page.getByLabel('Title').fill('Azores quake search ends with toll at 15');
    await page.getByLabel('Outlet').fill('Test Courier');
    await page.getByLabel('Published').fill('2026-03-07');
    await page.getByLabel('Files').setInputFiles([{ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('  \n') }]);
    await page.getByRole('button', { name: 'Add' }).click();
    await page.locator('#add-status', { hasText: 'Done:' }).waitFor();
    assert.equal(await page.locator('#add-results .outcome.added').count(), 1, 'the pasted report was added');
    assert.match((await page.locator('#add-results .outcome.failed').textContent()) ?? '', /empty\.txt: .*empty/, 'the empty file fails, saying why');
    await page.screenshot({ path: join(SHOTS, '5-add.png'), fullPage: true });
    await page.locator('#add-results .outcome.added a').click();
    await page.waitForURL(/\/stories\//);
    assert.ok(await page.locator('.report-title', { hasText: 'Azores quake search ends' }).isVisible(), 'the report appears in its story');

    // The entity page, then the phone width: no sideways scrolling, still usable.
    await page.goto(`${base}entities/location%3Aazores`);
    await checkAccessible('entity page');
    await page.screenshot({ path: join(SHOTS, '6-entity.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await assertNoSidewaysScroll(page, [base, storyUrl, `${base}add`]);
    await page.goto(storyUrl);
    await page.screenshot({ path: join(SHOTS, '7-story-phone.png') });

    assert.deepEqual(problems, [], 'no console errors or warnings (a CSP violation would be one)');
  } finally {
    await browser?.close();
    await served?.close();
    await db.close();
  }
});

test('the Feeds page and a revised report in Chromium: the watcher\'s counters, a failing feed, what an update changed', { timeout: 240_000 }, async (t) => {
  if (!chromiumOrSkip(t)) return;
  mkdirSync(SHOTS, { recursive: true });
  let version: 0 | 1 = 0;
  const feeds = await startLocalServer({
    ...fireSite(() => feeds.origin, () => version),
    '/broken.xml': (_req, res) => {
      res.writeHead(500);
      res.end();
    },
  });
  const db = await openDb('memory://');
  let browser: Browser | undefined;
  let served: Awaited<ReturnType<typeof serveOnLoopback>> | undefined;
  try {
    // The article and its update are taken on a fixed clock, long past: the watcher started below
    // polls the feeds again but leaves the article (past its re-check horizon) alone.
    let clock = new Date('2026-01-05T08:00:00Z');
    const fetcher = new PoliteFetcher({ allowPrivateNetwork: LOCAL_ONLY, minDelayMs: 0 });
    await followFeeds(db, `${feeds.origin}/rss.xml`, { now: clock, intervalS: 600 });
    await followFeeds(db, `${feeds.origin}/broken.xml`, { now: clock, intervalS: 600 });
    await pollDueFeeds(db, fetcher, { now: () => clock });
    version = 1;
    clock = new Date('2026-01-05T09:00:00Z');
    await pollDueFeeds(db, fetcher, { now: () => clock });
    served = await serveOnLoopback(db, { stderr: quiet(), watch: { fetcher, hostDelayMs: 0 } });
    const base = served.base;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, timeout: 90_000 });
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.setDefaultTimeout(60_000);
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${page.url()}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));

    // The Feeds page, reached from the main navigation, once the watcher has done a round.
    await page.goto(base);
    await page.getByRole('link', { name: 'Feeds' }).click();
    await page.waitForURL(/\/feeds$/);
    for (let tries = 0; !(await page.locator('dt', { hasText: 'rounds' }).count()) || (await page.locator('dt:text-is("rounds") + dd').textContent()) === '0'; tries++) {
      assert.ok(tries < 600, 'the watcher did a round');
      await new Promise((resolve) => setTimeout(resolve, 100));
      await page.reload();
    }
    assert.ok(await page.locator('#watcher-heading .badge', { hasText: 'running' }).isVisible());
    assert.match((await page.locator('tr.failing').textContent()) ?? '', /HTTP 500/, 'the failing feed shows its last error');
    assert.equal(await page.locator('.feeds-table tbody tr').count(), 2);
    assert.deepEqual(await unlabelledControls(page), [], 'feeds page: controls without an accessible name');
    await page.screenshot({ path: join(SHOTS, '8-feeds.png'), fullPage: true });

    // The story of the updated article: what the update changed, and the fact marked revised.
    await page.goto(base);
    await page.locator('.story-card h2 a', { hasText: 'Warehouse fire' }).click();
    await page.waitForURL(/\/stories\//);
    const storyUrl = page.url();
    assert.ok(await page.locator('h2#revisions').isVisible());
    assert.equal(await page.locator('.fact .revised del').first().textContent(), '12', 'the toll says the earlier version gave 12');
    assert.ok(await page.locator('.revision-changes del', { hasText: 'Warehouse fire in Alderbury kills 12' }).isVisible(), 'the old headline, struck through');
    assert.deepEqual(await unlabelledControls(page), [], 'revised story: controls without an accessible name');
    await page.screenshot({ path: join(SHOTS, '9-story-revised.png'), fullPage: true });
    await page.locator('.revision-head a', { hasText: 'the earlier version' }).first().click();
    await page.waitForURL(/\/reports\//);
    assert.ok(await page.locator('.notice.superseded a', { hasText: 'the latest version' }).isVisible(), 'the earlier version links to the latest');
    await page.locator('.notice.superseded a').click();
    await page.waitForURL(/\/reports\//);
    assert.ok(await page.locator('#revision-heading').isVisible(), 'the latest version shows what it changed');

    await page.setViewportSize({ width: 390, height: 844 });
    await assertNoSidewaysScroll(page, [`${base}feeds`, storyUrl]);
    assert.deepEqual(problems, [], 'no console errors or warnings (a CSP violation would be one)');
  } finally {
    await browser?.close();
    await served?.close();
    await db.close();
    await feeds.close();
  }
});
