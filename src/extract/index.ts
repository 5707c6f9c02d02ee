/**
 * Extract: raw report content -> the article (text, title, byline, dates, outlet, language,
 * canonical URL). HTML pages go through the HTML extractor, scraped plain text through the
 * debris remover; metadata known from elsewhere (an NDJSON record, a feed item) wins over what
 * is found in the content. Pure.
 */
import type { Article, Message } from '../core/records.js';
import { normaliseDate } from '../core/normalise-date.js';
import { extractHtml } from './html/index.js';
import { extractPlain } from './plain/index.js';
import { normaliseLanguageTag } from './language.js';
import { markdownToText } from './markdown-to-text.js';
import { isDatelineTitle } from './plain/is-dateline-title.js';

export { extractHtml } from './html/index.js';
export { extractPlain } from './plain/index.js';
export { detectLanguage, normaliseLanguageTag } from './language.js';
export { markdownToText } from './markdown-to-text.js';

/**
 * Extracts the article from an HTML page (a string, or bytes whose encoding is detected).
 *
 * @example
 * const article = extract('<html><head><title>…</title></head><body><article>…</article></body></html>', { url: 'https://example.org/a' });
 * article.text; // paragraphs separated by blank lines
 */
export function extract(html: string | Uint8Array, options: { url?: string; contentType?: string; fetchedAt?: string } = {}): Article {
  return extractHtml(html, options);
}

/** Metadata about a report known from outside its content. */
export interface ReportHints {
  readonly title?: string | null;
  readonly published?: string | null;
  readonly outlet?: string | null;
  readonly language?: string | null;
  readonly url?: string | null;
}

export interface ExtractInput {
  readonly format: 'html' | 'text' | 'markdown';
  readonly content: string | Uint8Array;
  readonly contentType?: string;
  readonly url?: string;
  readonly fetchedAt?: string;
  readonly hints?: ReportHints;
}

/**
 * Extracts any report: HTML or plain text, with outside metadata applied on top.
 * Bytes of plain text are decoded with the charset of `contentType` (UTF-8 by default).
 */
export function extractReport(input: ExtractInput): Article {
  const hints = input.hints ?? {};
  const messages: Message[] = [];
  const published = hints.published ? normaliseDate(hints.published) : null;
  if (hints.published && !published) {
    messages.push({
      kind: 'message',
      severity: 'warning',
      rule: 'extract/unreadable-given-date',
      reason: `the given publish date "${hints.published}" is not a date; using the date found in the content, if any`,
    });
  }
  const url = hints.url ?? input.url;
  let article: Article;
  if (input.format === 'html') {
    article = extractHtml(input.content, {
      ...(url ? { url } : {}),
      ...(input.contentType ? { contentType: input.contentType } : {}),
      ...(input.fetchedAt ? { fetchedAt: input.fetchedAt } : {}),
    });
  } else {
    const decoded = typeof input.content === 'string' ? input.content : decodeText(input.content, input.contentType);
    const text = input.format === 'markdown' ? markdownToText(decoded) : decoded;
    article = extractPlain(text, {
      title: hints.title ?? null,
      published,
      url: url ?? null,
      outlet: hints.outlet ?? null,
      language: normaliseLanguageTag(hints.language),
      ...(input.fetchedAt ? { fetchedAt: input.fetchedAt } : {}),
    });
  }
  return {
    ...article,
    // A given title wins, unless it is only a dateline (then the extractor found the headline).
    title: givenTitle(hints.title) ?? article.title,
    published: published ?? article.published,
    outlet: hints.outlet?.trim() || article.outlet,
    language: normaliseLanguageTag(hints.language) ?? article.language,
    canonicalUrl: article.canonicalUrl ?? url ?? null,
    messages: [...messages, ...article.messages],
  };
}

function givenTitle(title: string | null | undefined): string | null {
  const t = title?.trim();
  return t && !isDatelineTitle(t) ? t : null;
}

function decodeText(bytes: Uint8Array, contentType?: string): string {
  const charset = /charset=([\w-]+)/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
  return new TextDecoder(charset).decode(bytes);
}
