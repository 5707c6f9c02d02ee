import { readFile } from 'node:fs/promises';
import type { Db } from '../store/db.js';
import { insertFeed, listFeedRows, type FeedRow } from '../store/feed-rows.js';
import { UsageError } from '../core/errors.js';
import { parseOpml, formatOpml } from './opml.js';
import { isHttpUrl } from './add-page.js';
import { DEFAULT_POLL_INTERVAL_S } from './settings.js';

/**
 * Follows a feed URL, or every feed of an OPML file. Returns each feed with whether it was new.
 * Feeds are stored only; `watch` fetches them (so adding is instant and needs no network).
 *
 * @example
 * await followFeeds(db, 'https://example.org/rss.xml')
 * await followFeeds(db, 'subscriptions.opml')
 */
export async function followFeeds(db: Db, urlOrOpmlPath: string, options: { now?: Date; intervalS?: number } = {}): Promise<Array<{ feed: FeedRow; added: boolean }>> {
  const now = options.now ?? new Date();
  const intervalS = options.intervalS ?? DEFAULT_POLL_INTERVAL_S;
  if (isHttpUrl(urlOrOpmlPath)) {
    let url: string;
    try {
      url = new URL(urlOrOpmlPath).href;
    } catch {
      throw new UsageError(`"${urlOrOpmlPath}" is not a valid URL`);
    }
    return [await insertFeed(db, { url, intervalS, now })];
  }
  let text: string;
  try {
    text = await readFile(urlOrOpmlPath, 'utf8');
  } catch (error) {
    throw new UsageError(`${urlOrOpmlPath}: neither an http(s) URL nor a readable OPML file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const listed = parseOpml(text).filter((f) => isHttpUrl(f.url));
  if (listed.length === 0) throw new UsageError(`${urlOrOpmlPath}: no feeds found (an OPML file lists them as <outline xmlUrl="...">)`);
  const results = [];
  for (const f of listed) results.push(await insertFeed(db, { url: f.url, title: f.title, siteUrl: f.siteUrl, intervalS, now }));
  return results;
}

/** Every followed feed as an OPML 2.0 document. */
export async function exportOpml(db: Db, now = new Date()): Promise<string> {
  return formatOpml((await listFeedRows(db)).map((f) => ({ url: f.url, title: f.title, siteUrl: f.siteUrl })), now);
}
