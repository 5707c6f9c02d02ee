import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed, parseOpml, formatOpml } from '../../src/feeds/index.js';
import { rss2, atom, jsonFeed, RSS_091, RSS_10, opml } from './feed-fixtures.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const ORIGIN = 'http://news.example';

test('feeds: RSS 2.0, RSS 0.91, RSS 1.0, Atom and JSON Feed map to entries with absolute URLs', () => {
  const r2 = parseFeed(bytes(rss2(ORIGIN, [1, 2])), `${ORIGIN}/rss`);
  assert.ok(typeof r2 !== 'string');
  assert.equal(r2.format, 'rss');
  assert.equal(r2.title, 'Valley Courier');
  assert.deepEqual(r2.entries[0], { guid: 'courier-1', url: `${ORIGIN}/a/1`, title: 'Story 1', published: '2026-11-16T01:00:00.000Z' });

  const old = parseFeed(bytes(RSS_091), 'http://old.example/rss');
  assert.ok(typeof old !== 'string');
  assert.deepEqual(old.entries.map((e) => e.url), ['http://old.example/1', 'http://old.example/2']);

  const rdf = parseFeed(bytes(RSS_10), 'http://rdf.example/rss');
  assert.ok(typeof rdf !== 'string');
  assert.equal(rdf.format, 'rdf');
  assert.equal(rdf.entries[0]?.url, 'http://rdf.example/x');

  const at = parseFeed(bytes(atom(ORIGIN, [3])), `${ORIGIN}/feeds/atom.xml`);
  assert.ok(typeof at !== 'string');
  assert.equal(at.format, 'atom');
  assert.deepEqual(at.entries[0], { guid: 'urn:gazette:3', url: `${ORIGIN}/a/3`, title: 'Entry 3', published: '2026-11-16T03:00:00.000Z' });

  const js = parseFeed(bytes(jsonFeed(ORIGIN, [4])), `${ORIGIN}/feed.json`, 'application/feed+json');
  assert.ok(typeof js !== 'string');
  assert.equal(js.format, 'json');
  assert.deepEqual(js.entries[0], { guid: 'post-4', url: `${ORIGIN}/a/4`, title: 'Post 4', published: '2026-11-16T04:00:00.000Z' });

  assert.equal(typeof parseFeed(bytes('<html><body>hi</body></html>'), ORIGIN), 'string');
  assert.equal(typeof parseFeed(bytes('{"a":1}'), ORIGIN), 'string');
});

test('feeds: the XML declaration or the header decides the charset', () => {
  // "Новости" in windows-1251.
  const title = Buffer.from([0xcd, 0xee, 0xe2, 0xee, 0xf1, 0xf2, 0xe8]);
  const doc = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>'), title, Buffer.from('</title><item><link>http://ru.example/1</link></item></channel></rss>')]);
  const parsed = parseFeed(doc, 'http://ru.example/rss');
  assert.ok(typeof parsed !== 'string');
  assert.equal(parsed.title, 'Новости');
});

test('feeds: OPML import finds nested feeds; export round-trips with escaping', () => {
  const feeds = parseOpml(opml(['http://a.example/rss', 'http://b.example/atom']));
  assert.deepEqual(feeds.map((f) => [f.url, f.title]), [['http://a.example/rss', 'Feed 0 & co'], ['http://b.example/atom', 'Feed 1 & co']]);
  const out = formatOpml(feeds, new Date('2026-11-22T00:00:00Z'));
  assert.match(out, /Feed 0 &amp; co/);
  assert.deepEqual(parseOpml(out), feeds);
});
