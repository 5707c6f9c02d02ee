import { attr, classAndId, detachAll, walkElements, type HtmlElement } from './dom.js';
import { CONTENT_MARKER } from './patterns.js';
import { linkDensity, type TextStats } from './measure-text.js';
import {
  BOILERPLATE_HINT, CONTENT_HINT, FURNITURE_ROLES, FURNITURE_TAGS, HIDDEN_STYLE, STRONG_BOILERPLATE_HINT,
} from './patterns.js';
import {
  MAX_PRUNED_SHARE, MAX_FURNITURE_FORM_CHARS, MIN_NESTED_MARKER_SHARE, WEAK_HINT_MIN_LINK_DENSITY, WEAK_HINT_MIN_PARAGRAPHS, WEAK_HINT_MIN_PROSE_CHARS,
} from './settings.js';

/** Which kinds of furniture a pass removes; later passes of the cascade relax them. */
export interface BoilerplateOptions {
  /** Remove elements whose class or id names furniture (share, related, comments...). */
  readonly byHints: boolean;
  /** Remove hidden elements (hidden attribute, aria-hidden, display:none). */
  readonly hidden: boolean;
}

const PROTECTED_TAGS = new Set(['#root', 'html', 'body', 'article', 'main']);

/** True when an element is hidden from readers. */
export function isHidden(el: HtmlElement): boolean {
  if ('hidden' in el.attrs) return true;
  if (attr(el, 'aria-hidden') === 'true') return true;
  const style = el.attrs['style'];
  return style !== undefined && HIDDEN_STYLE.test(style);
}

/** True when the class/id names page furniture rather than the article. */
export function hasBoilerplateHint(el: HtmlElement): boolean {
  const hint = classAndId(el);
  if (!hint) return false;
  if (STRONG_BOILERPLATE_HINT.test(hint)) return true;
  return BOILERPLATE_HINT.test(hint) && !CONTENT_HINT.test(hint);
}

/**
 * Detaches navigation, furniture, hidden and furniture-named elements from the tree. An element
 * holding more than MAX_PRUNED_SHARE of the page's text is never removed: a page whose whole body
 * sits in a `<form>` or a `div.sidebar-layout` must not lose its article.
 */
export function removeBoilerplate(
  root: HtmlElement,
  stats: ReadonlyMap<HtmlElement, TextStats>,
  options: BoilerplateOptions,
): void {
  const total = stats.get(root)?.chars ?? 0;
  const holders = findContentHolders(root, stats, total);
  const doomed: HtmlElement[] = [];
  walkElements(root, (el) => {
    // Code is text as written: a highlighter's <span class="comment"> is not a comment section.
    if (el.tag === 'pre' || el.tag === 'code') return false;
    if (PROTECTED_TAGS.has(el.tag) || holders.has(el)) return true;
    if (shouldRemove(el, stats, total, options)) {
      doomed.push(el);
      return false;
    }
    return true;
  });
  detachAll(doomed);
}

/** True when an element declares itself the article body (tag, role, itemprop or class). */
export function isContentMarker(el: HtmlElement): boolean {
  if (el.tag === 'article' || el.tag === 'main') return true;
  if ((el.attrs['role'] ?? '').toLowerCase() === 'main') return true;
  if (/articlebody|text/i.test(el.attrs['itemprop'] ?? '')) return true;
  const hint = classAndId(el);
  return hint !== '' && CONTENT_MARKER.test(hint);
}

/**
 * Content markers and their ancestors: a furniture-named wrapper ("layout-sidebar-left",
 * "newsletter-post") that holds the article body is layout, not furniture. A marker inside a
 * furniture-named box (a comment's "entry-content") counts only when it holds at least
 * MIN_NESTED_MARKER_SHARE of the page's text.
 */
function findContentHolders(root: HtmlElement, stats: ReadonlyMap<HtmlElement, TextStats>, total: number): Set<HtmlElement> {
  const holders = new Set<HtmlElement>();
  walkElements(root, (el) => {
    if (el.tag === '#root' || !isContentMarker(el)) return true;
    const big = (stats.get(el)?.chars ?? 0) >= total * MIN_NESTED_MARKER_SHARE;
    if (big || !insideFurniture(el)) for (let a: HtmlElement | null = el; a && !holders.has(a); a = a.parent) holders.add(a);
    return true;
  });
  return holders;
}

function insideFurniture(el: HtmlElement): boolean {
  for (let a = el.parent; a; a = a.parent) if (STRONG_BOILERPLATE_HINT.test(classAndId(a))) return true;
  return false;
}

/** True when a box holds paragraphs of prose with little link text. */
function readsAsProse(st: TextStats | undefined): boolean {
  if (!st) return false;
  return st.chars >= WEAK_HINT_MIN_PROSE_CHARS && st.paragraphs >= WEAK_HINT_MIN_PARAGRAPHS && linkDensity(st) <= WEAK_HINT_MIN_LINK_DENSITY;
}

function shouldRemove(
  el: HtmlElement,
  stats: ReadonlyMap<HtmlElement, TextStats>,
  total: number,
  options: BoilerplateOptions,
): boolean {
  const chars = stats.get(el)?.chars ?? 0;
  const large = total > 0 && chars > total * MAX_PRUNED_SHARE;
  if (FURNITURE_TAGS.has(el.tag)) return !large;
  if (el.tag === 'form' && chars < MAX_FURNITURE_FORM_CHARS) return true;
  if ((el.tag === 'header' || el.tag === 'footer') && !large) return true;
  const role = el.attrs['role'];
  if (role && FURNITURE_ROLES.has(role.toLowerCase()) && !large) return true;
  // Hidden prose is kept: streamed server rendering parks whole articles in hidden boxes until a
  // script reveals them, while hidden furniture (modals, menus, banners) is short or link-heavy.
  if (options.hidden && isHidden(el) && !large && !readsAsProse(stats.get(el))) return true;
  if (options.byHints && !large && hasBoilerplateHint(el)) {
    // A weak name ("banner", "tools", "jump-link") on a box of link-free prose is a template's
    // naming accident; strong names (comments, related, share) are furniture whatever they hold.
    if (STRONG_BOILERPLATE_HINT.test(classAndId(el))) return true;
    return !readsAsProse(stats.get(el));
  }
  return false;
}
