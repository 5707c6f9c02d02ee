import { classAndId, type HtmlElement } from './dom.js';
import { linkDensity, type TextStats } from './measure-text.js';
import { NEGATIVE_HINT, POSITIVE_HINT } from './patterns.js';
import {
  ANCESTOR_LEVELS, CLASS_WEIGHT, MIN_PARAGRAPH_CHARS, PARAGRAPH_CHARS_PER_POINT, PARAGRAPH_MAX_LENGTH_POINTS,
  TAG_BASE_SCORES,
} from './settings.js';

/** Readability-style class weight: +CLASS_WEIGHT for article-like names, -CLASS_WEIGHT for furniture-like. */
export function weighClass(el: HtmlElement): number {
  const hint = classAndId(el);
  if (!hint) return 0;
  let w = 0;
  if (NEGATIVE_HINT.test(hint)) w -= CLASS_WEIGHT;
  if (POSITIVE_HINT.test(hint)) w += CLASS_WEIGHT;
  return w;
}

const BLOCKISH = new Set([
  'p', 'div', 'section', 'article', 'main', 'table', 'ul', 'ol', 'dl', 'blockquote', 'pre', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'figure', 'header', 'footer', 'form', 'li', 'tr', 'td',
]);

/** True when an element has no block-level children, so its own text reads as one paragraph. */
export function hasOnlyInlineChildren(el: HtmlElement): boolean {
  for (const kid of el.children) if (kid.type === 'element' && BLOCKISH.has(kid.tag)) return false;
  return true;
}

/** Points one paragraph gives its ancestors: a base point, one per comma, one per 100 chars (capped). */
export function scoreParagraph(s: TextStats): number {
  return 1 + s.commas + Math.min(Math.floor(s.chars / PARAGRAPH_CHARS_PER_POINT), PARAGRAPH_MAX_LENGTH_POINTS);
}

/**
 * Scores container elements by the paragraphs under them (Readability's scheme, our constants):
 * each paragraph-like element with enough text adds its points to its parent in full, its
 * grandparent in half and further ancestors in thirds of their distance. Returns scores already
 * discounted by link density.
 */
export function scoreCandidates(
  paragraphs: readonly HtmlElement[],
  stats: ReadonlyMap<HtmlElement, TextStats>,
): Map<HtmlElement, number> {
  const raw = new Map<HtmlElement, number>();
  for (const p of paragraphs) {
    const s = stats.get(p);
    if (!s || s.chars < MIN_PARAGRAPH_CHARS) continue;
    const points = scoreParagraph(s);
    let level = 0;
    for (let a = p.parent; a && level < ANCESTOR_LEVELS; a = a.parent, level++) {
      if (a.tag === '#root' || a.tag === 'html') break;
      if (!raw.has(a)) raw.set(a, (TAG_BASE_SCORES[a.tag] ?? 0) + weighClass(a));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      raw.set(a, raw.get(a)! + points / divider);
    }
  }
  const scored = new Map<HtmlElement, number>();
  for (const [el, score] of raw) scored.set(el, score * (1 - linkDensity(stats.get(el))));
  return scored;
}
