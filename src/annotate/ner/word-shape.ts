/**
 * Word shapes: each letter mapped to its case class, digits to `d`, other characters kept.
 * The short shape collapses repeats ("Lukashenko" -> "Xx"), the long one keeps up to
 * LONG_SHAPE_CHARS classes ("U.S." -> "X.X.", "1,250" -> "d,ddd").
 */

const LONG_SHAPE_CHARS = 8;
const UPPER = /\p{Lu}|\p{Lt}/u;
const LETTER = /\p{L}|\p{M}/u;
const DIGIT = /\p{Nd}/u;

function classOf(ch: string): string {
  if (ch >= 'a' && ch <= 'z') return 'x';
  if (ch >= 'A' && ch <= 'Z') return 'X';
  if (ch >= '0' && ch <= '9') return 'd';
  if (UPPER.test(ch)) return 'X';
  // Scripts without case (Arabic, CJK, ...) get their own class so they are not read as lower case.
  if (LETTER.test(ch)) return ch.toLowerCase() !== ch.toUpperCase() ? 'x' : 'o';
  if (DIGIT.test(ch)) return 'd';
  return ch;
}

/** Long and short shape of a word. */
export function wordShapes(word: string): { long: string; short: string } {
  let long = '';
  let short = '';
  let last = '';
  for (const ch of word) {
    const c = classOf(ch);
    if (long.length < LONG_SHAPE_CHARS) long += c;
    if (c !== last) short += c;
    last = c;
  }
  return { long, short };
}

/** Whether the word starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  const first = word.codePointAt(0);
  if (first === undefined) return false;
  return UPPER.test(String.fromCodePoint(first));
}

/** Whether the word has letters and none of them is lower case. */
export function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}

/** Whether the word has at least one cased lower-case letter. */
export function hasLowerCase(word: string): boolean {
  return word !== word.toUpperCase();
}
