import { metaContent, type PageSignals } from './page-signals.js';

/**
 * The page's canonical URL: `<link rel="canonical">`, then og:url, resolved against the fetch
 * URL; falls back to the fetch URL itself. Only http(s) URLs are returned.
 */
export function extractCanonical(signals: PageSignals): string | null {
  const link = signals.doc.links.find((l) => l.rel.split(/\s+/).includes('canonical'))?.href;
  for (const candidate of [link, metaContent(signals, ['og:url', 'twitter:url'])]) {
    const resolved = candidate ? resolveUrl(candidate.trim(), signals.url) : null;
    if (resolved) return resolved;
  }
  return signals.url ? resolveUrl(signals.url, null) : null;
}

/** Resolves a URL against a base; null when it is not a valid http(s) URL. */
export function resolveUrl(href: string, base: string | null): string | null {
  try {
    const u = base ? new URL(href, base) : new URL(href);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.href;
  } catch {
    return null;
  }
}
