import { AsciiWordTable, FNV_OFFSET, hashAsciiLower } from './ascii-word-table.js';
import { hashString } from './hash.js';
import { Term } from './term-tally.js';
import { Word } from './word.js';
import { wordRulesFor, type WordRules } from './word-rules.js';

/**
 * The words and numbers of a text in order, as parallel arrays: the shared {@link Word} of each,
 * and its flags ({@link CAPITALISED}, {@link SENTENCE_START}). No object is made per occurrence:
 * a report has some hundreds, and making them was a fifth of the tokenizer's time.
 */
export interface Tokens {
  readonly words: readonly Word[];
  readonly flags: Uint8Array;
}

/** A report's tokens: its title's, then its text's, as one sequence. */
export interface ReportTokens extends Tokens {
  /** Tokens of the title (the first ones). */
  readonly titleLength: number;
}

/** Flag: written with an initial capital. */
export const CAPITALISED = 1;
/** Flag: first word of a sentence (or of a line), where a capital says nothing. */
export const SENTENCE_START = 2;

const POSSESSIVE = /['’]s$/u;
const APOSTROPHES = /['’]/gu;
const NUMBER_GROUPING = /,(?=\d{3}(?:\D|$))/gu;

/**
 * What is derived from a word alone (stem, stopword, terms, hashes), by lower-cased word, under
 * one language's rules. The stemmers run a dozen regular expressions per word and every key is a
 * new string; news repeats its vocabulary, so nearly every word after the first few thousand
 * reports is found here. Emptied when full, and only as a tokenize call starts: within one call,
 * one word is one Word and one term one Term (markNameTokens and the term tally count on them),
 * and memory stays bounded whatever the stream (per language met).
 */
class Lexicon {
  readonly words = new Map<string, Word>();
  /** Terms of the cached words, by key (`w:quak`): words of one stem share theirs. */
  readonly terms = new Map<string, Term>();
  /**
   * Words already met, by their lower-cased ASCII spelling: from 2^12 slots, as many as the words
   * in use need, up to 2^19 (262,144 words).
   */
  readonly ascii = new AsciiWordTable<Word>(12, 19);
  constructor(readonly rules: WordRules) {}

  trim(): void {
    if (this.words.size < WORD_CACHE_SIZE) return;
    this.words.clear();
    this.terms.clear();
    this.ascii.clear();
  }
}

/** Distinct words kept (count): some tens of MB, more than a year of one outlet's vocabulary. */
const WORD_CACHE_SIZE = 200_000;
const LEXICONS = new Map<WordRules, Lexicon>();
/** The lexicon of the tokenize call under way (set as it starts). */
let lexicon = lexiconOf(wordRulesFor(null));

function lexiconOf(rules: WordRules): Lexicon {
  let l = LEXICONS.get(rules);
  if (l === undefined) {
    l = new Lexicon(rules);
    LEXICONS.set(rules, l);
  }
  return l;
}

function termOf(key: string): Term {
  let t = lexicon.terms.get(key);
  if (t === undefined) {
    t = new Term(key);
    lexicon.terms.set(key, t);
  }
  return t;
}

function wordOf(lower: string, isNumber: boolean): Word {
  const key = isNumber ? `#${lower}` : lower;
  let w = lexicon.words.get(key);
  if (w === undefined) {
    const { rules } = lexicon;
    const stopword = !isNumber && (lower.length < 2 || rules.isStopword(lower));
    const stem = isNumber || stopword ? lower : rules.stem(lower);
    w = new Word(lower, stem, isNumber, stopword, !isNumber && rules.isCapitalisedNonName(lower), termOf(`${isNumber ? 'n' : 'w'}:${stem}`), termOf(`e:${lower}`), hashString(lower), hashString(stem));
    lexicon.words.set(key, w);
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
export function tokenize(text: string, language: string | null = null): ReportTokens {
  return tokenizeReport(null, text, language);
}

/**
 * The tokens of a report's title (if any) followed by its text's, in one call (see Lexicon),
 * read by the rules of the report's `language` (ISO 639-1; null: unknown, read as English).
 */
export function tokenizeReport(title: string | null, text: string, language: string | null = null): ReportTokens {
  lexicon = lexiconOf(wordRulesFor(language));
  lexicon.trim();
  // At most one token per character ("a1b2": a word and a number need no space between them).
  const most = (title?.length ?? 0) + text.length;
  if (most > scratchFlags.length) scratchFlags = new Uint8Array(Math.max(most, scratchFlags.length * 2));
  const titleLength = title ? scan(title, 0) : 0;
  const length = scan(text, titleLength);
  const tokens = { words: SCRATCH_WORDS.slice(0, length), flags: scratchFlags.slice(0, length), titleLength };
  // An outsized text (a dump of a whole site, say) does not leave arrays its size behind.
  if (most > SCRATCH_KEEP_CHARS) {
    SCRATCH_WORDS.length = 0;
    scratchFlags = new Uint8Array(0);
  }
  return tokens;
}

/**
 * Characters of text (count) up to which the scratch arrays are kept between calls: some five
 * hundred times a dev article's (1,907 on average), so only a dump of a whole site is past it.
 */
const SCRATCH_KEEP_CHARS = 1_000_000;

/**
 * Where tokens are collected before they are copied out at their count: kept from call to call
 * (as long as the longest text yet), so no array is grown token by token for each report. `scan`
 * runs to the end before anything else can use them.
 */
const SCRATCH_WORDS: Word[] = [];
let scratchFlags = new Uint8Array(0);

/** Writes the tokens of `text` into the scratch arrays from index `at`; returns the index after the last. */
function scan(text: string, at: number): number {
  const words = SCRATCH_WORDS;
  const flags = scratchFlags;
  let count = at;
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
      flags[count] = (capitalAt(text, start) ? CAPITALISED : 0) | (atStart ? SENTENCE_START : 0);
      words[count++] = ascii ? asciiWord(text, start, i, h) : otherWord(text.slice(start, i));
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
      flags[count] = atStart ? SENTENCE_START : 0;
      words[count++] = wordOf(value, true);
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
  return count;
}

/** The word `text.slice(start, end)` (ASCII letters and hyphens) whose lower-cased hash is `hash`. */
function asciiWord(text: string, start: number, end: number, hash: number): Word {
  let w = lexicon.ascii.find(text, start, end, hash);
  if (w === undefined) {
    w = wordOf(text.slice(start, end).toLowerCase(), false);
    lexicon.ascii.add(w.lower, hash, w);
  }
  return w;
}

/** Any other word, read from its surface form. */
function otherWord(surface: string): Word {
  return wordOf(wordForm(surface), false);
}

/** A word as a token reads it: lower case, a possessive `'s` and apostrophes removed ("O'Brien's" -> "obrien"). */
export function wordForm(surface: string): string {
  const lower = surface.toLowerCase();
  return lower.includes("'") || lower.includes('’') ? lower.replace(POSSESSIVE, '').replace(APOSTROPHES, '') : lower;
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

