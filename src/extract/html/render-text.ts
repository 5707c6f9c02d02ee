import type { HtmlElement, HtmlNode } from './dom.js';
import { BLOCK_TAGS } from './patterns.js';

const BR = '\u0000';
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g;
const CELL_TAGS = new Set(['td', 'th']);
const CELL_SEPARATOR = ' | ';

/**
 * Renders elements as paragraphs: every block element starts a new one, a single `<br>` is a
 * line break inside a paragraph and two in a row end it, `<pre>` keeps its lines, and a table
 * row whose cells hold only inline content becomes one paragraph with cells joined by " | "
 * (tables are kept: on real pages they carry the article's figures; see README).
 */
export function renderParagraphs(nodes: readonly HtmlElement[]): string[] {
  const w = new ParagraphWriter();
  for (const n of nodes) w.render(n);
  w.flush();
  return w.paragraphs;
}

class ParagraphWriter {
  readonly paragraphs: string[] = [];
  private buf: string[] = [];

  render(node: HtmlNode): void {
    if (node.type === 'text') {
      this.buf.push(node.text.replace(CONTROL_CHARS, ''));
      return;
    }
    const tag = node.tag;
    if (tag === 'br') {
      this.lineBreak();
      return;
    }
    if (tag === 'pre') {
      this.flush();
      this.pushPre(node);
      return;
    }
    if (tag === 'tr' && isSimpleRow(node)) {
      this.flush();
      const cells: string[] = [];
      for (const kid of node.children) {
        if (kid.type !== 'element' || !CELL_TAGS.has(kid.tag)) continue;
        const inner = new ParagraphWriter();
        inner.render(kid);
        inner.flush();
        const text = inner.paragraphs.join(' ');
        if (text) cells.push(text);
      }
      if (cells.length > 0) this.push(cells.join(CELL_SEPARATOR));
      return;
    }
    if (tag === 'ol') {
      this.flush();
      // Ordered lists keep their numbers: readers see them, and steps are cited by number.
      let n = Number.parseInt(node.attrs['start'] ?? '1', 10);
      if (!Number.isFinite(n)) n = 1;
      for (const kid of node.children) {
        if (kid.type === 'element' && kid.tag === 'li') {
          this.flush();
          this.pendingPrefix = `${n++}. `;
        }
        this.render(kid);
      }
      this.flush();
      this.pendingPrefix = '';
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) this.flush();
    for (const kid of node.children) this.render(kid);
    if (block) this.flush();
  }

  /** Number of the ordered-list item whose first paragraph is still to come. */
  private pendingPrefix = '';

  private push(paragraph: string): void {
    if (this.pendingPrefix) {
      paragraph = /^\d+[.)]/.test(paragraph) ? paragraph : this.pendingPrefix + paragraph;
      this.pendingPrefix = '';
    }
    this.paragraphs.push(paragraph);
  }

  private lineBreak(): void {
    for (let i = this.buf.length - 1; i >= 0; i--) {
      const piece = this.buf[i]!;
      if (piece === BR) {
        this.flush();
        return;
      }
      if (piece.trim() !== '') break;
    }
    this.buf.push(BR);
  }

  private pushPre(node: HtmlElement): void {
    const inner: string[] = [];
    collectRaw(node, inner);
    const lines = inner.join('').replace(CONTROL_CHARS, '').split(/\r?\n/).map((l) => l.replace(/\s+$/, ''));
    const text = lines.filter((l) => l.trim() !== '').join('\n');
    if (text.trim()) this.push(text);
  }

  flush(): void {
    if (this.buf.length === 0) return;
    const lines = this.buf.join('').split(BR).map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
    this.buf = [];
    if (lines.length > 0) this.push(lines.join('\n'));
  }
}

function collectRaw(node: HtmlNode, out: string[]): void {
  if (node.type === 'text') {
    out.push(node.text);
    return;
  }
  if (node.tag === 'br') {
    out.push('\n');
    return;
  }
  for (const kid of node.children) collectRaw(kid, out);
}

function isSimpleRow(tr: HtmlElement): boolean {
  let cells = 0;
  for (const kid of tr.children) {
    if (kid.type !== 'element') continue;
    if (!CELL_TAGS.has(kid.tag)) return false;
    cells++;
    if (hasBlockDescendant(kid)) return false;
  }
  return cells > 0;
}

function hasBlockDescendant(el: HtmlElement): boolean {
  for (const kid of el.children) {
    if (kid.type !== 'element') continue;
    if (BLOCK_TAGS.has(kid.tag) || hasBlockDescendant(kid)) return true;
  }
  return false;
}
