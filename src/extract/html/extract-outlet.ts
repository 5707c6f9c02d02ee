import { metaContent, type PageSignals } from './page-signals.js';
import { asString, typesOf } from './read-json-ld.js';
import { collapseWhitespace } from './dom.js';
import { MAX_SITE_NAME_WORDS } from './settings.js';

/**
 * The outlet's name: og:site_name, then the JSON-LD publisher, then application-name, then the
 * JSON-LD WebSite / Organization name, then the short site-name segment of the `<title>`
 * ("Bridge reopens | Coastal Ledger") when one of its words is in the URL's host.
 */
export function extractOutlet(signals: PageSignals): string | null {
  const og = metaContent(signals, ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'twitter:app:name:iphone']);
  if (og) return clean(og);
  for (const a of signals.articles) {
    const p = asString(a['publisher']);
    if (p) return clean(p);
  }
  for (const o of signals.jsonLd) {
    const types = typesOf(o).join(' ');
    if (/WebSite|NewsMediaOrganization|Organization/.test(types)) {
      const name = asString(o['name']);
      if (name) return clean(name);
    }
  }
  const fromTitle = outletFromTitle(signals.doc.titleText);
  return fromTitle && signals.url && matchesHost(fromTitle, signals.url) ? fromTitle : null;
}

/** True when a word of the name (3+ letters) appears in the URL's host: "UCLA Health" on uclahealth.org. */
function matchesHost(name: string, url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  const words = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9\s]/g, '').split(/\s+/);
  return words.some((w) => w.length >= 3 && host.includes(w));
}

const TITLE_SEPARATOR = /\s+[|\-–—·•»«~]+\s+/;

/** The trailing (or, failing that, leading) short segment of a `<title>`, taken as the site's name. */
export function outletFromTitle(title: string): string | null {
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const words = (p: string): number => p.split(/\s+/).length;
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  if (words(last) <= MAX_SITE_NAME_WORDS && words(first) > words(last)) return clean(last);
  if (words(first) <= MAX_SITE_NAME_WORDS && words(last) > words(first)) return clean(first);
  return null;
}

function clean(s: string): string | null {
  const c = collapseWhitespace(s);
  return c.length > 0 && c.length <= 100 ? c : null;
}
