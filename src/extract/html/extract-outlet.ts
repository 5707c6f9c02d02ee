import { metaContent, type PageSignals } from './page-signals.js';
import { asString, typesOf } from './read-json-ld.js';
import { collapseWhitespace } from './dom.js';

/**
 * The outlet's name: og:site_name, then the JSON-LD publisher, then application-name, then the
 * JSON-LD WebSite / Organization name.
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
  return null;
}

function clean(s: string): string | null {
  const c = collapseWhitespace(s);
  return c.length > 0 && c.length <= 100 ? c : null;
}
