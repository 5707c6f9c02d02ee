import type { HtmlElement, HtmlNode } from './dom.js';

/** Text measures of one element's subtree, in characters of whitespace-collapsed text. */
export interface TextStats {
  /** Characters of text (runs of whitespace counted as one). */
  chars: number;
  /** Of which inside links. */
  linkChars: number;
  /** Commas (Latin and CJK), a cheap sign of prose. */
  commas: number;
  /** Descendant `<p>` elements. */
  paragraphs: number;
  /** Descendant `<li>` elements. */
  listItems: number;
}

const COMMAS = /[,，、،]/g;

function countText(text: string): number {
  // Collapsed length without building the collapsed string.
  let n = 0;
  let inSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
    if (space) {
      if (!inSpace) n++;
      inSpace = true;
    } else {
      n++;
      inSpace = false;
    }
  }
  return n;
}

/**
 * Measures every element under `root` in one post-order pass (no recursion), so the heuristics
 * can ask for any element's text and link length in constant time.
 */
export function measureText(root: HtmlElement): Map<HtmlElement, TextStats> {
  const stats = new Map<HtmlElement, TextStats>();
  const stack: Array<{ el: HtmlElement; visited: boolean }> = [{ el: root, visited: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (!top.visited) {
      top.visited = true;
      const kids = top.el.children;
      for (let i = kids.length - 1; i >= 0; i--) {
        const kid = kids[i] as HtmlNode;
        if (kid.type === 'element') stack.push({ el: kid, visited: false });
      }
      continue;
    }
    stack.pop();
    const el = top.el;
    const s: TextStats = { chars: 0, linkChars: 0, commas: 0, paragraphs: 0, listItems: 0 };
    for (const kid of el.children) {
      if (kid.type === 'text') {
        s.chars += countText(kid.text);
        const m = kid.text.match(COMMAS);
        if (m) s.commas += m.length;
      } else {
        const k = stats.get(kid)!;
        s.chars += k.chars;
        s.linkChars += kid.tag === 'a' ? k.chars : k.linkChars;
        s.commas += k.commas;
        s.paragraphs += k.paragraphs + (kid.tag === 'p' ? 1 : 0);
        s.listItems += k.listItems + (kid.tag === 'li' ? 1 : 0);
      }
    }
    stats.set(el, s);
  }
  return stats;
}

/** Share of an element's text inside links, 0..1. */
export function linkDensity(s: TextStats | undefined): number {
  if (!s || s.chars === 0) return 0;
  return s.linkChars / s.chars;
}
