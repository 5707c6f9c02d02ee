import { walkElements, type HtmlElement } from './dom.js';
import { measureText } from './measure-text.js';
import type { HtmlDocument } from './parse-html.js';
import { cleanContent } from './clean-content.js';
import { removeBoilerplate, type BoilerplateOptions } from './remove-boilerplate.js';
import { renderParagraphs } from './render-text.js';
import { measureProse, selectMainContent } from './select-main-content.js';
import { CHROME_LINE, DATELINE_WORDS } from './patterns.js';
import {
  EDGE_PARAGRAPHS, MAX_DATELINE_PARAGRAPH_CHARS, MAX_DATELINE_PARAGRAPH_WORDS, MIN_ARTICLE_CHARS, MIN_SHARE_OF_PAGE_PROSE,
} from './settings.js';
import { normaliseDate } from './extract-dates.js';

/** One attempt of the cascade: which rule produced it and what it found. */
export interface TextAttempt {
  readonly rule: string;
  readonly paragraphs: readonly string[];
  readonly chars: number;
  /** Characters of prose on the whole (pruned) page, to tell when a pass under-delivered. */
  readonly pageProse: number;
}

const BASELINE_TAGS = new Set(['p', 'pre', 'li', 'blockquote', 'td', 'th', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The passes of the cascade: strict first, each later one relaxing what the one before removed. */
const PASSES: ReadonlyArray<{ rule: string; options: BoilerplateOptions }> = [
  { rule: 'extract/main-content', options: { byHints: true, hidden: true } },
  { rule: 'extract/main-content-relaxed', options: { byHints: false, hidden: true } },
];

/**
 * Finds the article text in a parsed page: boilerplate removal, candidate scoring, conditional
 * cleaning, rendering. When a pass under-delivers (fewer than MIN_ARTICLE_CHARS, or less than
 * MIN_SHARE_OF_PAGE_PROSE of the page's prose), the next pass
 * runs on a fresh tree with fewer removals, and a baseline (every paragraph-like element outside
 * page furniture) closes the cascade; the longest attempt wins, as in Readability's retry sieve.
 */
export function extractMainText(parse: () => HtmlDocument, first: HtmlDocument): TextAttempt {
  const attempts: TextAttempt[] = [];
  let doc: HtmlDocument | null = first;
  for (const pass of PASSES) {
    const tree = doc ?? parse();
    doc = null;
    const attempt = runPass(tree.root, pass.rule, pass.options);
    if (attempt.chars >= MIN_ARTICLE_CHARS && attempt.chars >= attempt.pageProse * MIN_SHARE_OF_PAGE_PROSE) return attempt;
    attempts.push(attempt);
  }
  attempts.push(runBaseline(parse().root));
  return attempts.reduce((best, a) => (a.chars > best.chars ? a : best));
}

function runPass(root: HtmlElement, rule: string, options: BoilerplateOptions): TextAttempt {
  removeBoilerplate(root, measureText(root), options);
  const stats = measureText(root);
  const prose = measureProse(root, stats);
  const nodes = selectMainContent(root, stats, prose);
  cleanContent(nodes, stats);
  return toAttempt(rule, renderParagraphs(nodes), prose.get(root) ?? 0);
}

function runBaseline(root: HtmlElement): TextAttempt {
  removeBoilerplate(root, measureText(root), { byHints: true, hidden: true });
  const blocks: HtmlElement[] = [];
  walkElements(root, (el) => {
    if (BASELINE_TAGS.has(el.tag)) {
      blocks.push(el);
      return false;
    }
    return true;
  });
  return toAttempt('extract/baseline', renderParagraphs(blocks), 0);
}

/** A short paragraph that is only a date, possibly with "Published"/"Updated" words: a dateline, not text. */
function isDatelineParagraph(p: string): boolean {
  if (p.length > MAX_DATELINE_PARAGRAPH_CHARS) return false;
  const rest = p.replace(DATELINE_WORDS, '');
  if (!/\d{4}/.test(rest)) return false;
  return normaliseDate(rest) !== null && rest.split(/\s+/).length <= MAX_DATELINE_PARAGRAPH_WORDS;
}

function toAttempt(rule: string, paragraphs: string[], pageProse: number): TextAttempt {
  const edge = EDGE_PARAGRAPHS;
  const kept = paragraphs.filter((p, i) => !CHROME_LINE.test(p) && !((i < edge || i >= paragraphs.length - edge) && isDatelineParagraph(p)));
  return { rule, paragraphs: kept, chars: kept.reduce((n, p) => n + p.length, 0), pageProse };
}

