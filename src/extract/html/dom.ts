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
