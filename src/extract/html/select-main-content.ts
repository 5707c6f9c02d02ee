import { classAndId, walkElements, type HtmlElement } from './dom.js';
import { linkDensity, type TextStats } from './measure-text.js';
import { hasOnlyInlineChildren, scoreCandidates } from './score-candidates.js';
import { ARTICLE_MARKER, HEADING_TAGS } from './patterns.js';
import {
  ALTERNATIVE_CANDIDATE_RATIO, MARKER_PROSE_RATIO, EXPAND_MAX_OTHER_CHARS, EXPAND_MIN_PROSE_CHARS, EXPAND_PROSE_RATIO, MIN_PARAGRAPH_CHARS,
  PROSE_MAX_LINK_DENSITY, PROSE_MIN_ITEM_CHARS, MIN_ALTERNATIVES_SHARING_ANCESTOR, PARENT_SCORE_FLOOR_RATIO, SIBLING_MIN_SCORE,
  SIBLING_SCORE_RATIO, SIBLING_PARAGRAPH_LONG_CHARS, SIBLING_PARAGRAPH_MAX_LINK_DENSITY, TOP_CANDIDATES,
} from './settings.js';

const SCORED_AS_PARAGRAPH = new Set(['p', 'pre', 'td', 'blockquote', 'li', 'dd']);
const DIV_LIKE = new Set(['div', 'section', 'article', 'span', 'font', 'center', 'main']);

/** Paragraph-like elements whose text scores their ancestors. */
export function collectParagraphs(root: HtmlElement): HtmlElement[] {
  const out: HtmlElement[] = [];
  walkElements(root, (el) => {
    if (SCORED_AS_PARAGRAPH.has(el.tag)) {
      if (el.tag === 'p' || el.tag === 'pre' || hasOnlyInlineChildren(el)) {
        out.push(el);
        return false;
      }
      return true;
    }
    if (DIV_LIKE.has(el.tag) && el.children.length > 0 && hasOnlyInlineChildren(el)) {
      out.push(el);
      return false;
    }
    return true;
  });
  return out;
}

/**
 * Picks the element most likely to hold the article and the siblings that continue it
 * (Readability's top-candidate selection: shared ancestor of the best alternatives, climb while
 * the parent scores comparably, then adopt siblings that score well or read as prose).
 * Returns the elements in document order, or [] when nothing scored.
 */
export function selectMainContent(
  root: HtmlElement,
  stats: ReadonlyMap<HtmlElement, TextStats>,
  prose: ReadonlyMap<HtmlElement, number> = measureProse(root, stats),
): HtmlElement[] {
  const scores = scoreCandidates(collectParagraphs(root), stats);
  if (scores.size === 0) return [];
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP_CANDIDATES);
  let [top, topScore] = ranked[0]!;

  // When several near-best candidates share an ancestor, the article spans them.
  const alternatives = ranked.slice(1).filter(([, s]) => s >= topScore * ALTERNATIVE_CANDIDATE_RATIO).map(([el]) => el);
  if (alternatives.length >= MIN_ALTERNATIVES_SHARING_ANCESTOR) {
    for (let parent = top.parent; parent && parent.tag !== 'body' && parent.tag !== '#root'; parent = parent.parent) {
      let containing = 0;
      for (const alt of alternatives) if (isAncestor(parent, alt)) containing++;
      if (containing >= MIN_ALTERNATIVES_SHARING_ANCESTOR) {
        top = parent;
        topScore = scores.get(parent) ?? topScore;
        break;
      }
    }
  }

  // Climb while the parent still scores comparably: the best paragraph box is often one level too deep.
  let lastScore = scores.get(top) ?? topScore;
  const floor = lastScore * PARENT_SCORE_FLOOR_RATIO;
  for (let parent = top.parent; parent && parent.tag !== 'body' && parent.tag !== '#root'; parent = parent.parent) {
    const ps = scores.get(parent);
    if (ps === undefined) continue;
    if (ps < floor) break;
    if (ps > lastScore) {
      top = parent;
      break;
    }
    lastScore = ps;
  }
  while (top.parent && top.parent.tag !== 'body' && top.parent.tag !== '#root' && elementChildren(top.parent) === 1) {
    top = top.parent;
  }
  top = expandToProse(top, stats, prose);
  top = expandToMarker(top, stats, prose);
  topScore = scores.get(top) ?? topScore;

  const parent = top.parent;
  if (!parent) return [top];
  const threshold = Math.max(SIBLING_MIN_SCORE, topScore * SIBLING_SCORE_RATIO);
  const topClass = classAndId(top);
  const kept: HtmlElement[] = [];
  for (const sib of parent.children) {
    if (sib.type !== 'element') continue;
    if (sib === top) {
      kept.push(sib);
      continue;
    }
    let bonus = 0;
    if (topClass && classAndId(sib) === topClass) bonus += topScore * SIBLING_SCORE_RATIO;
    const s = scores.get(sib);
    if (s !== undefined && s + bonus >= threshold) {
      kept.push(sib);
      continue;
    }
    if (sib.tag === 'p' || (DIV_LIKE.has(sib.tag) && hasOnlyInlineChildren(sib))) {
      const st = stats.get(sib);
      if (!st) continue;
      const ld = linkDensity(st);
      if (st.chars > SIBLING_PARAGRAPH_LONG_CHARS && ld < SIBLING_PARAGRAPH_MAX_LINK_DENSITY) kept.push(sib);
    }
  }
  return kept;
}

function elementChildren(el: HtmlElement): number {
  let n = 0;
  for (const k of el.children) if (k.type === 'element') n++;
  return n;
}

function isAncestor(a: HtmlElement, el: HtmlElement): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === a) return true;
  return false;
}

/**
 * Climbs from the chosen box while each parent adds mostly prose: on modular pages (one section
 * per subheading, each in its own wrapper) the best-scoring box is one section, and the article
 * is their common ancestor. A parent is taken when the prose it adds outweighs, by
 * EXPAND_PROSE_RATIO, the other text it adds (link lists, buttons, teasers).
 */
function expandToProse(top: HtmlElement, stats: ReadonlyMap<HtmlElement, TextStats>, prose: ReadonlyMap<HtmlElement, number>): HtmlElement {
  let best = top;
  for (let parent = top.parent; parent && parent.tag !== '#root' && parent.tag !== 'html'; parent = parent.parent) {
    const addedProse = (prose.get(parent) ?? 0) - (prose.get(best) ?? 0);
    const addedOther = (stats.get(parent)?.chars ?? 0) - (stats.get(best)?.chars ?? 0) - addedProse;
    if (addedProse >= EXPAND_MIN_PROSE_CHARS && addedProse >= addedOther * EXPAND_PROSE_RATIO) best = parent;
    else if (addedOther > EXPAND_MAX_OTHER_CHARS) break;
  }
  return best;
}

/** Characters of prose (paragraph-like, little link text, or headings) under each element. */
export function measureProse(root: HtmlElement, stats: ReadonlyMap<HtmlElement, TextStats>): Map<HtmlElement, number> {
  const prose = new Map<HtmlElement, number>();
  const add = (el: HtmlElement, n: number): void => {
    for (let a: HtmlElement | null = el; a; a = a.parent) prose.set(a, (prose.get(a) ?? 0) + n);
  };
  walkElements(root, (el) => {
    const s = stats.get(el);
    if (!s) return false;
    if (HEADING_TAGS.has(el.tag)) {
      if (linkDensity(s) < PROSE_MAX_LINK_DENSITY) add(el, s.chars);
      return false;
    }
    const paragraphLike = el.tag === 'p' || el.tag === 'pre' || ((SCORED_AS_PARAGRAPH.has(el.tag) || DIV_LIKE.has(el.tag)) && hasOnlyInlineChildren(el));
    if (!paragraphLike) return true;
    const minChars = el.tag === 'li' || el.tag === 'td' ? PROSE_MIN_ITEM_CHARS : MIN_PARAGRAPH_CHARS;
    if (s.chars >= minChars && linkDensity(s) < PROSE_MAX_LINK_DENSITY) add(el, s.chars);
    return false;
  });
  return prose;
}

/**
 * Climbs to the nearest ancestor that declares itself the article body (`<article>`,
 * itemprop=articleBody, "entry-content", "post-content"...) when that adds at least as much prose
 * as other text: the CMS's own container is stronger evidence than the prose ratio alone, so a
 * looser ratio (MARKER_PROSE_RATIO) applies.
 */
function expandToMarker(top: HtmlElement, stats: ReadonlyMap<HtmlElement, TextStats>, prose: ReadonlyMap<HtmlElement, number>): HtmlElement {
  for (let a = top.parent; a && a.tag !== 'body' && a.tag !== '#root'; a = a.parent) {
    if (!isArticleMarker(a)) continue;
    const addedProse = (prose.get(a) ?? 0) - (prose.get(top) ?? 0);
    const addedOther = (stats.get(a)?.chars ?? 0) - (stats.get(top)?.chars ?? 0) - addedProse;
    return addedProse >= addedOther * MARKER_PROSE_RATIO ? a : top;
  }
  return top;
}

function isArticleMarker(el: HtmlElement): boolean {
  if (el.tag === 'article') return true;
  if (/articlebody/i.test(el.attrs['itemprop'] ?? '')) return true;
  const hint = classAndId(el);
  return hint !== '' && ARTICLE_MARKER.test(hint);
}
