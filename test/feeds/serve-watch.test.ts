import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { dbTargets } from '../support/databases.js';
import { captureIo } from '../support/capture-io.js';
import { PoliteFetcher } from '../../src/fetch/index.js';
import { followFeeds } from '../../src/feeds/index.js';
import { serve } from '../../src/cli/serve.js';
import { main } from '../../src/cli/main.js';
import { openApiDocument, CONTENT_SECURITY_POLICY } from '../../src/api/index.js';
import { packageRoot } from '../../src/core/package-root.js';
import { startLocalServer, LOCAL_ONLY } from '../fetch/local-server.js';
import { assertInert, assertLabelled, type HostileExpectations } from '../web/page-checks.js';
import { articlePage, rss2 } from './feed-fixtures.js';

/**
 * `serve --watch`: the feed watcher runs inside the server process over its database handle; its
 * counters and each feed's state are served as JSON (checked against the OpenAPI document) and on
 * the Feeds page (inert whatever the feeds hold); SIGINT, SIGTERM or the abort signal stop both.
 */

const hostile = JSON.parse(readFileSync(join(packageRoot(), 'test', 'fixtures', 'web', 'hostile-report', 'expected.json'), 'utf8')) as HostileExpectations;
const doc = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ $id: 'openapi.json', components: doc.components });
const validateFeeds = ajv.getSchema('openapi.json#/components/schemas/FeedsStatus')!;

/** Until the watcher is seen to have done something; a deadline far beyond need, so a slow machine never fails it. */
const WAIT_FOR_ROUND_MS = 60_000;

/** Feeds written to attack the Feeds page: markup in a title, a script URL as its site, a parse error quoting the body. */
function feedRoutes(origin: () => string): Parameters<typeof startLocalServer>[0] {
  return {
    '/robots.txt': (_req, res) => res.end('User-agent: *\nAllow: /\n'),
    '/rss.xml': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss2(origin(), [1, 2]));
    },
    '/hostile.json': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/feed+json' });
      res.end(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: '<img src=x onerror=alert(1)>Hostile & "Co"', home_page_url: 'javascript:alert(1)', items: [] }));
    },
    '/broken.json': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/feed+json' });
      res.end('<script>alert(1)</script>');
    },
    '/a/1': (_req, res) => res.end(articlePage(1)),
    '/a/2': (_req, res) => res.end(articlePage(2)),
  };
}

const sink = (lines: string[]) => new Writable({ write: (chunk, _enc, done) => { lines.push(...String(chunk).split('\n').filter(Boolean)); done(); } });

async function waitFor<T>(what: string, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + WAIT_FOR_ROUND_MS;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

for (const target of await dbTargets()) {
  test(`serve --watch: the watcher runs in the server, its counters and each feed's state at /api/v1/feeds and /feeds, stopped with the server (${target.name})`, { skip: target.unavailable ?? false, timeout: 120_000 }, async () => {
    const feeds = await startLocalServer(feedRoutes(() => feeds.origin));
    const { db, drop } = await target.open();
    const stop = new AbortController();
    const stderr: string[] = [];
    let served: Promise<number> | undefined;
    try {
      for (const path of ['/rss.xml', '/hostile.json', '/broken.json']) await followFeeds(db, `${feeds.origin}${path}`);
      const base = await new Promise<string>((resolve, reject) => {
        served = serve(db, {
          port: 0, stdout: sink([]), stderr: sink(stderr), signal: stop.signal, onListening: resolve,
          watch: { fetcher: new PoliteFetcher({ allowPrivateNetwork: LOCAL_ONLY, minDelayMs: 0 }), hostDelayMs: 0 },
        });
        served.catch(reject);
      });
      const status = await waitFor('the first round', async () => {
        const res = await fetch(`${base}api/v1/feeds`);
        assert.equal(res.status, 200);
        const body = (await res.json()) as any;
        return body.watcher?.totals.rounds >= 1 ? body : null;
      });
      assert.ok(validateFeeds(status), `GET /api/v1/feeds does not match OpenAPI: ${ajv.errorsText(validateFeeds.errors)}`);
      assert.equal(status.watcher.running, true);
      assert.deepEqual(
        [status.watcher.totals.fetched, status.watcher.totals.failed, status.watcher.totals.newItems, status.watcher.totals.ingested],
        [2, 1, 2, 2],
        JSON.stringify(status.watcher.totals),
      );
      assert.deepEqual(status.watcher.totals.perHost, { [`127.0.0.1:${feeds.port}`]: 5 }, 'three feeds and two pages');
      assert.match(status.watcher.totals.lastRound, /^\d{4}-\d\d-\d\dT/);
      assert.deepEqual(status.counts, { feeds: 3, due: 0, failing: 1 }, JSON.stringify(status.feeds.map((f: any) => [f.url, f.status, f.lastFetch, f.nextDue, f.due])));
      const broken = status.feeds.find((f: any) => f.url.endsWith('/broken.json'));
      assert.equal(broken.status, 'failing');
      assert.match(broken.lastError, /not valid JSON/);
      assert.equal(status.feeds.find((f: any) => f.url.endsWith('/rss.xml')).itemsIngested, 2);
      assert.equal(status.rechecks.scheduled, 2, 'both pages are on the re-check schedule');

      // The stories the watcher added are served by the same process.
      const stories = (await (await fetch(`${base}api/v1/stories`)).json()) as any;
      assert.equal(stories.items.length >= 1, true);

      const page = await fetch(`${base}feeds`);
      assert.equal(page.status, 200);
      assert.equal(page.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
      const html = await page.text();
      assertLabelled(assertInert(html, hostile, '/feeds'), '/feeds');
      assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;Hostile &amp; &quot;Co&quot;'), 'the hostile title shows, as text');
      assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;') || html.includes('&quot;&lt;script&gt;'), 'the error quoting the body shows, as text');
      assert.match(html, /<h2 id="watcher-heading">The watcher <span class="badge status-corroborated">running<\/span>/);
      assert.match(html, /<dt>feeds fetched<\/dt><dd>2<\/dd>/);
      assert.match(html, /<dt>feed fetches failed<\/dt><dd>1<\/dd>/);
      assert.match(html, new RegExp(`<td>127\\.0\\.0\\.1:${feeds.port}</td><td>5</td>`));
      assert.match(html, /class="failing"/);
      assert.match(html, /aria-current="page">Feeds</);

      // One readable line per fetch, as `watch` writes them, then the round's summary.
      const fetchLines = stderr.filter((l) => / (feed|page) (\d{3}|ERR) http/.test(l));
      assert.equal(fetchLines.length, 5, stderr.join('\n'));
      assert.ok(stderr.some((l) => /^polled 3 feeds: 2 fetched, 0 unchanged, 1 failed/.test(l)), stderr.join('\n'));

      stop.abort();
      assert.equal(await served, 0);
      assert.ok(stderr.some((l) => /stopping the feed watcher/.test(l)));
      const after = feeds.seen.length;
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(feeds.seen.length, after, 'nothing is fetched once serve returned');
      assert.ok((await db.query('SELECT 1 FROM reports')).rows.length >= 2, 'the database handle is still the caller\'s to close');
    } finally {
      stop.abort();
      await served?.catch(() => undefined);
      await drop();
      await feeds.close();
    }
  });
}

test('serve without --watch: /api/v1/feeds and /feeds show the stored state and say nothing watches', async () => {
  const [target] = await dbTargets();
  const { db, drop } = await target!.open();
  const stop = new AbortController();
  let served: Promise<number> | undefined;
  try {
    await followFeeds(db, 'http://feeds.example/rss.xml');
    const base = await new Promise<string>((resolve, reject) => {
      served = serve(db, { port: 0, stdout: sink([]), stderr: sink([]), signal: stop.signal, onListening: resolve });
      served.catch(reject);
    });
    const status = (await (await fetch(`${base}api/v1/feeds`)).json()) as any;
    assert.ok(validateFeeds(status), ajv.errorsText(validateFeeds.errors));
    assert.equal(status.watcher, null);
    assert.deepEqual(status.counts, { feeds: 1, due: 1, failing: 0 });
    assert.equal(status.feeds[0].status, 'new');
    const html = await (await fetch(`${base}feeds`)).text();
    assert.match(html, /id="watcher-off"/);
    assert.match(html, /corroborate serve --watch/);
  } finally {
    stop.abort();
    await served;
    await drop();
  }
});

test('corroborate serve --watch as a process: logs each fetch, stops cleanly on SIGTERM', { timeout: 150_000 }, async () => {
  const feeds = await startLocalServer(feedRoutes(() => feeds.origin));
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-serve-watch-'));
  try {
    const dbArgs = ['--db', join(dir, 'db')];
    const added = captureIo();
    assert.equal(await main(['feeds', 'add', `${feeds.origin}/rss.xml`, ...dbArgs], added.io), 0, added.stderr());
    const bin = join(packageRoot(), 'dist', 'src', 'cli', 'bin.js');
    const child = spawn(process.execPath, [bin, 'serve', '--watch', '--port', '0', '--allow-private-network', '--host-delay', '0', ...dbArgs], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CORROBORATE_DB: '' },
    });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    const killer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // Once the round is logged, stop it the way a service manager does.
      if (!signalled && /polled 1 feeds/.test(stderr)) {
        signalled = true;
        child.kill('SIGTERM');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(killer);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /serving at http:\/\/127\.0\.0\.1:\d+\//);
    assert.match(stderr, /feed 200 http:\/\/127\.0\.0\.1:\d+\/rss\.xml 2 items: 2 new, 0 seen/);
    assert.equal((stderr.match(/ page 200 http:\/\/127\.0\.0\.1:\d+\/a\/\d added as report /g) ?? []).length, 2, stderr);
    assert.match(stderr, /stopping the feed watcher/);
    // The process let go of the embedded database: another command can open it.
    const listed = captureIo();
    assert.equal(await main(['feeds', 'list', '--json', ...dbArgs], listed.io), 0, listed.stderr());
    assert.equal((JSON.parse(listed.stdout()) as Array<{ itemsIngested: number }>)[0]!.itemsIngested, 2);
    const usage = captureIo();
    assert.equal(await main(['serve', '--watch', '--recheck-hours', 'soon', ...dbArgs], usage.io), 2);
    assert.match(usage.stderr(), /--recheck-hours takes a number of hours/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await feeds.close();
  }
});
