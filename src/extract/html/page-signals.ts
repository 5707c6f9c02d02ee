import type { HtmlDocument } from './parse-html.js';
import { articleObjects, readJsonLd, type JsonObject } from './read-json-ld.js';

/** What the metadata extractors read: the parsed page, its meta tags by key and its JSON-LD. */
export interface PageSignals {
  readonly doc: HtmlDocument;
  readonly meta: ReadonlyMap<string, string>;
  readonly jsonLd: readonly JsonObject[];
  /** JSON-LD objects describing the article, most specific first. */
  readonly articles: readonly JsonObject[];
  readonly url: string | null;
}

/** Collects the page's meta tags (first value per key wins) and JSON-LD objects. */
export function readPageSignals(doc: HtmlDocument, url: string | null): PageSignals {
  const meta = new Map<string, string>();
  for (const m of doc.metas) {
    const content = m.content.trim();
    if (content && !meta.has(m.key)) meta.set(m.key, content);
  }
  const jsonLd = readJsonLd(doc.jsonLd);
  return { doc, meta, jsonLd, articles: articleObjects(jsonLd), url };
}

/** The first non-empty meta content among `keys`. */
export function metaContent(signals: PageSignals, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = signals.meta.get(k);
    if (v) return v;
  }
  return null;
}
