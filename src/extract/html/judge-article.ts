import type { Message } from '../../core/records.js';
import { typesOf } from './read-json-ld.js';
import { metaContent, type PageSignals } from './page-signals.js';
import { MIN_ARTICLE_CHARS, MIN_PROSE_PARAGRAPHS, PROSE_PARAGRAPH_CHARS } from './settings.js';

/**
 * Says whether the page reads as an article: either it declares itself one (og:type article,
 * JSON-LD Article types) and yields text, or its text has several prose-length paragraphs.
 * Index pages, forums and product pages get an `extract/not-an-article` warning; an empty
 * result gets `extract/no-text`.
 */
export function judgeArticle(signals: PageSignals, paragraphs: readonly string[], rule: string): Message[] {
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  if (chars === 0) {
    return [{ kind: 'message', severity: 'warning', rule: 'extract/no-text', reason: 'No main text was found on the page.' }];
  }
  const prose = paragraphs.filter((p) => p.length >= PROSE_PARAGRAPH_CHARS && /[.!?。！？]["”’»)]?$/.test(p)).length;
  const ogType = (metaContent(signals, ['og:type']) ?? '').toLowerCase();
  const declaredArticle = ogType === 'article' || signals.jsonLd.some((o) => /Article|BlogPosting|Report/.test(typesOf(o).join(' ')));
  const declaredOther = /product|profile|website|video|music|book/.test(ogType) || signals.jsonLd.some((o) => /Product|DiscussionForumPosting|QAPage|CollectionPage|ItemList|SearchResultsPage/.test(typesOf(o).join(' ')));
  const readsAsArticle = prose >= MIN_PROSE_PARAGRAPHS || (prose >= MIN_PROSE_PARAGRAPHS - 1 && chars >= MIN_ARTICLE_CHARS);
  if (readsAsArticle && !(declaredOther && !declaredArticle && prose < MIN_PROSE_PARAGRAPHS * 2)) return [];
  if (declaredArticle && chars >= MIN_ARTICLE_CHARS) return [];
  return [{
    kind: 'message', severity: 'warning', rule: 'extract/not-an-article',
    reason: `The page does not read as an article (${prose} prose paragraphs, ${chars} characters, found by ${rule}); the text is what main content it has.`,
  }];
}
