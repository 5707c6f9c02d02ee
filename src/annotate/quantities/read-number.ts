/**
 * Reads one number at a token: a numeral ("1,200", "1.2 million", "$5bn"), number words
 * ("twenty-one", "a dozen", "two hundred and fifty") or a vague amount ("hundreds of").
 */
import { CURRENCY_SIGNS } from './counted-lexicon.js';
import {
  CURRENCY_MAGNITUDE_WORDS, DOZEN_WORD, MAGNITUDE_WORDS, TENS_WORDS, UNIT_WORDS, VAGUE_AMOUNTS,
} from './number-words.js';
import { looksPlural } from './singularise.js';
import { isAdjacent, isTouching, type Token } from './tokens.js';

export type NumberForm = 'numeral' | 'words' | 'vague' | 'dozen';

export interface NumberReading {
  readonly value: number;
  /** First and last token (inclusive) of the number, currency sign and magnitude included. */
  readonly first: number;
  readonly last: number;
  readonly form: NumberForm;
  /** For vague amounts, the bounds the phrase allows. */
  readonly low?: number;
  readonly high?: number;
  /** Counted unit of a currency sign before the number ("us dollar" for "$"). */
  readonly currency?: string;
  /** True when the numeral carries its own magnitude ("1.2 million"), so it cannot be a year. */
  readonly scaled: boolean;
  /** The numeral as written had a thousands separator or decimals. */
  readonly formatted: boolean;
}

/** Parses "1,200" or "1.5" to a number. */
export function parseNumeral(text: string): number {
  return Number(text.replace(/,/gu, ''));
}

/**
 * Reads the number starting at token `i`, or returns null when none starts there.
 *
 * @example
 * readNumberAt(text, tokenize('freed 1.2 million people'), 1) // { value: 1200000, first: 1, last: 2, ... }
 */
export function readNumberAt(text: string, tokens: readonly Token[], i: number): NumberReading | null {
  const token = tokens[i];
  if (token === undefined) return null;
  if (token.kind === 'numeral') return readNumeral(text, tokens, i);
  if (token.kind === 'word') {
    if (!STARTS_A_NUMBER.has(token.lower) && !/^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-/u.test(token.lower)) return null;
    return readVague(text, tokens, i) ?? readNumberWords(text, tokens, i);
  }
  return null;
}

/** Words a written number or vague amount can start with; every other word is skipped at once. */
const STARTS_A_NUMBER: ReadonlySet<string> = new Set([
  ...UNIT_WORDS.keys(), ...TENS_WORDS.keys(), ...[...MAGNITUDE_WORDS.keys()].filter((w) => w.length > 3),
  ...VAGUE_AMOUNTS.map((amount) => amount.words[0] as string), 'a', 'half', 'several', 'few', DOZEN_WORD,
]);

function readNumeral(text: string, tokens: readonly Token[], i: number): NumberReading | null {
  const token = tokens[i] as Token;
  let value = parseNumeral(token.text);
  if (!Number.isFinite(value)) return null;
  let first = i;
  let currency: string | undefined;
  const before = tokens[i - 1];
  if (before !== undefined && isAdjacent(text, before, token) && before.end + 1 >= token.start && CURRENCY_SIGNS.has(before.text)) {
    currency = CURRENCY_SIGNS.get(before.text);
    first = i - 1;
    const country = tokens[i - 2];
    if (country !== undefined && isTouching(country, before) && country.lower === 'us' && before.text === '$') first = i - 2;
  }
  let last = i;
  let scaled = false;
  const next = tokens[i + 1];
  if (next !== undefined && next.kind === 'word' && isAdjacent(text, token, next)) {
    const touching = isTouching(token, next);
    const countFollows = looksPlural(tokens[i + 2]?.lower ?? '') && isAdjacent(text, next, tokens[i + 2] as Token);
    const magnitude = MAGNITUDE_WORDS.get(next.lower)
      ?? (touching && (currency !== undefined || countFollows) ? CURRENCY_MAGNITUDE_WORDS.get(next.lower) : undefined);
    if (magnitude !== undefined) {
      value *= magnitude;
      last = i + 1;
      scaled = true;
    }
  }
  const formatted = /[,.]/u.test(token.text);
  return { value: roundFloat(value), first, last, form: 'numeral', scaled, formatted, ...(currency ? { currency } : {}) };
}

function readVague(text: string, tokens: readonly Token[], i: number): NumberReading | null {
  for (const amount of VAGUE_AMOUNTS) {
    const last = matchWords(text, tokens, i, amount.words);
    if (last !== null) {
      return { value: amount.low, low: amount.low, high: amount.high, first: i, last, form: 'vague', scaled: true, formatted: false };
    }
  }
  // "several hundred", "a few thousand": two to nine of the unit.
  const head = tokens[i] as Token;
  const quantifierWords = head.lower === 'several' || head.lower === 'few' ? 1 : head.lower === 'a' && tokens[i + 1]?.lower === 'few' ? 2 : 0;
  if (quantifierWords > 0) {
    const unitToken = tokens[i + quantifierWords];
    const unit = unitToken ? (unitToken.lower === DOZEN_WORD ? 12 : MAGNITUDE_WORDS.get(unitToken.lower)) : undefined;
    if (unitToken && unit !== undefined && isAdjacent(text, tokens[i + quantifierWords - 1] as Token, unitToken)) {
      const low = unit * (head.lower === 'several' ? 3 : 2);
      return { value: low, low, high: unit * 10 - 1, first: i, last: i + quantifierWords, form: 'vague', scaled: true, formatted: false };
    }
  }
  return null;
}

function matchWords(text: string, tokens: readonly Token[], i: number, words: readonly string[]): number | null {
  for (let k = 0; k < words.length; k++) {
    const token = tokens[i + k];
    if (token === undefined || token.lower !== words[k]) return null;
    if (k > 0 && !isAdjacent(text, tokens[i + k - 1] as Token, token)) return null;
  }
  return i + words.length - 1;
}

/** Reads "twenty-one", "two hundred and fifty", "a dozen", "1.5 million" written in words. */
function readNumberWords(text: string, tokens: readonly Token[], i: number): NumberReading | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let dozen = false;
  let half = false;
  let last = -1;
  let k = i;
  for (; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word') break;
    if (k > i && !isAdjacent(text, tokens[k - 1] as Token, token)) break;
    const word = token.lower;
    if (word === 'half' && !seen && tokens[k + 1]?.lower === 'a' && isHalfable(tokens[k + 2]?.lower)) {
      // "half a million": the multiplier is applied when its magnitude word is read.
      half = true;
      k += 1;
      current = 1;
      continue;
    }
    if (word === 'a' && !seen) {
      const next = tokens[k + 1]?.lower;
      if (next === 'hundred' || next === 'thousand' || next === 'million' || next === 'billion' || next === DOZEN_WORD) {
        current = 1;
        continue;
      }
      break;
    }
    if (word === 'and' && seen) {
      const next = tokens[k + 1]?.lower ?? '';
      if (isNumberWord(next) && last === k - 1) continue;
      break;
    }
    const parts = word.split('-');
    if (parts.length === 2 && TENS_WORDS.has(parts[0] as string) && UNIT_WORDS.has(parts[1] as string)) {
      current += (TENS_WORDS.get(parts[0] as string) as number) + (UNIT_WORDS.get(parts[1] as string) as number);
    } else if (UNIT_WORDS.has(word)) {
      current += UNIT_WORDS.get(word) as number;
    } else if (TENS_WORDS.has(word)) {
      current += TENS_WORDS.get(word) as number;
    } else if (word === 'hundred') {
      current = (current || 1) * 100;
    } else if (word === DOZEN_WORD) {
      current = (current || 1) * 12;
      dozen = true;
    } else if (MAGNITUDE_WORDS.has(word) && word.length > 3) {
      total += (current || 1) * (MAGNITUDE_WORDS.get(word) as number);
      current = 0;
    } else {
      break;
    }
    seen = true;
    last = k;
  }
  if (!seen || last < 0) return null;
  const value = (total + current) * (half ? 0.5 : 1);
  return { value, first: i, last, form: dozen ? 'dozen' : 'words', scaled: false, formatted: true };
}

function isHalfable(word: string | undefined): boolean {
  return word === DOZEN_WORD || word === 'hundred' || word === 'thousand' || word === 'million' || word === 'billion';
}

function isNumberWord(word: string): boolean {
  const parts = word.split('-');
  return UNIT_WORDS.has(word) || TENS_WORDS.has(word) || word === 'hundred' || (MAGNITUDE_WORDS.has(word) && word.length > 3)
    || (parts.length === 2 && TENS_WORDS.has(parts[0] as string));
}

/** Removes float noise from "1.2 * 1e6". */
function roundFloat(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(12));
}
