/**
 * Atom (RFC 4287) feeds, so people can follow a story or a search in their feed reader.
 */

export interface AtomEntry {
  /** A permanent IRI for the entry (`urn:corroborate:report:r...`). */
  readonly id: string;
  readonly title: string;
  /** ISO 8601 time. */
  readonly updated: string;
  readonly published?: string | null;
  /** Where a reader opens the entry (absolute URL). */
  readonly link: string;
  readonly summary?: string | null;
  readonly author?: string | null;
}

export interface AtomFeed {
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string | null;
  readonly updated: string;
  /** This feed's own absolute URL. */
  readonly self: string;
  /** The page the feed follows (absolute URL). */
  readonly alternate: string;
  readonly entries: readonly AtomEntry[];
}

/** Characters XML 1.0 forbids even escaped (C0 controls but tab, newline, return; U+FFFE/F). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for XML content and double-quoted attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** An RFC 3339 time for Atom, from an ISO date or time (a bare day is taken as midnight UTC). */
export function atomTime(value: string | null | undefined, fallback: string): string {
  if (!value) return fallback;
  const time = Date.parse(/^\d{4}-\d\d-\d\d$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(time) ? fallback : new Date(time).toISOString();
}

/**
 * Renders a feed as an Atom document.
 *
 * @example
 * renderAtom({ id: 'urn:corroborate:story:s1', title: 'Ferry adrift', updated: '2026-03-10T16:00:00Z',
 *   self: 'http://localhost:8080/api/v1/stories/s1/feed', alternate: 'http://localhost:8080/stories/s1', entries: [] });
 */
export function renderAtom(feed: AtomFeed): string {
  const x = escapeXml;
  const entries = feed.entries.map((e) => [
    '  <entry>',
    `    <id>${x(e.id)}</id>`,
    `    <title type="text">${x(e.title)}</title>`,
    `    <updated>${x(e.updated)}</updated>`,
    e.published ? `    <published>${x(e.published)}</published>` : null,
    `    <link rel="alternate" type="text/html" href="${x(e.link)}"/>`,
    e.author ? `    <author><name>${x(e.author)}</name></author>` : null,
    e.summary ? `    <summary type="text">${x(e.summary)}</summary>` : null,
    '  </entry>',
  ].filter((line) => line !== null).join('\n'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${x(feed.id)}</id>`,
    `  <title type="text">${x(feed.title)}</title>`,
    feed.subtitle ? `  <subtitle type="text">${x(feed.subtitle)}</subtitle>` : null,
    `  <updated>${x(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.alternate)}"/>`,
    // Atom requires an author for the feed when an entry has none.
    '  <author><name>Corroborate</name></author>',
    '  <generator>Corroborate</generator>',
    ...entries,
    '</feed>',
    '',
  ].filter((line) => line !== null).join('\n');
}
