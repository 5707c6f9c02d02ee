import type { Article, Message } from '../../core/records.js';
import { detectLanguage, normaliseLanguageTag } from '../language.js';
import { decodeHtml } from './decode-html.js';
import { extractByline } from './extract-byline.js';
import { extractCanonical } from './extract-canonical.js';
import { extractDates } from './extract-dates.js';
import { extractMainText } from './extract-main-text.js';
import { extractOutlet } from './extract-outlet.js';
import { extractTitle } from './extract-title.js';
import { judgeArticle } from './judge-article.js';
import { readPageSignals, metaContent } from './page-signals.js';
import { parseHtml } from './parse-html.js';
import { dropLeadingTitle } from './drop-leading-title.js';

export interface ExtractHtmlOptions {
  /** The URL the page was fetched from: resolves relative canonical URLs, feeds URL date patterns. */
  readonly url?: string;
  /** The HTTP Content-Type header, whose charset decodes byte input. */
  readonly contentType?: string;
  /** ISO 8601 time of the fetch: no date after it is taken as the publication date. */
  readonly fetchedAt?: string;
}

/**
 * Extracts the article from an HTML page: main text as paragraphs separated by one blank line,
 * headline, byline, published and modified dates, outlet, language and canonical URL. Never
 * throws on content: pages that are not articles come back with what main text they have and an
 * `extract/not-an-article` warning.
 *
 * @example
 * const article = extractHtml('<html lang="en"><body><article><h1>Talks resume</h1><p>Delegations met on Monday, officials said.</p></article></body></html>', { url: 'https://example.org/2025/12/13/talks' });
 * article.text;      // 'Delegations met on Monday, officials said.'
 * article.published; // '2025-12-13' (from the URL)
 */
export function extractHtml(input: string | Uint8Array, options: ExtractHtmlOptions = {}): Article {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError('extractHtml: input must be a string or a Uint8Array of HTML');
  }
  const messages: Message[] = [];
  const { html } = decodeHtml(input, options.contentType);
  const doc = parseHtml(html);
  if (doc.truncated) {
    messages.push({
      kind: 'message', severity: 'info', rule: 'extract/truncated-input',
      reason: 'The page is longer or more deeply nested than the parser reads; only its beginning was read.',
    });
  }
  const signals = readPageSignals(doc, options.url ?? null);
  const outlet = extractOutlet(signals);
  const title = extractTitle(signals, outlet);
  const byline = extractByline(signals);
  const dates = extractDates(signals, options.fetchedAt);
  const canonicalUrl = extractCanonical(signals);

  const main = extractMainText(() => parseHtml(html), doc);
  const paragraphs = dropLeadingTitle(main.paragraphs, title);
  const text = paragraphs.join('\n\n');

  const declared = normaliseLanguageTag(doc.htmlLang) ?? normaliseLanguageTag(metaContent(signals, ['content-language', 'language', 'og:locale', 'dc.language']));
  const language = declared ?? detectLanguage(text);

  messages.push(...judgeArticle(signals, paragraphs, main.rule));
  return {
    kind: 'article', text, title, byline, published: dates.published, modified: dates.modified, outlet, language,
    canonicalUrl, messages,
  };
}
