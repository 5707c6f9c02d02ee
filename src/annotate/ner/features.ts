/**
 * Feature templates of the tagger, shared by training and tagging so both see the same strings.
 *
 * Three groups, split so that tagging can cache the first two per distinct word:
 * - word features: the token's own properties (lower-cased form, exact form, shapes, affixes);
 * - neighbour features: the same few properties of a token seen at an offset of ±1 or ±2;
 * - pair features: conjunctions that need two tokens or the whole sentence (bigrams, shape
 *   pairs, sentence position, gazetteer matches).
 *
 * Headlines in CoNLL-2003 are in capitals, and news headlines today are in Title Case: in such
 * "caseless" sentences capitalisation says little, so every case-bearing feature gets a `|U`
 * (capitals) or `|T` (Title Case) suffix there and learns its own weight, leaving the mixed-case
 * weights unpolluted. CoNLL has few Title Case lines, so training adds Title Case copies of some
 * sentences (see build-model.ts).
 */
import { foldToken, type GazetteerSet } from './gazetteer.js';
import { hasLowerCase, isCapitalised, wordShapes } from './word-shape.js';

/** '' for ordinary sentences, '|U' for all-capitals lines, '|T' for Title Case lines. */
export type CaseMode = '' | '|U' | '|T';

const PREFIX_LENGTHS = [1, 2, 3, 4] as const;
const SUFFIX_LENGTHS = [1, 2, 3, 4, 5] as const;
/** Words of at least this many letters decide whether a sentence is caseless. */
const MODE_WORD_MIN_CHARS = 4;
/**
 * Title Case needs at least this many such words: "President Donald Trump." is a caption or a
 * fragment of ordinary text, "Belarus Frees Political Prisoners" a headline.
 */
const MODE_MIN_WORDS = 3;
const LETTERS = /\p{L}/u;

/**
 * The case mode of a sentence: '|U' when it has letters and none is lower case (over more than
 * one token: "LONDON 1996-08-30"), '|T' when every word of four letters or more is capitalised
 * (at least MODE_MIN_WORDS such words), else ''.
 */
export function caseModeOf(words: readonly string[]): CaseMode {
  let lettered = 0;
  let lower = false;
  let long = 0;
  let longLower = false;
  for (const w of words) {
    if (!LETTERS.test(w)) continue;
    lettered++;
    if (hasLowerCase(w)) {
      lower = true;
      if (w.length >= MODE_WORD_MIN_CHARS && !isCapitalised(w)) longLower = true;
    }
    if (w.length >= MODE_WORD_MIN_CHARS) long++;
  }
  if (lettered > 0 && !lower && words.length > 1) return '|U';
  if (lower && !longLower && long >= MODE_MIN_WORDS) return '|T';
  return '';
}

/** What the word and neighbour templates need to know about one word, computed once per word. */
export interface WordInfo {
  readonly word: string;
  readonly lower: string;
  readonly short: string;
  readonly long: string;
  readonly cap: boolean;
}

export function wordInfo(word: string): WordInfo {
  const { long, short } = wordShapes(word);
  return { word, lower: foldToken(word), short, long, cap: isCapitalised(word) };
}

export const SENTENCE_START: WordInfo = { word: '<s>', lower: '<s>', short: '<s>', long: '<s>', cap: false };
export const SENTENCE_END: WordInfo = { word: '</s>', lower: '</s>', short: '</s>', long: '</s>', cap: false };

/** Features of the token itself. */
export function wordFeatures(info: WordInfo, mode: CaseMode): string[] {
  const { lower } = info;
  const out = ['b', `l=${lower}`, `w=${info.word}${mode}`, `s=${info.short}${mode}`, `S=${info.long}${mode}`];
  const chars = Array.from(lower);
  if (chars.length > 1) {
    for (const n of PREFIX_LENGTHS) if (chars.length > n) out.push(`p${n}=${chars.slice(0, n).join('')}`);
    for (const n of SUFFIX_LENGTHS) if (chars.length > n) out.push(`x${n}=${chars.slice(-n).join('')}`);
  }
  return out;
}

/** Features of a neighbouring token, for offsets -2, -1, +1, +2. */
export function neighbourFeatures(info: WordInfo, mode: CaseMode, offset: number): string[] {
  if (offset === -1 || offset === 1) {
    return [`l${offset}=${info.lower}`, `s${offset}=${info.short}${mode}`, `x${offset}=${info.lower.slice(-3)}`];
  }
  return [`l${offset}=${info.lower}`];
}

/** Gazetteer matches of a sentence: per token, the `list:B`/`list:I` marks that fire. */
export function gazetteerMarks(gazetteers: GazetteerSet, infos: readonly WordInfo[]): string[][] {
  return gazetteers.mark(infos.map((w) => w.lower));
}

/**
 * The pair templates, one function each, so the tagger can memoise them on word ids while the
 * training path calls them directly; both get the same strings.
 */
export const PAIR_TEMPLATES = {
  lowerPrevCur: (prev: WordInfo, cur: WordInfo): string => `l-1l0=${prev.lower}|${cur.lower}`,
  lowerCurNext: (cur: WordInfo, next: WordInfo): string => `l0l1=${cur.lower}|${next.lower}`,
  shapePrevCur: (prev: WordInfo, cur: WordInfo, mode: CaseMode): string => `s-1s0=${prev.short}|${cur.short}${mode}`,
  shapeCurNext: (cur: WordInfo, next: WordInfo, mode: CaseMode): string => `s0s1=${cur.short}|${next.short}${mode}`,
  firstShape: (cur: WordInfo, mode: CaseMode): string => `first|${cur.short}${mode}`,
  firstLower: (cur: WordInfo): string => `first|${cur.lower}`,
  gazetteer: (mark: string): string => `g=${mark}`,
  gazetteerCase: (mark: string, cap: boolean, mode: CaseMode): string => `g=${mark}|${cap ? 'c' : 'n'}${mode}`,
  gazetteerAround: (mark: string, offset: number, cap: boolean): string => `g${offset}=${mark}|${cap ? 'c' : 'n'}`,
} as const;

/** Conjunction features of token `i` that need more than one word. */
export function pairFeatures(
  infos: readonly WordInfo[],
  i: number,
  mode: CaseMode,
  gaz: readonly string[],
  gazPrev: readonly string[],
  gazNext: readonly string[],
): string[] {
  const cur = infos[i] as WordInfo;
  const prev = infos[i - 1] ?? SENTENCE_START;
  const next = infos[i + 1] ?? SENTENCE_END;
  const P = PAIR_TEMPLATES;
  const out = [
    P.lowerPrevCur(prev, cur),
    P.lowerCurNext(cur, next),
    P.shapePrevCur(prev, cur, mode),
    P.shapeCurNext(cur, next, mode),
  ];
  if (i === 0) out.push(P.firstShape(cur, mode), P.firstLower(cur));
  for (const g of gaz) out.push(P.gazetteer(g), P.gazetteerCase(g, cur.cap, mode));
  // A neighbour's list match, with this word's capitalisation: "Angela <Xx>" is a name.
  for (const g of gazPrev) out.push(P.gazetteerAround(g, -1, cur.cap));
  for (const g of gazNext) out.push(P.gazetteerAround(g, 1, cur.cap));
  return out;
}

export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

/** Neighbour of token `i` at `offset`, padded with the sentence-boundary pseudo-words. */
export function neighbourInfo(infos: readonly WordInfo[], i: number, offset: number): WordInfo {
  const j = i + offset;
  if (j < 0) return SENTENCE_START;
  if (j >= infos.length) return SENTENCE_END;
  return infos[j] as WordInfo;
}

/**
 * All feature strings of every token of a sentence (the training path; tagging computes the
 * same strings with per-word caching).
 */
export function sentenceFeatures(words: readonly string[], gazetteers: GazetteerSet): string[][] {
  const infos = words.map(wordInfo);
  const mode = caseModeOf(words);
  const gaz = gazetteerMarks(gazetteers, infos);
  return infos.map((info, i) => {
    const out = wordFeatures(info, mode);
    for (const off of NEIGHBOUR_OFFSETS) out.push(...neighbourFeatures(neighbourInfo(infos, i, off), mode, off));
    out.push(...pairFeatures(infos, i, mode, gaz[i] ?? [], gaz[i - 1] ?? [], gaz[i + 1] ?? []));
    return out;
  });
}
