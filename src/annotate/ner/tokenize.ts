import { CLITICS, TITLE_ABBREVIATIONS, TRAILING_ABBREVIATIONS } from './abbreviations.js';

/** A token: its text and its UTF-16 offsets into the input (`input.slice(start, end) === text`). */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Ordered alternatives; the first that matches at the cursor wins (sticky regexes).
const URL_OR_EMAIL = /(?:https?:\/\/|www\.)[^\s<>"']+[^\s<>"'.,;:!?)\]]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
/** Dotted initialisms: "U.S.", "U.N.", "e.g.", "a.m.". */
const DOTTED_INITIALISM = /(?:\p{L}\.){2,}/uy;
/** Numbers with thousands separators, decimals, dates and scores: "1,234.5", "1996-08-30", "3/4", "2:1". */
const NUMBER = /[+-]?\d+(?:[.,:/-]\d+)*(?:\.\d+)?/uy;
/** A run of letters, marks and digits, joined by inner hyphens, apostrophes, ampersands or dots-less joiners. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[-‐'’&]|\.(?=\p{L}))[\p{L}\p{M}\p{N}]+)*/uy;
const ELLIPSIS_OR_DASHES = /\.{2,}|-{2,}|`{2}|'{2}/y;
/** A clitic standing alone, as in text that is already tokenised ("Lukashenko 's"). */
const LONE_CLITIC = /['’](?:s|re|ve|ll|d|m)(?![\p{L}\p{N}])|n['’]t(?![\p{L}\p{N}])/iuy;
/** Decimals without a leading zero: ".496" (batting averages). */
const BARE_DECIMAL = /\.\d+/y;
/** The clitic at the end of a word ("'s", "n't"), with either apostrophe. */
const CLITIC_AT_END = new RegExp(`(?:${CLITICS.map((c) => c.replace("'", "['’]")).join('|')})$`, 'iu');
const LETTER = /\p{L}/u;
const SPACE = /\s/u;

function matchAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/** Whether `word` followed by "." keeps the period: an abbreviation or a single-letter initial. */
function keepsPeriod(word: string, text: string, after: number): boolean {
  if (text[after] !== '.') return false;
  const lower = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower)) return true;
  if (TRAILING_ABBREVIATIONS.has(lower)) {
    // "Acme Inc." at the very end of a sentence: keep it; the splitter decides on the boundary.
    return true;
  }
  // A single capital letter initial: "J. Smith".
  return word.length === 1 && /\p{Lu}/u.test(word) && SPACE.test(text[after + 1] ?? ' ');
}

/** Splits a clitic off the end of a word match: "Lukashenko's" -> ["Lukashenko", "'s"]. */
function splitClitic(word: string): [string, string] | null {
  const m = CLITIC_AT_END.exec(word);
  if (!m || m.index === 0) return null;
  const head = word.slice(0, m.index);
  // "n't" needs a letter before it and "'s" needs a letter before the apostrophe.
  if (!LETTER.test(head[head.length - 1] ?? '')) return null;
  return [head, word.slice(m.index)];
}

/**
 * Splits text into word, number and punctuation tokens the way CoNLL-2003 was tokenised:
 * abbreviations ("U.S.", "Mr.") and numbers ("1,250.5") stay whole, hyphenated words stay
 * whole, clitics split off ("Lukashenko's" -> "Lukashenko" "'s"), quotes and brackets are
 * tokens of their own. Works on any script (letters are Unicode letters). Offsets are UTF-16.
 *
 * @example
 * tokenize("Lukashenko's U.S. deal").map((t) => t.text) // ['Lukashenko', "'s", 'U.S.', 'deal']
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const push = (start: number, s: string): void => {
    out.push({ text: s, start, end: start + s.length });
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i] ?? '';
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    let m = matchAt(URL_OR_EMAIL, text, i) ?? matchAt(DOTTED_INITIALISM, text, i);
    if (m !== null) {
      push(i, m);
      i += m.length;
      continue;
    }
    const num = matchAt(NUMBER, text, i);
    const word = matchAt(WORD, text, i);
    // A sign only belongs to a number at the start of a token run, not in "5-3" after "5".
    if (num !== null && (word === null || num.length >= word.length) && !(/^[+-]/.test(num) && i > 0 && !SPACE.test(text[i - 1] ?? ' ') && !/[([]/.test(text[i - 1] ?? ''))) {
      push(i, num);
      i += num.length;
      continue;
    }
    if (word !== null) {
      const clitic = splitClitic(word);
      if (clitic) {
        push(i, clitic[0]);
        push(i + clitic[0].length, clitic[1]);
        i += word.length;
        continue;
      }
      if (keepsPeriod(word, text, i + word.length)) {
        push(i, word + '.');
        i += word.length + 1;
        continue;
      }
      push(i, word);
      i += word.length;
      continue;
    }
    m = matchAt(LONE_CLITIC, text, i) ?? (i === 0 || SPACE.test(text[i - 1] ?? '') ? matchAt(BARE_DECIMAL, text, i) : null) ?? matchAt(ELLIPSIS_OR_DASHES, text, i);
    if (m !== null) {
      push(i, m);
      i += m.length;
      continue;
    }
    // One punctuation or symbol character (a whole surrogate pair when there is one).
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    push(i, text.slice(i, i + len));
    i += len;
  }
  return out;
}
