import { parseDocument } from 'htmlparser2';
import { getElementsByTagName } from 'domutils';
import { encodeXML } from 'entities';

/** A feed named in an OPML subscription list. */
export interface OpmlFeed {
  readonly url: string;
  readonly title: string | null;
  readonly siteUrl: string | null;
}

/**
 * The feeds of an OPML subscription list: every `outline` with an `xmlUrl`, however nested in
 * folders. Outlines without one (folders) are skipped.
 *
 * @example
 * parseOpml('<opml><body><outline text="A" xmlUrl="https://a.example/rss"/></body></opml>')
 */
export function parseOpml(text: string): OpmlFeed[] {
  const doc = parseDocument(text, { xmlMode: true });
  const seen = new Set<string>();
  const feeds: OpmlFeed[] = [];
  for (const el of getElementsByTagName('outline', doc, true)) {
    const url = el.attribs.xmlUrl ?? el.attribs.xmlurl;
    if (!url || seen.has(url.trim())) continue;
    seen.add(url.trim());
    feeds.push({ url: url.trim(), title: el.attribs.title ?? el.attribs.text ?? null, siteUrl: el.attribs.htmlUrl ?? el.attribs.htmlurl ?? null });
  }
  return feeds;
}

/**
 * An OPML 2.0 subscription list of the given feeds, for other readers to import.
 *
 * @example
 * formatOpml([{ url: 'https://a.example/rss', title: 'A', siteUrl: null }], new Date())
 */
export function formatOpml(feeds: readonly OpmlFeed[], now: Date): string {
  const attr = (name: string, value: string | null) => (value ? ` ${name}="${encodeXML(value)}"` : '');
  const lines = feeds.map((f) => `    <outline type="rss"${attr('text', f.title ?? f.url)}${attr('title', f.title)}${attr('xmlUrl', f.url)}${attr('htmlUrl', f.siteUrl)}/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head>\n    <title>Corroborate feeds</title>\n    <dateCreated>${now.toUTCString()}</dateCreated>\n  </head>\n  <body>\n${lines.join('\n')}\n  </body>\n</opml>\n`;
}
