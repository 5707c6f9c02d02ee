import { parseFeed as parseXmlFeed } from 'htmlparser2';
import { decodeXml } from './decode-xml.js';

/** One entry of a feed, mapped to what `watch` needs. */
export interface FeedEntry {
  /** GUID / id when the feed gives one, else null. */
  readonly guid: string | null;
  /** Absolute URL of the article page, or null. */
  readonly url: string | null;
  readonly title: string | null;
  readonly published: string | null;
}

export interface ParsedFeed {
  readonly format: 'rss' | 'rdf' | 'atom' | 'json';
  readonly title: string | null;
  readonly siteUrl: string | null;
  readonly entries: readonly FeedEntry[];
}

/**
 * Parses an RSS 0.9x/2.0 (`rss`), RSS 1.0/0.90 (`rdf:RDF`), Atom or JSON Feed document into its
 * entries, with links made absolute against the feed's URL. XML goes through htmlparser2's feed
 * reader (already a dependency, pure JS, streaming and forgiving of the broken markup real feeds
 * carry); JSON Feed is plain JSON. Returns a reason string when the bytes are not a feed.
 *
 * @example
 * const feed = parseFeed(bytes, 'https://example.org/rss', 'application/rss+xml');
 * if (typeof feed !== 'string') for (const e of feed.entries) console.log(e.url);
 */
export function parseFeed(bytes: Uint8Array, feedUrl: string, contentType: string | null = null): ParsedFeed | string {
  const text = decodeXml(bytes, contentType);
  const head = text.trimStart().slice(0, 1);
  if (head === '{' || /json/i.test(contentType ?? '')) return parseJsonFeed(text, feedUrl);
  const feed = parseXmlFeed(text, { xmlMode: true });
  if (!feed) return 'not an RSS, Atom or JSON feed';
  const absolute = (link: string | undefined) => resolve(link, feedUrl);
  const format = feed.type === 'atom' ? 'atom' : feed.type === 'rdf' ? 'rdf' : 'rss';
  return {
    format,
    title: clean(feed.title),
    siteUrl: absolute(feed.link),
    entries: feed.items.map((item) => {
      const guid = clean(item.id);
      // An RSS item without <link> often has a permalink GUID.
      const url = absolute(item.link) ?? (guid && /^https?:\/\//i.test(guid) ? absolute(guid) : null);
      return { guid, url, title: clean(item.title), published: item.pubDate && !Number.isNaN(item.pubDate.getTime()) ? item.pubDate.toISOString() : null };
    }),
  };
}

function parseJsonFeed(text: string, feedUrl: string): ParsedFeed | string {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  const feed = doc as { version?: unknown; title?: unknown; home_page_url?: unknown; items?: unknown };
  if (typeof feed !== 'object' || feed === null || typeof feed.version !== 'string' || !feed.version.includes('jsonfeed.org') || !Array.isArray(feed.items)) {
    return 'JSON, but not a JSON Feed (no jsonfeed.org version and items)';
  }
  const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? clean(String(v)) : null);
  return {
    format: 'json',
    title: str(feed.title),
    siteUrl: resolve(str(feed.home_page_url) ?? undefined, feedUrl),
    entries: (feed.items as Array<Record<string, unknown>>).filter((i) => typeof i === 'object' && i !== null).map((item) => {
      const published = str(item.date_published);
      const at = published ? new Date(published) : null;
      return {
        guid: str(item.id),
        url: resolve(str(item.url) ?? str(item.external_url) ?? undefined, feedUrl),
        title: str(item.title),
        published: at && !Number.isNaN(at.getTime()) ? at.toISOString() : null,
      };
    }),
  };
}

function clean(value: string | undefined | null): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

function resolve(link: string | undefined | null, base: string): string | null {
  const v = clean(link);
  if (!v) return null;
  try {
    const url = new URL(v, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
