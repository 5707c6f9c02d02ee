import { QUOTE_PAIRS } from './speech-words.js';

/** A span between quotation marks. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just after the closing mark. */
  readonly close: number;
  /** The quoted words, trimmed of white space and a trailing comma. */
  readonly start: number;
  readonly end: number;
  /** Whether the quote runs over a paragraph break (each new paragraph reopening the quote). */
  readonly multiParagraph: boolean;
}

const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/y;

/**
 * Finds spans in straight or typographic double quotes (" ", “ ”, „ “, « ») and in typographic
 * single quotes (‘ ’) outside them. A quote that runs
 * on into the next paragraph, which reopens it without closing the first (the English convention
 * for long quotes), is one span; a mark left open at the end of a paragraph otherwise is dropped.
 *
 * Offsets of typographic opening marks that never close are pushed to `unclosed` when given.
 *
 * @example
 * findQuotedSpans('He said: “We are free.”').map((q) => [q.start, q.end]); // [[10, 22]]
 */
export function findQuotedSpans(text: string, unclosed?: number[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const closers = QUOTE_PAIRS.get(ch);
    if (!closers || !isOpening(text, i)) {
      i++;
      continue;
    }
    const found = findClose(text, i + 1, ch, closers);
    if (!found) {
      // Straight quotes are too often stray (inch marks, typos) to report; typographic ones are not.
      if (ch !== '"') unclosed?.push(i);
      i++;
      continue;
    }
    const [closeAt, multiParagraph] = found;
    let start = i + 1;
    let end = closeAt;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ open: i, close: closeAt + 1, start, end, multiParagraph });
    i = closeAt + 1;
  }
  // Single typographic quotes (‘ ’), as British outlets quote, outside any double-quoted span:
  // nested ones belong to the quote around them, and ’ is also the apostrophe.
  for (const m of text.matchAll(/(?<=^|[\s([—–])‘(?=\S)([^‘’\n]*(?:’\p{L}[^‘’\n]*)*)’(?!\p{L})/gu)) {
    const open = m.index;
    const close = open + m[0].length;
    if (out.some((q) => q.open < close && open < q.close)) continue;
    let start = open + 1;
    let end = close - 1;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ open, close, start, end, multiParagraph: false });
  }
  return out.sort((a, b) => a.open - b.open);
}

/** An opening mark: typographic openers always, a straight quote only after a space, a bracket or the start. */
function isOpening(text: string, i: number): boolean {
  const ch = text[i]!;
  const next = text[i + 1];
  if (next === undefined) return false;
  // French guillemets take a (thin) space inside: « Nous ... »
  if (ch === '«' && /[ \u00a0\u202f]/.test(next)) return true;
  if (/\s/.test(next)) return false;
  if (ch !== '"' && ch !== '»') return true;
  if (ch === '»') return i === 0 || /[\s(]/.test(text[i - 1]!) ? /\p{L}/u.test(next) && text.indexOf('«', i) > i : false;
  return i === 0 || /[\s([—–:-]/.test(text[i - 1]!);
}

/** Offset of the mark closing a quote opened before `from`, across reopened paragraphs. */
function findClose(text: string, from: number, open: string, closers: readonly string[]): [number, boolean] | null {
  let multi = false;
  for (let j = from; j < text.length; j++) {
    const ch = text[j]!;
    if (ch === '\n') {
      PARAGRAPH_BREAK.lastIndex = j;
      const m = PARAGRAPH_BREAK.exec(text);
      if (!m) continue;
      const after = j + m[0].length;
      // The next paragraph reopens the same quote: it goes on.
      if (text[after] === open || (open === '"' && text[after] === '"') || (open === '“' && text[after] === '“')) {
        multi = true;
        j = after;
        continue;
      }
      return null;
    }
    // A straight quote after a space still closes when nothing but a space or punctuation follows
    // ('..., " he said' in wire copy with loose spacing).
    const looseClose = ch === '"' && /[ \t]/.test(text[j - 1]!) && (j + 1 >= text.length || /[\s.,;:!?)]/.test(text[j + 1]!));
    if (closers.includes(ch) && j > from && (ch === '»' || looseClose || !/\s/.test(text[j - 1]!))) {
      // A straight quote closes only before a non-letter ("x"y is not a close).
      if (ch === '"' && j + 1 < text.length && /\p{L}/u.test(text[j + 1]!)) continue;
      return [j, multi];
    }
  }
  return null;
}
