import { html, type SafeHtml } from './html.js';
import type { Span } from '../core/records.js';

/** Sorted, overlapping or touching spans merged, clamped to the text. */
export function mergeSpans(spans: readonly Span[], length: number): Span[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, length)), end: Math.max(0, Math.min(s.end, length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}

/** Paragraph breaks of extracted text: a blank line. */
const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/g;

/**
 * A report's text as paragraphs, with `<mark>` around the given spans, in place: the offsets are
 * the report's own (UTF-16, half-open), so the marked words are exactly the cited ones. A span
 * crossing paragraphs is marked in each; the first mark of each span has the id `mark-N` (N its
 * order), so a link can scroll to it.
 *
 * @example
 * renderMarkedText('Twelve died.\n\nRescue goes on.', [{ start: 0, end: 6 }]).value
 * // '<p><mark id="mark-0">Twelve</mark> died.</p><p>Rescue goes on.</p>'
 */
export function renderMarkedText(text: string, spans: readonly Span[]): SafeHtml {
  const marks = mergeSpans(spans, text.length);
  const paragraphs: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    paragraphs.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  paragraphs.push({ start, end: text.length });
  const named = new Set<number>();
  const out: SafeHtml[] = [];
  for (const para of paragraphs) {
    if (para.end <= para.start) continue;
    const pieces: SafeHtml[] = [];
    let at = para.start;
    marks.forEach((mark, i) => {
      const from = Math.max(mark.start, para.start);
      const to = Math.min(mark.end, para.end);
      if (to <= from) return;
      pieces.push(html`${text.slice(at, from)}`);
      const id = named.has(i) ? null : `mark-${i}`;
      named.add(i);
      pieces.push(id ? html`<mark id="${id}">${text.slice(from, to)}</mark>` : html`<mark>${text.slice(from, to)}</mark>`);
      at = to;
    });
    pieces.push(html`${text.slice(at, para.end)}`);
    out.push(html`<p>${pieces}</p>`);
  }
  return html`${out}`;
}

/** A search snippet with its matched words in `<mark>`. */
export function renderSnippet(snippet: { text: string; highlights: readonly Span[] }): SafeHtml {
  const pieces: SafeHtml[] = [];
  let at = 0;
  for (const span of mergeSpans(snippet.highlights, snippet.text.length)) {
    pieces.push(html`${snippet.text.slice(at, span.start)}<mark>${snippet.text.slice(span.start, span.end)}</mark>`);
    at = span.end;
  }
  pieces.push(html`${snippet.text.slice(at)}`);
  return html`${pieces}`;
}
