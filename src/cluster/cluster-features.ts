import type { Annotations } from '../core/records.js';
import { bottomK, minhashSignature, shingleHashesOf } from './minhash.js';
import {
  clusterOptions,
  FEATURES_VERSION,
  MAX_REPORT_TERMS,
  MAX_RETRIEVAL_KEYS,
  SHINGLE_WORDS,
  type ClusterOptions,
} from './settings.js';
import { findReportDate, type ReportDate } from './find-report-date.js';
import { termList, type TermList } from './term-list.js';
import { titleCase } from './title-case.js';
import { annotatedNameWords, markNameTokens } from './mark-name-tokens.js';
import { TermTally, type Term } from './term-tally.js';
import { heaviestIndices, vectorOf, type TermVector } from './term-vector.js';
import { tokenizeReport } from './tokenize.js';
import type { Word } from './word.js';

/**
 * What the cluster stage needs to know about one report, computed once when it is added and
 * stored beside it. Plain JSON.
 *
 * Term prefixes: `w:` word stem, `e:` name word (a word of a person, organisation or place
 * name), `n:` number, `q:` number with the noun it counts (`q:40 peopl`), `d:` ISO day the
 * report talks about, `p:` place (annotated location).
 */
export interface ClusterFeatures {
  readonly kind: 'cluster-features';
  readonly version: number;
  /** Weighted term frequencies (sublinear), before IDF, the heaviest `MAX_REPORT_TERMS`. */
  readonly terms: TermVector;
  /** Names found (multi-word as written), by term key: `e:lohan` -> "Lindsay Lohan". */
  readonly names: Readonly<Record<string, string>>;
  /** Numbers with what they count, by term key: `q:40 peopl` -> "40 people". */
  readonly numbers: Readonly<Record<string, string>>;
  readonly places: readonly string[];
  /** ISO days (`2025-12-13`) the report's time expressions resolve to. */
  readonly dates: readonly string[];
  /** MinHash of the word shingles (near-duplicate detection). */
  readonly minhash: readonly number[];
  /** Bottom-k sample of the word-shingle hashes, sorted (exact copy check). */
  readonly shingles: readonly number[];
  /** Bottom-k sample of hashes of consecutive content-word stem pairs, sorted (rewrite check). */
  readonly phrases: readonly number[];
  /** Name terms (`e:`) written in the title: who or where the report is about. */
  readonly titleNames: readonly string[];
  /** Terms worth looking up in the story index, best first. */
  readonly keys: readonly string[];
  /** When the report was written (publish date, else dateline), or null: its event time. */
  readonly date: ReportDate | null;
  /** Words in title and text. */
  readonly words: number;
}

/** Input of {@link clusterFeatures}: a report's title, text, publish date and annotations. */
export interface ClusterFeaturesInput {
  readonly title: string | null;
  readonly text: string;
  readonly published: string | null;
  /** The report's annotations: where a tagger read the text, its names settle which sentence openers are names. */
  readonly annotations?: Annotations;
  /**
   * The language of the text (ISO 639-1), as extraction found or the input named it: its
   * stopwords and stemmer read the words (word-rules.ts). Unknown (null or absent) and
   * unsupported languages are read as English.
   */
  readonly language?: string | null;
}

/**
 * Computes a report's cluster features. Pure and deterministic.
 *
 * @example
 * ```ts
 * const f = clusterFeatures({ title: 'Quake hits Kermadec Islands', text: '...', published: null });
 * f.terms['e:kermadec']; // a name word, weighted
 * ```
 */
export function clusterFeatures(input: ClusterFeaturesInput, options: Partial<ClusterOptions> = {}): ClusterFeatures {
  const o = clusterOptions(options);
  // Title and body are read as one text: a title written as a sentence (the first sentence of the
  // article, as many feeds and dumps give it) names its people like any sentence, and a body
  // sentence's capital is checked against the title's lower-case words too.
  const tokens = tokenizeReport(input.title || null, input.text, input.language ?? null);
  const all = tokens.words;
  const titleEnd = tokens.titleLength;
  const recognised = input.annotations?.tagged === true ? annotatedNameWords(input.annotations) : undefined;
  const marks = markNameTokens(tokens, recognised);

  const tally = new TermTally();
  countTokens(all, marks, titleEnd, all.length, (i) => (i < o.leadWords ? 1 + o.leadBoost : 1), tally);
  countTokens(all, marks, 0, titleEnd, () => o.titleTermBoost, tally);

  const places = new Set<string>();
  const dates = new Set<string>();
  if (input.annotations) addAnnotations(input.annotations, tally, places, dates);
  // When the report was written is evidence of which event it tells: two events of one kind are
  // mostly months or years apart. Its year and month are terms like its names (`t:2013`,
  // `t:2013-05`), so reports written in the same month share them and others do not.
  const date = findReportDate(input.published, input.title, input.text);
  if (date && o.reportTimeBoost > 0) {
    tally.addKey(`t:${date.date.slice(0, 4)}`, o.reportTimeBoost);
    tally.addKey(`t:${date.date.slice(0, 7)}`, o.reportTimeBoost);
  }

  // The vector object is built once, of the kept terms only, and so are the names and numbers it shows.
  const counted = tally.terms;
  const termKeys = counted.map((t) => t.key);
  const weights = new Float64Array(counted.length);
  for (let k = 0; k < counted.length; k++) {
    const t = counted[k] as Term;
    weights[k] = round((1 + Math.log(t.count)) * typeWeight(t.key, o));
  }
  const chosen = heaviestIndices(termKeys, weights, MAX_REPORT_TERMS);
  const kept = vectorOf(termKeys, weights, chosen);
  const keptNames: Record<string, string> = {};
  const keptNumbers: Record<string, string> = {};
  for (const k of chosen) {
    const t = counted[k] as Term;
    if (t.shown === null) continue;
    if (t.key.startsWith('e:')) keptNames[t.key] = t.shown;
    else keptNumbers[t.key] = t.shown;
  }

  // Word hashes for the shingles, stem hashes of the content words for the phrases: one pass.
  const wordHashes = new Uint32Array(all.length);
  const contentHashes = new Uint32Array(all.length);
  let contentWords = 0;
  for (let i = 0; i < all.length; i++) {
    const t = all[i] as Word;
    wordHashes[i] = t.lowerHash;
    if (!t.stopword) contentHashes[contentWords++] = t.stemHash;
  }
  const content = contentHashes.subarray(0, contentWords);
  const shingles = shingleHashesOf(wordHashes, SHINGLE_WORDS);
  const phrases = shingleHashesOf(content, 2);

  return {
    kind: 'cluster-features',
    version: FEATURES_VERSION,
    terms: kept,
    names: keptNames,
    numbers: keptNumbers,
    places: [...places].sort(),
    dates: [...dates].sort(),
    minhash: minhashSignature(shingles),
    shingles: bottomK(shingles),
    phrases: bottomK(phrases),
    titleNames: titleNameTerms(all, marks, titleEnd),
    keys: chooseKeys(kept, termList(kept), all, titleEnd),
    date,
    words: all.length,
  };
}

/**
 * Counts the terms of tokens `from` to `to` (exclusive): runs of name tokens as name words (and
 * the longest run each word is part of, title-cased, as the name it shows), numbers with the
 * noun they count, other content words by stem. `weightAt` is given the index within the range.
 */
function countTokens(
  tokens: readonly Word[],
  isName: Uint8Array,
  from: number,
  to: number,
  weightAt: (index: number) => number,
  tally: TermTally,
): void {
  let runStart = from;
  let runEnd = from;
  const flushName = (): void => {
    const length = runEnd - runStart;
    if (length > 1) {
      let full = (tokens[runStart] as Word).lower;
      for (let k = runStart + 1; k < runEnd; k++) full += ' ' + (tokens[k] as Word).lower;
      let cased: string | null = null;
      for (let k = runStart; k < runEnd; k++) {
        const term = (tokens[k] as Word).nameTerm;
        if (term.shown === null || term.shown.length < full.length) term.shown = cased ??= titleCase(full);
      }
    } else if (length === 1) {
      const w = tokens[runStart] as Word;
      if (w.nameTerm.shown === null) w.nameTerm.shown = titleCase(w.lower);
    }
  };
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Word;
    const by = weightAt(i - from);
    if (isName[i] === 1) {
      runEnd = i + 1; // runs are contiguous: any other token ends one (below)
      tally.add(t.nameTerm, by);
      continue;
    }
    flushName();
    runStart = runEnd = i + 1;
    if (t.isNumber) {
      tally.add(t.term, by);
      const next = i + 1 < to ? (tokens[i + 1] as Word) : undefined;
      if (next && !next.isNumber && !next.stopword) {
        const counted = tally.addKey(`q:${t.stem} ${next.stem}`, by);
        counted.shown ??= `${t.stem} ${next.lower}`;
      }
      continue;
    }
    if (!t.stopword) tally.add(t.term, by);
  }
  flushName();
}

function addAnnotations(a: Annotations, tally: TermTally, places: Set<string>, dates: Set<string>): void {
  for (const e of a.entities) {
    if (e.type === 'location') {
      places.add(e.name);
      tally.addKey(`p:${e.name.toLowerCase()}`, 1);
    }
  }
  for (const t of a.times) {
    if (t.type !== 'date' || t.precision !== 'day' || t.startDate === null) continue;
    dates.add(t.startDate);
    tally.addKey(`d:${t.startDate}`, 1);
  }
}

function typeWeight(term: string, o: ClusterOptions): number {
  switch (term.charAt(0)) {
    case 'e':
    case 'p':
      return o.entityTermWeight;
    case 'n':
    case 'q':
      return o.numberTermWeight;
    case 'd':
    case 't':
      return o.dateTermWeight;
    default:
      return 1;
  }
}

/** Names, counted numbers, days and places first, then title words, then the heaviest words. */
function chooseKeys(terms: TermVector, list: TermList, tokens: readonly Word[], titleEnd: number): string[] {
  const max = MAX_RETRIEVAL_KEYS * 2;
  const specific: number[] = [];
  const words: number[] = [];
  for (let k = 0; k < list.terms.length; k++) {
    const t = list.terms[k] as string;
    if (t.startsWith('w:')) words.push(k);
    else if (SPECIFIC_KEY_PREFIXES.has(t.charAt(0)) && t.charAt(1) === ':') specific.push(k);
  }
  const heaviestFirst = (x: number, y: number): number =>
    (list.weights[y] as number) - (list.weights[x] as number) || ((list.terms[x] as string) < (list.terms[y] as string) ? -1 : 1);
  const keys = new Set<string>();
  for (const k of specific.sort(heaviestFirst)) keys.add(list.terms[k] as string);
  // Only the first `max` keys are kept: the words are sorted only when the names and title leave room.
  if (keys.size >= max) return [...keys].slice(0, max);
  // A word token's term is `w:` and its stem, made once per distinct word (tokenize.ts).
  for (let i = 0; i < titleEnd; i++) {
    const t = tokens[i] as Word;
    if (!t.stopword && !t.isNumber && terms[t.term.key] !== undefined) keys.add(t.term.key);
  }
  if (keys.size < max) for (const k of words.sort(heaviestFirst)) keys.add(list.terms[k] as string);
  return [...keys].slice(0, max);
}

/** Name terms (`e:`) of the title's name tokens, distinct and sorted. */
function titleNameTerms(tokens: readonly Word[], isName: Uint8Array, titleEnd: number): string[] {
  const out = new Set<string>();
  for (let i = 0; i < titleEnd; i++) if (isName[i] === 1) out.add((tokens[i] as Word).nameTerm.key);
  return [...out].sort();
}

/** Term prefixes of names, counted numbers, places and days: the first retrieval keys. */
const SPECIFIC_KEY_PREFIXES = new Set(['e', 'p', 'q', 'd']);

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
