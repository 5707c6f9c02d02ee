import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dbTargets } from '../support/databases.js';
import { captureIo } from '../support/capture-io.js';
import { PoliteFetcher } from '../../src/fetch/index.js';
import { followFeeds, pollDueFeeds, watchFeeds, WatchCounters } from '../../src/feeds/index.js';
import { listFeedRows, reportVersionChain } from '../../src/store/feed-rows.js';
import { main } from '../../src/cli/main.js';
import { startLocalServer, LOCAL_ONLY } from '../fetch/local-server.js';
import { articlePage, rss2, atom, jsonFeed, opml, conditionalFeed } from './feed-fixtures.js';

/** The local server answers /a/N with article N (added lazily so every test shares the handler). */
function withArticles(routes: Parameters<typeof startLocalServer>[0], revision: (n: number) => number = () => 0) {
  for (let n = 1; n <= 9; n++) {
    routes[`/a/${n}`] = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articlePage(n, revision(n)));
    };
  }
  return routes;
}

for (const target of await dbTargets()) {
  test(`watch: polls feeds, ingests each new item's page once, 304 when unchanged, failing feeds back off (${target.name})`, { skip: target.unavailable ?? false }, async () => {
    const state = { rssItems: [1, 2], redated: new Set<number>(), revised: new Set<number>() };
    const server = await startLocalServer(
      withArticles({
        '/robots.txt': (_req, res) => res.end('User-agent: *\nDisallow: /blocked/\n'),
        '/rss.xml': conditionalFeed(() => `"rss-${state.rssItems.join('-')}-${[...state.redated].join('-')}"`, () => rss2(server.origin, state.rssItems, state.redated)),
        '/atom.xml': (_req, res) => {
          res.writeHead(200, { 'content-type': 'application/atom+xml' });
          res.end(atom(server.origin, [2, 3]));
        },
        '/feed.json': (_req, res) => {
          res.writeHead(200, { 'content-type': 'application/feed+json' });
          res.end(jsonFeed(server.origin, [4]));
        },
        '/broken.xml': (_req, res) => {
          res.writeHead(500);
          res.end('internal error');
        },
      }, (n) => (state.revised.has(n) ? 1 : 0)),
    );
    const { db, drop } = await target.open();
    try {
      let clock = new Date('2026-11-22T08:00:00Z');
      const now = () => clock;
      for (const path of ['/rss.xml', '/atom.xml', '/feed.json', '/broken.xml']) await followFeeds(db, `${server.origin}${path}`, { now: clock, intervalS: 600 });
      const fetcher = new PoliteFetcher({ allowPrivateNetwork: LOCAL_ONLY, minDelayMs: 0 });
      const lines: string[] = [];
      const first = await pollDueFeeds(db, fetcher, { now, log: (l) => lines.push(l) });
      assert.equal(first.feeds, 4);
      assert.equal(first.fetched, 3);
      assert.equal(first.failed, 1);
      assert.equal(first.ingested, 4, JSON.stringify(first));
      // Article 2 is in two feeds: fetched for both, stored once.
      assert.equal(first.present, 1);
      assert.equal(server.seen.filter((r) => r.path === '/a/1').length, 1);
      assert.equal(lines.length, 4 + 5, lines.join('\n'));
      assert.ok(lines.some((l) => /feed 500 .*\/broken\.xml failed: HTTP 500.*failure 1 in a row/.test(l)), lines.join('\n'));

      let feeds = await listFeedRows(db);
      const rss = feeds.find((f) => f.url.endsWith('/rss.xml'))!;
      assert.equal(rss.status, 'ok');
      assert.equal(rss.title, 'Valley Courier');
      // Article 2 counts for whichever feed got to it first.
      assert.equal(feeds.reduce((sum, f) => sum + f.itemsIngested, 0), 4);
      assert.equal(rss.nextDue, '2026-11-22T08:10:00.000Z');
      const broken = feeds.find((f) => f.url.endsWith('/broken.xml'))!;
      assert.equal(broken.status, 'failing');
      assert.equal(broken.failures, 1);
      assert.match(broken.lastError ?? '', /HTTP 500/);

      // Nothing is due yet.
      assert.equal((await pollDueFeeds(db, fetcher, { now })).feeds, 0);

      // Ten minutes on: the RSS feed is unchanged (304); the broken feed is not yet due again
      // (its wait doubled), the others give nothing new.
      clock = new Date('2026-11-22T08:10:00Z');
      const requestsBefore = server.seen.length;
      const second = await pollDueFeeds(db, fetcher, { now });
      assert.equal(second.feeds, 3);
      assert.equal(second.unchanged, 1);
      assert.equal(second.newItems, 0);
      assert.ok(server.seen.slice(requestsBefore).every((r) => !r.path.startsWith('/a/')), 'no article fetched again');

      // A new item appears: only it is fetched.
      state.rssItems = [1, 2, 5];
      clock = new Date('2026-11-22T08:20:00Z');
      const third = await pollDueFeeds(db, fetcher, { now });
      assert.equal(third.ingested, 1);
      assert.equal(third.failed, 1, 'the broken feed is due again after twice its interval');
      feeds = await listFeedRows(db);
      const brokenAgain = feeds.find((f) => f.url.endsWith('/broken.xml'))!;
      assert.equal(brokenAgain.failures, 2);
      assert.equal(brokenAgain.nextDue, '2026-11-22T09:00:00.000Z', 'backoff doubled again (4 intervals)');

      // The outlet re-dates items 1 and 2 but only rewrites article 1: a new version of report 1
      // is stored (both kept); article 2 is fetched again and found unchanged.
      state.redated = new Set([1, 2]);
      state.revised = new Set([1]);
      clock = new Date('2026-11-22T08:30:00Z');
      const fourth = await pollDueFeeds(db, fetcher, { now });
      assert.equal(fourth.updated, 1, JSON.stringify(fourth));
      assert.equal(fourth.newItems, 0);
      const versions = await db.query<{ report_id: string; previous_id: string; url: string }>('SELECT report_id, previous_id, url FROM report_versions');
      assert.equal(versions.rows.length, 1);
      assert.equal(versions.rows[0]!.url, `${server.origin}/a/1`);
      const chain = await reportVersionChain(db, versions.rows[0]!.report_id);
      assert.deepEqual(chain.map((c) => c.reportId), [versions.rows[0]!.previous_id, versions.rows[0]!.report_id]);
      const texts = await db.query<{ text: string }>('SELECT text FROM reports WHERE id = ANY($1::text[]) ORDER BY added_at', [[versions.rows[0]!.previous_id, versions.rows[0]!.report_id]]);
      assert.equal(texts.rows.length, 2);
      assert.ok(texts.rows.some((r) => /cost had risen/.test(r.text)));
      // Seen again unchanged: nothing more.
      clock = new Date('2026-11-22T08:40:00Z');
      const fifth = await pollDueFeeds(db, fetcher, { now });
      assert.equal(fifth.updated + fifth.ingested + fifth.newItems, 0);
    } finally {
      await drop();
      await server.close();
    }
  });
}

test('cli: feeds add OPML, feeds list, watch --once, feeds export, feeds remove', async () => {
  const server = await startLocalServer(
    withArticles({
      '/robots.txt': (_req, res) => res.end('User-agent: *\nAllow: /\n'),
      '/rss.xml': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(rss2(server.origin, [6, 7]));
      },
    }),
  );
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-feeds-'));
  try {
    const dbArgs = ['--db', join(dir, 'db')];
    const opmlPath = join(dir, 'subs.opml');
    writeFileSync(opmlPath, opml([`${server.origin}/rss.xml`]));
    const run = async (...args: string[]) => {
      const c = captureIo();
      const code = await main([...args, ...dbArgs], c.io);
      return { code, out: c.stdout(), err: c.stderr() };
    };
    const added = await run('feeds', 'add', opmlPath);
    assert.equal(added.code, 0, added.err);
    assert.match(added.out, /following 1 {2}http:\/\/127\.0\.0\.1:\d+\/rss\.xml/);
    assert.match((await run('feeds', 'list')).out, /new .*last never/);

    const refused = await run('watch', '--once');
    assert.equal(refused.code, 1);
    assert.match(refused.err, /rss\.xml failed: .*--allow-private-network/);

    const watched = await run('watch', '--once', '--allow-private-network', '--host-delay', '0');
    // The refused attempt backed the feed off: it is not due yet.
    assert.match(watched.out, /polled 0 feeds/);
    assert.equal(watched.code, 0);

    const listed = await run('feeds', 'list', '--json');
    const [feed] = JSON.parse(listed.out) as Array<{ status: string; failures: number; lastError: string }>;
    assert.equal(feed?.status, 'failing');
    assert.equal(feed?.failures, 1);

    const exported = await run('feeds', 'export');
    assert.match(exported.out, /<outline type="rss" text="Feed 0 &amp; co" title="Feed 0 &amp; co" xmlUrl="http:\/\/127\.0\.0\.1:\d+\/rss\.xml"\/>/);
    assert.equal((await run('feeds', 'remove', '1')).code, 0);
    assert.match((await run('feeds', 'list')).out, /No feeds yet/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await server.close();
  }
});

test('watch: the loop polls due feeds and stops when aborted', async () => {
  const server = await startLocalServer(
    withArticles({
      '/robots.txt': (_req, res) => res.end('User-agent: *\nAllow: /\n'),
      '/rss.xml': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(rss2(server.origin, [8]));
      },
    }),
  );
  const [target] = await dbTargets();
  const { db, drop } = await target!.open();
  try {
    await followFeeds(db, `${server.origin}/rss.xml`);
    const stop = new AbortController();
    const rounds: number[] = [];
    const counters = new WatchCounters();
    const started = Date.now();
    await watchFeeds(db, new PoliteFetcher({ allowPrivateNetwork: LOCAL_ONLY, minDelayMs: 0 }), {
      signal: stop.signal,
      onRound: (s) => {
        rounds.push(s.ingested);
        counters.add(s);
        stop.abort();
      },
    });
    assert.deepEqual(rounds, [1]);
    const totals = counters.snapshot();
    assert.equal(totals.fetched, 1);
    assert.equal(totals.ingested, 1);
    assert.deepEqual(totals.perHost, { [`127.0.0.1:${server.port}`]: 2 });
    assert.ok(Date.now() - started < 5000, 'abort ends the sleep at once');
  } finally {
    await drop();
    await server.close();
  }
});

test('watch: items left over (over the per-poll cap, or failed) are taken at the next poll, not lost to a 304', async () => {
  let failNine = true;
  const routes = withArticles({
    '/robots.txt': (_req, res) => res.end('User-agent: *\nAllow: /\n'),
    '/rss.xml': conditionalFeed(() => '"same"', () => rss2(server.origin, [1, 9])),
  });
  const nine = routes['/a/9']!;
  routes['/a/9'] = (req, res) => {
    if (!failNine) return nine(req, res);
    failNine = false;
    // A 500, not a 503: a 503 without Retry-After would (rightly) hold the host back a minute.
    res.writeHead(500);
    res.end();
  };
  const server = await startLocalServer(routes);
  const [target] = await dbTargets();
  const { db, drop } = await target!.open();
  try {
    let clock = new Date('2026-11-22T08:00:00Z');
    const now = () => clock;
    await followFeeds(db, `${server.origin}/rss.xml`, { now: clock, intervalS: 60 });
    const fetcher = new PoliteFetcher({ allowPrivateNetwork: LOCAL_ONLY, minDelayMs: 0 });
    const poll = async () => {
      const s = await pollDueFeeds(db, fetcher, { now, maxNewItems: 1 });
      clock = new Date(clock.getTime() + 60_000);
      return s;
    };
    assert.equal((await poll()).ingested, 1, 'cap: one item this time');
    const second = await poll();
    assert.equal(second.unchanged, 0, 'the feed was fetched in full again');
    assert.equal(second.itemFailures, 1);
    const third = await poll();
    assert.equal(third.ingested, 1, 'the failed item was retried');
    const fourth = await poll();
    assert.equal(fourth.unchanged, 1, 'nothing left: now a 304');
  } finally {
    await drop();
    await server.close();
  }
});

for (const target of await dbTargets()) {
  test(`watch: an update the feed does not re-date is noticed by re-checking the page (conditional GET, backing off with age, bounded per poll, stopping at the horizon) (${target.name})`, { skip: target.unavailable ?? false }, async () => {
    const revision = new Map<number, number>();
    const routes: Parameters<typeof startLocalServer>[0] = {
      '/robots.txt': (_req, res) => res.end('User-agent: *\nAllow: /\n'),
      // The feed never changes: it answers 304 to its validator and never re-dates an item.
      '/rss.xml': conditionalFeed(() => '"feed"', () => rss2(server.origin, [3, 4, 5])),
    };
    for (const n of [3, 4]) {
      routes[`/a/${n}`] = (req, res) => {
        const etag = `"a${n}-v${revision.get(n) ?? 0}"`;
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304, { etag });
          return res.end();
        }
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag });
        res.end(articlePage(n, revision.get(n) ?? 0));
      };
    }
    // Article 5's page changes at every request around an article that never does (no validators).
    let served5 = 0;
    routes['/a/5'] = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articlePage(5).replace('</article>', `</article><footer>Page served ${++served5} times</footer>`));
    };
    const server = await startLocalServer(routes);
    const { db, drop } = await target.open();
    try {
      let clock = new Date('2026-11-22T08:00:00Z');
      const now = () => clock;
      await followFeeds(db, `${server.origin}/rss.xml`, { now: clock, intervalS: 600 });
      const fetcher = new PoliteFetcher({ allowPrivateNetwork: LOCAL_ONLY, minDelayMs: 0 });
      const pagesAsked = (n: number) => server.seen.filter((r) => r.path === `/a/${n}`);
      const lines: string[] = [];
      const poll = async (at: string, extra: { maxRechecks?: number } = {}) => {
        clock = new Date(at);
        return pollDueFeeds(db, fetcher, { now, log: (l) => lines.push(l), recheckHorizonS: 30 * 3600, ...extra });
      };

      assert.equal((await poll('2026-11-22T08:00:00Z')).ingested, 3);
      const stored = await db.query<{ etag: string; next_check: string }>(`SELECT etag, next_check::text AS next_check FROM feed_items WHERE item_key = 'courier-3'`);
      assert.equal(stored.rows[0]!.etag, '"a3-v0"', 'the page\'s validator is kept per item');
      assert.equal(new Date(stored.rows[0]!.next_check).toISOString(), '2026-11-22T09:00:00.000Z', 'first re-check an hour after first seen');

      // Half an hour on: the feed is unchanged and no page is due again.
      const early = await poll('2026-11-22T08:30:00Z');
      assert.deepEqual([early.unchanged, early.rechecked], [1, 0]);
      assert.equal(pagesAsked(3).length, 1);

      // An hour on: every page is re-checked, but at most two per poll; each is a conditional GET, answered 304.
      const capped = await poll('2026-11-22T09:00:00Z', { maxRechecks: 2 });
      assert.equal(capped.rechecked, 2);
      assert.equal(capped.updated, 0);
      assert.equal(pagesAsked(3).at(-1)!.headers['if-none-match'], '"a3-v0"');
      assert.ok(lines.some((l) => /page 304 .*\/a\/3 re-checked: not modified/.test(l)), lines.join('\n'));
      const rest = await poll('2026-11-22T09:01:00Z', { maxRechecks: 2 });
      assert.equal(rest.rechecked, 1, 'the one left over is re-checked at the next poll');
      assert.equal(rest.updated + capped.updated, 0);
      assert.ok(lines.some((l) => /page 200 .*\/a\/5 re-checked: the page changed, its article did not/.test(l)), 'a page changing around an unchanged article is no new version');
      assert.equal((await poll('2026-11-22T09:02:00Z')).rechecked, 0, 'nothing more until the next slot');

      // The outlet rewrites article 3 without touching its feed entry. The next slot (6 h) notices it.
      revision.set(3, 1);
      assert.equal((await poll('2026-11-22T12:00:00Z')).rechecked, 0, 'not due before six hours');
      const noticed = await poll('2026-11-22T14:00:00Z');
      assert.equal(noticed.rechecked, 3);
      assert.equal(noticed.updated, 1, JSON.stringify(noticed));
      const versions = await db.query<{ report_id: string; previous_id: string; url: string }>('SELECT report_id, previous_id, url FROM report_versions');
      assert.equal(versions.rows.length, 1);
      assert.equal(versions.rows[0]!.url, `${server.origin}/a/3`);
      const chain = await reportVersionChain(db, versions.rows[0]!.report_id);
      assert.deepEqual(chain.map((c) => c.reportId), [versions.rows[0]!.previous_id, versions.rows[0]!.report_id], 'both versions kept, linked');
      const item = await db.query<{ report_id: string; etag: string }>(`SELECT report_id, etag FROM feed_items WHERE item_key = 'courier-3'`);
      assert.deepEqual(item.rows[0], { report_id: versions.rows[0]!.report_id, etag: '"a3-v1"' }, 'the item now follows the new version');
      assert.ok(lines.some((l) => /page 200 .*\/a\/3 updated \(re-checked\): new version/.test(l)), lines.join('\n'));

      // The 24 h slot is within the 30 h horizon; after it, re-checking stops.
      assert.equal((await poll('2026-11-23T08:00:00Z')).rechecked, 3);
      const requests = server.seen.length;
      const late = await poll('2026-11-25T08:00:00Z');
      assert.equal(late.rechecked, 0);
      assert.ok(server.seen.slice(requests).every((r) => !r.path.startsWith('/a/')), 'no page fetched past the horizon');
      const scheduled = await db.query('SELECT 1 FROM feed_items WHERE next_check IS NOT NULL');
      assert.equal(scheduled.rows.length, 0);
    } finally {
      await drop();
      await server.close();
    }
  });
}
