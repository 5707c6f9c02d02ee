/**
 * A small tokenizer for the quantity recogniser: words, numerals and single punctuation marks,
 * each with its offsets into the text, so every later decision can cite exact characters.
 */
import { TOKEN_PATTERN } from './patterns.js';

export type TokenKind = 'word' | 'numeral' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** Lower-cased text, for lexicon look-ups. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Splits `text` into tokens with offsets.
 *
 * @example
 * tokenize('freed 1,200 people.').map((t) => t.text) // ['freed', '1,200', 'people', '.']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = new RegExp(TOKEN_PATTERN.source, 'gu');
  for (const match of text.matchAll(pattern)) {
    const value = match[0];
    const start = match.index;
    const kind: TokenKind = /^\d/u.test(value) ? 'numeral' : /^[\p{L}]/u.test(value) ? 'word' : 'punct';
    tokens.push({ kind, text: value, lower: value.toLowerCase(), start, end: start + value.length });
  }
  return tokens;
}

/** True when nothing but spaces (no line break) separates the two tokens. */
export function isAdjacent(text: string, left: Token, right: Token): boolean {
  return /^[ \t\u00a0]*$/u.test(text.slice(left.end, right.start));
}

/** True when the two tokens touch, with no character in between ("5" "bn" in "5bn"). */
export function isTouching(left: Token, right: Token): boolean {
  return left.end === right.start;
}
