import type { Sentence } from '../../core/records.js';
import { INNER_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from './abbreviations.js';

/** A sentence with the rule that ended it (assignable to the shared `Sentence`). */
export interface SentenceRecord extends Sentence {
  /** `sentence/terminal` (full stop, ? or !), `sentence/paragraph` (blank line), `sentence/line` (a line break before a capital), `sentence/end` (end of text). */
  readonly rule: string;
}

const OPENING_QUOTES = '"“„«‘\'‹(["';
const CLOSING_AFTER_STOP = '"”’\'»›)]';
const DOUBLE_QUOTES = '"“”„«»';

/**
 * Splits a report's text into sentences. Spans are trimmed of surrounding white space and never
 * cross a paragraph break ("\n\n"). Handles abbreviations ("U.S.", "Dr.", "Jan.", "No."),
 * initials ("J. K. Rowling"), decimals ("1.5"), closing quotes after the full stop and headings
 * that carry no full stop.
 *
 * @example
 * splitSentences('Dr. Smith arrived in the U.S. on Jan. 5. He said "hello."\n\nNext');
 * // -> three sentences: "Dr. Smith ... Jan. 5.", 'He said "hello."', "Next"
 */
export function splitSentences(text: string): SentenceRecord[] {
  const out: SentenceRecord[] = [];
  const push = (start: number, end: number, rule: string): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ kind: 'sentence', start, end, rule });
  };
  let start = 0;
  let inQuote = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\n') {
      let j = i + 1;
      let newlines = 1;
      while (j < text.length && /\s/.test(text[j]!)) {
        if (text[j] === '\n') newlines++;
        j++;
      }
      if (newlines >= 2) {
        push(start, i, 'sentence/paragraph');
        start = j;
        inQuote = false;
        i = j;
        continue;
      }
      if (isLineBreakSentenceEnd(text, i, j)) {
        push(start, i, 'sentence/line');
        start = j;
        inQuote = false;
        i = j;
        continue;
      }
    }
    if (DOUBLE_QUOTES.includes(ch)) inQuote = toggleQuote(text, i, inQuote);
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let k = i + 1;
      while (k < text.length && (text[k] === '.' || text[k] === '!' || text[k] === '?' || text[k] === '…')) k++;
      const isEllipsis = ch === '…' || k - i >= 3;
      let close = k;
      while (close < text.length && CLOSING_AFTER_STOP.includes(text[close]!)) close++;
      if (close < text.length && !/[ \t\u00a0]/.test(text[close]!) && text[close] !== '\n') {
        i = k;
        continue;
      }
      for (let q = k; q < close; q++) if (DOUBLE_QUOTES.includes(text[q]!)) inQuote = false;
      const next = nextWordStart(text, close);
      if (next < 0) {
        i = close;
        continue;
      }
      if (isSentenceEnd(text, i, k, next, isEllipsis, inQuote)) {
        push(start, close, 'sentence/terminal');
        start = close;
      }
      i = close;
      continue;
    }
    i++;
  }
  push(start, text.length, 'sentence/end');
  return out;
}

/** Index of the first non-blank character after `from` on the same paragraph, or -1. */
function nextWordStart(text: string, from: number): number {
  let j = from;
  while (j < text.length && /[ \t\u00a0]/.test(text[j]!)) j++;
  if (j >= text.length || text[j] === '\n') return -1;
  return j;
}

function isCapitalOrDigit(ch: string): boolean {
  return /\p{Lu}|\p{Lt}|\p{N}/u.test(ch);
}

/** A straight quote opens when it follows a space or starts the text, and closes otherwise. */
function toggleQuote(text: string, i: number, inQuote: boolean): boolean {
  const ch = text[i]!;
  if (ch === '“' || ch === '„' || ch === '«') return true;
  if (ch === '”' || ch === '»') return false;
  const before = i === 0 ? ' ' : text[i - 1]!;
  if (/\s|[([]/.test(before)) return true;
  return inQuote ? false : inQuote;
}

/** A dot ends a sentence unless it belongs to an abbreviation, an initial or a lower-case continuation. */
function isSentenceEnd(text: string, dot: number, afterStops: number, next: number, isEllipsis: boolean, inQuote: boolean): boolean {
  let first = text[next]!;
  let n = next;
  while (OPENING_QUOTES.includes(first) && n + 1 < text.length) first = text[++n]!;
  if (!isCapitalOrDigit(first)) return false;
  if (isEllipsis) return !inQuote;
  if (text[dot] !== '.' || afterStops - dot > 1) return true;
  const word = wordBefore(text, dot);
  if (word === '') return true;
  const lower = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  // Initials: "J. K. Rowling", and dotted acronyms' inner letters ("U.S." is handled below).
  if (/^\p{Lu}$/u.test(word)) return isOpener(text, n);
  // Dotted acronyms (U.S., U.K., e.g., a.m.) and inner abbreviations end a sentence only before a typical opener.
  if (word.includes('.') || INNER_ABBREVIATIONS.has(lower)) {
    if (/\p{N}/u.test(first)) return false;
    return isOpener(text, n);
  }
  return true;
}

/** The word (letters and inner dots) right before position `dot`. */
function wordBefore(text: string, dot: number): string {
  let j = dot;
  while (j > 0 && /[\p{L}.]/u.test(text[j - 1]!)) j--;
  return text.slice(j, dot).replace(/^\.+/, '');
}

function isOpener(text: string, at: number): boolean {
  const m = /^\p{L}+/u.exec(text.slice(at, at + 20));
  return m !== null && SENTENCE_OPENERS.has(m[0].toLowerCase());
}

/** A single line break ends a sentence when the next line starts like a new one (not lower case). */
function isLineBreakSentenceEnd(text: string, nl: number, next: number): boolean {
  if (next >= text.length) return true;
  const ch = text[next]!;
  if (/\p{Ll}/u.test(ch)) return false;
  const before = text.slice(Math.max(0, nl - 1), nl);
  return !/[,;:-]/.test(before) || /\p{Lu}/u.test(ch);
}
