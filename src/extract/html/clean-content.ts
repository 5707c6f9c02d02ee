import { classAndId, detachAll, walkElements, type HtmlElement } from './dom.js';
import { linkDensity, type TextStats } from './measure-text.js';
import { weighClass } from './score-candidates.js';
import {
  CLASS_WEIGHT, CLEAN_MAX_COMMAS, CLEAN_MAX_LINK_DENSITY, CLEAN_MAX_LINK_DENSITY_WEIGHTED, CLEAN_MIN_CHARS,
  LINK_LIST_MAX_DENSITY, MAX_BYLINE_BOX_CHARS,
} from './settings.js';
import { BYLINE_HINT, DATELINE_HINT, HEADING_TAGS } from './patterns.js';

const CONDITIONAL_TAGS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'form', 'header', 'footer', 'aside', 'nav']);

/** Elements that make a `<figure>` hold text rather than a picture. */
const TEXT_FIGURE_TAGS = new Set(['table', 'blockquote', 'pre', 'ul', 'ol', 'p']);

/**
 * Removes, inside the chosen article, the boxes that are not article text: link lists (related
 * stories, tags, tables of contents), link-heavy or furniture-named boxes with little prose,
 * empty wrappers, picture figures and all captions (Readability's conditional cleaning, our thresholds).
 */
export function cleanContent(nodes: readonly HtmlElement[], stats: ReadonlyMap<HtmlElement, TextStats>): void {
  const doomed: HtmlElement[] = [];
  for (const node of nodes) {
    walkElements(node, (el) => {
      if (el !== node && shouldDrop(el, stats)) {
        doomed.push(el);
        return false;
      }
      return true;
    });
  }
  detachAll(doomed);
}

function shouldDrop(el: HtmlElement, stats: ReadonlyMap<HtmlElement, TextStats>): boolean {
  if (el.tag === 'figcaption') return true;
  // WordPress and others wrap tables, pull quotes and code in <figure>: those are text, not pictures.
  if (el.tag === 'figure') return !containsAny(el, TEXT_FIGURE_TAGS);
  if (isBylineOrDateline(el, stats)) return true;
  if (HEADING_TAGS.has(el.tag)) return weighClass(el) < 0;
  if (!CONDITIONAL_TAGS.has(el.tag)) return false;
  const s = stats.get(el);
  if (!s) return false;
  const ld = linkDensity(s);
  const weight = weighClass(el);
  if (el.tag === 'ul' || el.tag === 'ol' || el.tag === 'dl') return ld > LINK_LIST_MAX_DENSITY;
  if (el.tag === 'table') return ld > LINK_LIST_MAX_DENSITY;
  if (s.commas >= CLEAN_MAX_COMMAS) return false;
  if (weight < 0) return true;
  if (s.chars < CLEAN_MIN_CHARS && s.linkChars > 0 && !containsHeading(el)) return true;
  if (weight < CLASS_WEIGHT && ld > CLEAN_MAX_LINK_DENSITY) return true;
  if (weight >= CLASS_WEIGHT && ld > CLEAN_MAX_LINK_DENSITY_WEIGHTED) return true;
  return false;
}

function containsAny(el: HtmlElement, tags: ReadonlySet<string>): boolean {
  let found = false;
  walkElements(el, (d) => {
    if (found) return false;
    if (d !== el && tags.has(d.tag)) found = true;
    return !found;
  });
  return found;
}

function containsHeading(el: HtmlElement): boolean {
  let found = false;
  walkElements(el, (d) => {
    if (found) return false;
    if (HEADING_TAGS.has(d.tag)) found = true;
    return !found;
  });
  return found;
}

/** A short byline- or date-classed box ("By Jane Roe", "Published 14 July 2025"): metadata, returned apart. */
function isBylineOrDateline(el: HtmlElement, stats: ReadonlyMap<HtmlElement, TextStats>): boolean {
  const hint = classAndId(el);
  if (!hint || !(DATELINE_HINT.test(hint) || BYLINE_HINT.test(hint))) return false;
  return (stats.get(el)?.chars ?? 0) <= MAX_BYLINE_BOX_CHARS;
}
