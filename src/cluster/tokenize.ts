import { stemmer } from 'stemmer';
import { CAPITALISED_NON_NAMES, STOPWORDS } from './stopwords.js';
import { HEADLINE_CAPITAL_SHARE, HEADLINE_MIN_WORDS, TITLE_HEADLINE_MIN_WORDS } from './settings.js';

/** One word or number of a text, with what the term features need to know about it. */
export interface Token {
  /** Lower-cased surface form (apostrophes and possessive `'s` removed). */
  readonly lower: string;
  /** Porter stem of `lower` (numbers: the normalised number). */
  readonly stem: string;
  readonly isNumber: boolean;
  /** Written with an initial capital. */
  readonly capitalised: boolean;
  /** First word of a sentence (or of a line), where a capital says nothing. */
  readonly sentenceStart: boolean;
  readonly stopword: boolean;
}

// A word (letters, inner apostrophes and hyphens), a number (inner separators), or a sentence end.
const TOKEN_PATTERN = /(\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*)|(\d+(?:[.,]\d+)*)|([.!?]+["'”’)]*\s|\n)/gu;
const POSSESSIVE = /['’]s$/u;
const APOSTROPHES = /['’]/gu;
const NUMBER_GROUPING = /,(?=\d{3}(?:\D|$))/gu;

/**
 * Stems already computed, by word. The Porter stemmer runs a dozen regular expressions per word;
 * news repeats its vocabulary, so nearly every word after the first few thousand reports is
 * found here. Cleared when full, which bounds memory whatever the stream.
 */
const STEMS = new Map<string, string>();
/** Words whose stems are kept (count): a few MB, more than a year of one outlet's vocabulary. */
const STEM_CACHE_SIZE = 200_000;

function stemOf(lower: string): string {
  let s = STEMS.get(lower);
  if (s === undefined) {
    if (STEMS.size >= STEM_CACHE_SIZE) STEMS.clear();
    s = stemmer(lower);
    STEMS.set(lower, s);
  }
  return s;
}

/** Splits text into word and number tokens, marking sentence starts and stopwords. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let atStart = true;
  for (const m of text.matchAll(TOKEN_PATTERN)) {
    if (m[3] !== undefined) {
      atStart = true;
      continue;
    }
    if (m[2] !== undefined) {
      const value = m[2].replace(NUMBER_GROUPING, '').replace(/[.,]$/u, '');
      out.push({ lower: value, stem: value, isNumber: true, capitalised: false, sentenceStart: atStart, stopword: false });
      atStart = false;
      continue;
    }
    const surface = m[1] ?? '';
    const lower = surface.toLowerCase().replace(POSSESSIVE, '').replace(APOSTROPHES, '');
    const first = surface.charAt(0);
    const capitalised = first !== first.toLowerCase();
    const stopword = STOPWORDS.has(lower) || lower.length < 2;
    out.push({ lower, stem: stopword ? lower : stemOf(lower), isNumber: false, capitalised, sentenceStart: atStart, stopword });
    atStart = false;
  }
  return out;
}

/**
 * Marks which tokens are parts of names: capitalised words mid-sentence (titles such as
 * "President" excepted), and capitalised sentence openers whose lower-case form the text never
 * uses (so "Police said" is not a name but "Obama said" is). The first `titleLength` tokens are
 * the title, read with the text: a title written in title case names only what the text names.
 */
export function markNameTokens(tokens: readonly Token[], titleLength = 0): boolean[] {
  const headline = markHeadlineTokens(tokens, titleLength);
  const usedLower = new Set<string>();
  const capitalisedMid = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.isNumber) return;
    if (!t.capitalised) usedLower.add(t.lower);
    else if (!t.sentenceStart && !headline[i]) capitalisedMid.add(t.lower);
  });
  return tokens.map((t, i) => {
    if (t.isNumber || !t.capitalised || t.stopword || CAPITALISED_NON_NAMES.has(t.lower)) return false;
    // In a line written in title case a capital says nothing: a name only if it is one elsewhere.
    if (headline[i]) return capitalisedMid.has(t.lower);
    if (!t.sentenceStart) return true;
    // A title's first word is capitalised whatever it is ("Quake hits Ferndale"): a name only
    // if the text capitalises it mid-sentence too.
    if (i < titleLength) return capitalisedMid.has(t.lower);
    return capitalisedMid.has(t.lower) || !usedLower.has(t.lower);
  });
}

/**
 * Marks the tokens of sentences written in title case (headlines, captions, navigation): at least
 * HEADLINE_MIN_WORDS content words, HEADLINE_CAPITAL_SHARE of them capitalised.
 */
function markHeadlineTokens(tokens: readonly Token[], titleLength: number): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !(tokens[i] as Token).sentenceStart && i !== titleLength) continue;
    // A title is a headline with fewer words than a body sentence needs ("Saints Shut Down Bush").
    const minWords = start < titleLength ? TITLE_HEADLINE_MIN_WORDS : HEADLINE_MIN_WORDS;
    let words = 0;
    let capitals = 0;
    for (let j = start; j < i; j++) {
      const t = tokens[j] as Token;
      if (t.isNumber || t.stopword) continue;
      words++;
      if (t.capitalised) capitals++;
    }
    if (words >= minWords && capitals >= words * HEADLINE_CAPITAL_SHARE) out.fill(true, start, i);
    start = i;
  }
  return out;
}
