/**
 * bench:watch — polls many feeds on a local server and measures throughput and politeness.
 *
 * One HTTP server on 127.0.0.1 plays `--hosts` sites (`site-N.test`, told apart by the Host
 * header; a lookup maps every such name to 127.0.0.1, so nothing leaves the machine). Each site
 * serves `--feeds / --hosts` RSS feeds of `--items` items, each linking to its own article page.
 * One `watch --once` round on an empty embedded database fetches every feed and every page.
 *
 * Reports items ingested per second and, per host, requests per minute and the smallest gap
 * between the end of one request and the start of the next (which must be >= --delay ms).
 *
 *   npm run bench:watch -- [--feeds 1000] [--hosts 100] [--items 1] [--delay 250]
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LookupAddress } from 'node:dns';
import { parseArgs } from 'node:util';
import { openDb } from '../../src/store/open-db.js';
import { PoliteFetcher } from '../../src/fetch/index.js';
import { followFeeds, pollDueFeeds } from '../../src/feeds/index.js';

const { values } = parseArgs({
  options: {
    feeds: { type: 'string', default: '1000' },
    hosts: { type: 'string', default: '100' },
    items: { type: 'string', default: '1' },
    delay: { type: 'string', default: '250' },
  },
});
const FEEDS = Number(values.feeds);
const HOSTS = Number(values.hosts);
const ITEMS = Number(values.items);
const DELAY_MS = Number(values.delay);

const PLACES = ['Ashcombe', 'Birchley', 'Carrow', 'Deeping', 'Elmstead', 'Fenwold', 'Garth', 'Holloway', 'Ivybridge', 'Kestle'];
const TOPICS = ['school roof repairs', 'a new cycle lane', 'the harbour wall', 'bus timetable changes', 'a flood warning system', 'library opening hours', 'a solar farm', 'the town hall clock'];

function article(host: number, feed: number, item: number): string {
  const id = `${host}-${feed}-${item}`;
  const place = PLACES[(host + item) % PLACES.length]!;
  const topic = TOPICS[(feed * 3 + item) % TOPICS.length]!;
  const title = `${place} reviews ${topic} (${id})`;
  const body = [
    `Officials in ${place} met on ${['Monday', 'Tuesday', 'Wednesday', 'Thursday'][feed % 4]} to review ${topic}, report ${id} of the local desk.`,
    `The review covers ${host * 7 + feed + 3} sites and an estimated budget of ${(feed + 2) * (item + 5) * 1000} pounds, a spokesperson said.`,
    `A decision is expected within ${(host % 9) + 2} weeks, after residents have been consulted on the plans.`,
  ];
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

function rss(host: number, feed: number): string {
  const items = Array.from({ length: ITEMS }, (_, i) => `<item><title>Item ${i}</title><link>http://site-${host}.test:${port}/a/${feed}/${i}</link><guid>site-${host}-${feed}-${i}</guid></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Site ${host} feed ${feed}</title><link>http://site-${host}.test/</link>${items.join('')}</channel></rss>`;
}

interface Seen {
  host: string;
  start: number;
  end: number;
}
const seen: Seen[] = [];
let active = new Map<string, number>();
let overlap = 0;
const server = http.createServer((req, res) => {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  const entry: Seen = { host, start: Date.now(), end: 0 };
  seen.push(entry);
  active.set(host, (active.get(host) ?? 0) + 1);
  if (active.get(host)! > 1) overlap++;
  res.on('close', () => {
    active.set(host, active.get(host)! - 1);
    entry.end = Date.now();
  });
  const hostN = Number(/^site-(\d+)\.test$/.exec(host)?.[1] ?? -1);
  const url = req.url ?? '/';
  let m;
  if (url === '/robots.txt') return res.end('User-agent: *\nAllow: /\n');
  if ((m = /^\/feed\/(\d+)\.xml$/.exec(url))) {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    return res.end(rss(hostN, Number(m[1])));
  }
  if ((m = /^\/a\/(\d+)\/(\d+)$/.exec(url))) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(article(hostN, Number(m[1]), Number(m[2])));
  }
  res.writeHead(404);
  res.end();
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as AddressInfo).port;
active = new Map();

const lookup = ((hostname: string, _o: unknown, cb: (e: Error | null, a: LookupAddress[]) => void) => {
  if (/^site-\d+\.test$/.test(hostname)) return cb(null, [{ address: '127.0.0.1', family: 4 }]);
  cb(Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
}) as unknown as typeof import('node:dns').lookup;

const db = await openDb('memory://');
try {
  for (let f = 0; f < FEEDS; f++) await followFeeds(db, `http://site-${f % HOSTS}.test:${port}/feed/${Math.floor(f / HOSTS)}.xml`);
  const fetcher = new PoliteFetcher({ allowPrivateNetwork: ['127.0.0.1'], lookup, minDelayMs: DELAY_MS });
  const started = Date.now();
  const summary = await pollDueFeeds(db, fetcher, {});
  const seconds = (Date.now() - started) / 1000;

  const byHost = new Map<string, Seen[]>();
  for (const s of seen) byHost.set(s.host, [...(byHost.get(s.host) ?? []), s]);
  let minGap = Infinity;
  let maxPerMinute = 0;
  for (const list of byHost.values()) {
    list.sort((a, b) => a.start - b.start);
    for (let i = 1; i < list.length; i++) minGap = Math.min(minGap, list[i]!.start - list[i - 1]!.end);
    const span = (list.at(-1)!.start - list[0]!.start) / 60_000;
    if (span > 0) maxPerMinute = Math.max(maxPerMinute, (list.length - 1) / span);
  }
  const result = {
    feeds: FEEDS,
    hosts: HOSTS,
    itemsPerFeed: ITEMS,
    hostDelayMs: DELAY_MS,
    seconds: Number(seconds.toFixed(1)),
    requests: seen.length,
    ingested: summary.ingested,
    failed: summary.failed + summary.itemFailures,
    itemsPerSecond: Number((summary.ingested / seconds).toFixed(1)),
    maxRequestsPerHostPerMinute: Number(maxPerMinute.toFixed(1)),
    politenessLimitPerMinute: Number((60_000 / DELAY_MS).toFixed(1)),
    minGapBetweenRequestsToOneHostMs: minGap,
    concurrentRequestsToOneHost: overlap,
  };
  console.log(JSON.stringify(result, null, 2));
  if (overlap > 0 || minGap < DELAY_MS) {
    console.error('politeness violated');
    process.exitCode = 1;
  }
} finally {
  await db.close();
  await new Promise<void>((r) => server.close(() => r()));
}
