/**
 * A minimal DOM for extraction: elements with lower-case tag names, attributes and children,
 * and text nodes. Built by `parseHtml`; lighter and faster than a full DOM because extraction
 * only walks, measures and detaches.
 */

export interface HtmlText {
  readonly type: 'text';
  text: string;
  parent: HtmlElement | null;
}

export interface HtmlElement {
  readonly type: 'element';
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}

export type HtmlNode = HtmlElement | HtmlText;

/** Returns an attribute value, or '' when absent. */
export function attr(el: HtmlElement, name: string): string {
  return el.attrs[name] ?? '';
}

/** The class and id of an element in one lower-case string, for hint matching. */
export function classAndId(el: HtmlElement): string {
  const cls = el.attrs['class'];
  const id = el.attrs['id'];
  if (!cls && !id) return '';
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}

/**
 * Visits every element under `root` (root included) in document order, without recursion so
 * that deeply nested pages cannot overflow the stack. Returning `false` from `visit` skips the
 * element's descendants.
 */
export function walkElements(root: HtmlElement, visit: (el: HtmlElement) => boolean | void): void {
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (visit(el) === false) continue;
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i]!;
      if (kid.type === 'element') stack.push(kid);
    }
  }
}

/** All descendant elements (root excluded) with one of the given tag names, in document order. */
export function findAll(root: HtmlElement, tags: ReadonlySet<string>): HtmlElement[] {
  const out: HtmlElement[] = [];
  walkElements(root, (el) => {
    if (el !== root && tags.has(el.tag)) out.push(el);
  });
  return out;
}

/** The first descendant element with the given tag name, or null. */
export function findFirst(root: HtmlElement, tag: string): HtmlElement | null {
  let found: HtmlElement | null = null;
  walkElements(root, (el) => {
    if (found) return false;
    if (el !== root && el.tag === tag) {
      found = el;
      return false;
    }
    return true;
  });
  return found;
}

/** Concatenated raw text of all descendant text nodes (whitespace not collapsed). */
export function rawText(root: HtmlElement): string {
  const parts: string[] = [];
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      parts.push(node.text);
      continue;
    }
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts.join('');
}

/** Text with runs of whitespace collapsed to one space and trimmed. */
export function collapsedText(root: HtmlElement): string {
  return collapseWhitespace(rawText(root));
}

export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Removes an element from its parent. */
export function detach(el: HtmlElement): void {
  const parent = el.parent;
  if (!parent) return;
  const i = parent.children.indexOf(el);
  if (i >= 0) parent.children.splice(i, 1);
  el.parent = null;
}

/** Removes many elements at once: one pass over each affected parent, so it stays linear on wide pages. */
export function detachAll(els: readonly HtmlElement[]): void {
  const doomed = new Set(els);
  const parents = new Set<HtmlElement>();
  for (const el of els) if (el.parent) parents.add(el.parent);
  for (const parent of parents) {
    parent.children = parent.children.filter((kid) => kid.type !== 'element' || !doomed.has(kid));
  }
  for (const el of els) el.parent = null;
}

/** Number of ancestors of an element. */
export function depthOf(el: HtmlElement): number {
  let d = 0;
  for (let p = el.parent; p; p = p.parent) d++;
  return d;
}
