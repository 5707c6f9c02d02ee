/**
 * Reads the hedge words right before a number ("nearly", "at least", "between").
 */
import type { Hedge } from '../../core/records.js';
import { EXACT_PHRASES, HEDGE_PHRASES, type HedgeSide } from './hedge-phrases.js';
import { isAdjacent, type Token } from './tokens.js';

export interface HedgeReading {
  readonly hedge: Hedge;
  readonly side: HedgeSide;
  /** First token of the hedge phrase. */
  readonly first: number;
}

const BY_LENGTH = [...HEDGE_PHRASES].sort((a, b) => b.words.length - a.words.length);
const EXACT_BY_LENGTH = [...EXACT_PHRASES].sort((a, b) => b.length - a.length);

/**
 * The hedge phrase ending right before token `first`, or null.
 *
 * @example
 * // "nearly 40 people"
 * readHedgeBefore(text, tokens, 1) // { hedge: 'approximate', side: 'below', first: 0 }
 */
export function readHedgeBefore(text: string, tokens: readonly Token[], first: number): HedgeReading | null {
  for (const phrase of BY_LENGTH) {
    const start = matchBefore(text, tokens, first, phrase.words);
    if (start !== null) return { hedge: phrase.hedge, side: phrase.side ?? 'both', first: start };
  }
  for (const words of EXACT_BY_LENGTH) {
    const start = matchBefore(text, tokens, first, words);
    if (start !== null) return { hedge: 'exact', side: 'both', first: start };
  }
  return null;
}

/** True when the word right before the number is "between" (a range follows with "and"). */
export function isBetweenBefore(text: string, tokens: readonly Token[], first: number): boolean {
  return matchBefore(text, tokens, first, ['between']) !== null;
}

function matchBefore(text: string, tokens: readonly Token[], first: number, words: readonly string[]): number | null {
  const start = first - words.length;
  if (start < 0) return null;
  for (let w = 0; w < words.length; w++) {
    const token = tokens[start + w] as Token;
    if (token.lower !== words[w]) return null;
    const next = tokens[start + w + 1] as Token;
    if (!isAdjacent(text, token, next)) return null;
  }
  return start;
}

/**
 * A hedge written after the number: "20+", "20-plus", "20 plus", "50 or more", "200 or so",
 * "40-odd". Returns the hedge and the last token it covers.
 *
 * @example
 * // "50 or more people"
 * readHedgeAfter(text, tokens, 0) // { hedge: 'at-least', side: 'both', last: 2 }
 */
export function readHedgeAfter(text: string, tokens: readonly Token[], last: number): (HedgeReading & { readonly last: number }) | null {
  const a = tokens[last + 1];
  const b = tokens[last + 2];
  const number = tokens[last] as Token;
  if (a === undefined) return null;
  if (a.text === '+' && a.start === number.end) return { hedge: 'at-least', side: 'both', first: last, last: last + 1 };
  const hyphenated = a.text === '-' && a.start === number.end && b !== undefined && b.start === a.end;
  if (hyphenated && b.lower === 'plus') return { hedge: 'at-least', side: 'both', first: last, last: last + 2 };
  if (hyphenated && b.lower === 'odd') return { hedge: 'approximate', side: 'above', first: last, last: last + 2 };
  if (!isAdjacent(text, number, a)) return null;
  if (a.lower === 'plus' && b?.kind === 'word') return { hedge: 'at-least', side: 'both', first: last, last: last + 1 };
  if (a.lower === 'or' && b !== undefined && isAdjacent(text, a, b)) {
    if (b.lower === 'more') return { hedge: 'at-least', side: 'both', first: last, last: last + 2 };
    if (b.lower === 'so') return { hedge: 'approximate', side: 'both', first: last, last: last + 2 };
  }
  return null;
}
