import { stemmer } from 'stemmer';
import { AsciiWordTable, FNV_OFFSET, hashAsciiLower } from './ascii-word-table.js';
import { hashString } from './hash.js';
import { CAPITALISED_NON_NAMES, STOPWORDS } from './stopwords.js';
import { HEADLINE_CAPITAL_SHARE, HEADLINE_MIN_WORDS, TITLE_HEADLINE_MIN_WORDS } from './settings.js';

/**
 * A distinct word or number as the term features need it, made once and shared by all its
 * occurrences (what differs between occurrences, the capital and the sentence start, is in
 * {@link Tokens.flags}).
 */
export class Word {
  constructor(
    /** Lower-cased surface form (apostrophes and possessive `'s` removed; a number: its digits). */
    readonly lower: string,
    /** Porter stem of `lower` (numbers: the normalised number). */
    readonly stem: string,
    readonly isNumber: boolean,
    readonly stopword: boolean,
    /** Its term keys and hashes. */
    readonly word: WordInfo,
  ) {}
}

/**
 * The words and numbers of a text in order, as parallel arrays: the shared {@link Word} of each,
 * and its flags ({@link CAPITALISED}, {@link SENTENCE_START}). No object is made per occurrence:
 * a report has some hundreds, and making them was a fifth of the tokenizer's time.
 */
export interface Tokens {
  readonly words: readonly Word[];
  readonly flags: Uint8Array;
}

/** Flag: written with an initial capital. */
export const CAPITALISED = 1;
/** Flag: first word of a sentence (or of a line), where a capital says nothing. */
export const SENTENCE_START = 2;

/** The tokens of a title followed by those of a text, as one sequence. */
export function concatTokens(a: Tokens, b: Tokens): Tokens {
  const flags = new Uint8Array(a.flags.length + b.flags.length);
  flags.set(a.flags, 0);
  flags.set(b.flags, a.flags.length);
  return { words: [...a.words, ...b.words], flags };
}

/** A distinct word's (or number's) term keys and hashes, shared by all its tokens. */
export interface WordInfo {
  /** `w:stem` for a word, `n:value` for a number. */
  readonly term: string;
  /** `e:lower`: the word as part of a name. */
  readonly nameTerm: string;
  readonly lowerHash: number;
  readonly stemHash: number;
}

const POSSESSIVE = /['’]s$/u;
const APOSTROPHES = /['’]/gu;
const NUMBER_GROUPING = /,(?=\d{3}(?:\D|$))/gu;

/**
 * What is derived from a word alone (stem, stopword, term keys, hashes), by lower-cased word. The
 * Porter stemmer runs a dozen regular expressions per word and every key is a new string; news
 * repeats its vocabulary, so nearly every word after the first few thousand reports is found
 * here. Cleared when full, which bounds memory whatever the stream.
 */
const WORDS = new Map<string, Word>();
/** Distinct words kept (count): some tens of MB, more than a year of one outlet's vocabulary. */
const WORD_CACHE_SIZE = 200_000;

function wordOf(lower: string, isNumber: boolean): Word {
  const key = isNumber ? `#${lower}` : lower;
  let w = WORDS.get(key);
  if (w === undefined) {
    if (WORDS.size >= WORD_CACHE_SIZE) WORDS.clear();
    const stopword = !isNumber && (lower.length < 2 || STOPWORDS.has(lower));
    const stem = isNumber || stopword ? lower : stemmer(lower);
    w = new Word(lower, stem, isNumber, stopword, {
      term: `${isNumber ? 'n' : 'w'}:${stem}`,
      nameTerm: `e:${lower}`,
      lowerHash: hashString(lower),
      stemHash: hashString(stem),
    });
    WORDS.set(key, w);
  }
  return w;
}

/**
 * Splits text into word and number tokens, marking sentence starts and stopwords.
 *
 * A word is a letter followed by letters and combining marks, with inner apostrophes and hyphens
 * ("o'brien", "drink-driving"); a number is digits with inner `.` or `,` ("1,200", "6.1"); a
 * sentence ends at `.`, `!` or `?` (closing quotes and brackets allowed) before white space, or
 * at a line break. Hand-written over character codes: this runs on every report, and a Unicode
 * regular expression costs several times more per token.
 */
export function tokenize(text: string): Tokens {
  const words: Word[] = [];
  const flags: number[] = [];
  let atStart = true;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLetter(c, text, i)) {
      const start = i;
      // An ASCII word (letters and inner hyphens) is hashed lower-cased as it is scanned and
      // looked up in place (ascii-word-table.ts); any other word is sliced out and read whole.
      let ascii = c < 128;
      let h = ascii ? hashAsciiLower(FNV_OFFSET, c) : FNV_OFFSET;
      i++;
      for (;;) {
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d < 128) {
            if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90))) break;
            h = hashAsciiLower(h, d);
          } else if (WORD_CHAR.test(charAt(text, i, d))) ascii = false;
          else break;
          i++;
        }
        const d = text.charCodeAt(i);
        if ((d === APOSTROPHE || d === RIGHT_QUOTE || d === HYPHEN) && i + 1 < n && isLetter(text.charCodeAt(i + 1), text, i + 1)) {
          const e = text.charCodeAt(i + 1);
          if (d === HYPHEN && e < 128) h = hashAsciiLower(hashAsciiLower(h, d), e);
          else ascii = false;
          i += 2;
          continue;
        }
        break;
      }
      words.push(ascii ? asciiWord(text, start, i, h) : otherWord(text.slice(start, i)));
      flags.push((capitalAt(text, start) ? CAPITALISED : 0) | (atStart ? SENTENCE_START : 0));
      atStart = false;
      continue;
    }
    if (c >= ZERO && c <= NINE) {
      const start = i;
      let separated = false;
      i++;
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        const d = text.charCodeAt(i);
        if ((d === DOT || d === COMMA) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
          separated = true;
          i += 2;
          continue;
        }
        break;
      }
      const digits = text.slice(start, i);
      const value = separated ? digits.replace(NUMBER_GROUPING, '') : digits;
      words.push(wordOf(value, true));
      flags.push(atStart ? SENTENCE_START : 0);
      atStart = false;
      continue;
    }
    if (c === NEWLINE) {
      atStart = true;
      i++;
      continue;
    }
    if (c === DOT || c === BANG || c === QUESTION) {
      let j = i + 1;
      while (j < n && isSentencePunctuation(text.charCodeAt(j))) j++;
      while (j < n && isCloser(text.charCodeAt(j))) j++;
      if (j < n && isSpace(text.charCodeAt(j))) atStart = true;
      i = j;
      continue;
    }
    i++;
  }
  return { words, flags: Uint8Array.from(flags) };
}

/**
 * Words already met, by their lower-cased ASCII spelling: from 2^12 slots, as many as the words
 * in use need, up to 2^19 (262,144 words).
 */
const ASCII_WORDS = new AsciiWordTable<Word>(12, 19);

/** The word `text.slice(start, end)` (ASCII letters and hyphens) whose lower-cased hash is `hash`. */
function asciiWord(text: string, start: number, end: number, hash: number): Word {
  let w = ASCII_WORDS.find(text, start, end, hash);
  if (w === undefined) {
    w = wordOf(text.slice(start, end).toLowerCase(), false);
    ASCII_WORDS.add(w.lower, hash, w);
  }
  return w;
}

/** Any other word, read from its surface form. */
function otherWord(surface: string): Word {
  let lower = surface.toLowerCase();
  if (lower.includes("'") || lower.includes('’')) lower = lower.replace(POSSESSIVE, '').replace(APOSTROPHES, '');
  return wordOf(lower, false);
}

/** The word at `start` is written with an initial capital: ASCII letters decide by code, others by case mapping. */
function capitalAt(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  if (code < 128) return code >= 65 && code <= 90;
  const c = text.charAt(start);
  return c !== c.toLowerCase();
}

const APOSTROPHE = 39; // '
const RIGHT_QUOTE = 0x2019; // ’
const HYPHEN = 45; // -
const DOT = 46;
const COMMA = 44;
const BANG = 33;
const QUESTION = 63;
const NEWLINE = 10;
const ZERO = 48;
const NINE = 57;
const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{M}]/u;
/** Closing quotes and brackets that may follow a sentence's final mark: " ' ” ’ ) */
const CLOSERS = new Set([34, 39, 0x201d, 0x2019, 41]);

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

function isLetter(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(charAt(text, i, c));
}

/** The character at `i`, both halves when it is a surrogate pair (letters outside the BMP). */
function charAt(text: string, i: number, c: number): string {
  return c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text.charAt(i);
}

function isSentencePunctuation(c: number): boolean {
  return c === DOT || c === BANG || c === QUESTION;
}

function isCloser(c: number): boolean {
  return CLOSERS.has(c);
}

/** White space as a regular expression's `\\s` knows it. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Marks which tokens are parts of names: capitalised words mid-sentence (titles such as
 * "President" excepted), and capitalised sentence openers whose lower-case form the text never
 * uses (so "Police said" is not a name but "Obama said" is). The first `titleLength` tokens are
 * the title, read with the text: a title written in title case names only what the text names.
 */
export function markNameTokens(tokens: Tokens, titleLength = 0): boolean[] {
  const { words, flags } = tokens;
  const headline = markHeadlineTokens(tokens, titleLength);
  const usedLower = new Set<string>();
  const capitalisedMid = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const t = words[i] as Word;
    if (t.isNumber) continue;
    const f = flags[i] as number;
    if ((f & CAPITALISED) === 0) usedLower.add(t.lower);
    else if ((f & SENTENCE_START) === 0 && !headline[i]) capitalisedMid.add(t.lower);
  }
  const out = new Array<boolean>(words.length);
  for (let i = 0; i < words.length; i++) {
    const t = words[i] as Word;
    const f = flags[i] as number;
    if (t.isNumber || (f & CAPITALISED) === 0 || t.stopword || CAPITALISED_NON_NAMES.has(t.lower)) out[i] = false;
    // In a line written in title case a capital says nothing: a name only if it is one elsewhere.
    else if (headline[i]) out[i] = capitalisedMid.has(t.lower);
    else if ((f & SENTENCE_START) === 0) out[i] = true;
    // A title's first word is capitalised whatever it is ("Quake hits Ferndale"): a name only
    // if the text capitalises it mid-sentence too.
    else if (i < titleLength) out[i] = capitalisedMid.has(t.lower);
    else out[i] = capitalisedMid.has(t.lower) || !usedLower.has(t.lower);
  }
  return out;
}

/**
 * Marks the tokens of sentences written in title case (headlines, captions, navigation): at least
 * HEADLINE_MIN_WORDS content words, HEADLINE_CAPITAL_SHARE of them capitalised.
 */
function markHeadlineTokens(tokens: Tokens, titleLength: number): boolean[] {
  const { words, flags } = tokens;
  const out = new Array<boolean>(words.length).fill(false);
  let start = 0;
  for (let i = 1; i <= words.length; i++) {
    if (i < words.length && ((flags[i] as number) & SENTENCE_START) === 0 && i !== titleLength) continue;
    // A title is a headline with fewer words than a body sentence needs ("Saints Shut Down Bush").
    const minWords = start < titleLength ? TITLE_HEADLINE_MIN_WORDS : HEADLINE_MIN_WORDS;
    let count = 0;
    let capitals = 0;
    for (let j = start; j < i; j++) {
      const t = words[j] as Word;
      if (t.isNumber || t.stopword) continue;
      count++;
      if (((flags[j] as number) & CAPITALISED) !== 0) capitals++;
    }
    if (count >= minWords && capitals >= count * HEADLINE_CAPITAL_SHARE) out.fill(true, start, i);
    start = i;
  }
  return out;
}
