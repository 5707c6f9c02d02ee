import { TITLE_SEARCH_PARAGRAPHS } from './settings.js';

const fold = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Removes the headline when it opens the text (the article's own `<h1>` inside its container):
 * the headline is returned as `title`, and the text is the body that follows it.
 */
export function dropLeadingTitle(paragraphs: readonly string[], title: string | null): string[] {
  if (!title) return [...paragraphs];
  const t = fold(title);
  if (!t) return [...paragraphs];
  const limit = Math.min(paragraphs.length, TITLE_SEARCH_PARAGRAPHS);
  for (let i = 0; i < limit; i++) {
    if (fold(paragraphs[i]!) === t) return [...paragraphs.slice(0, i), ...paragraphs.slice(i + 1)];
  }
  return [...paragraphs];
}
