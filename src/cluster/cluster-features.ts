import type { Annotations } from '../core/records.js';
import { bottomK, minhashSignature, shingleHashesOf } from './minhash.js';
import {
  DEFAULT_CLUSTER_OPTIONS,
  FEATURES_VERSION,
  MAX_REPORT_TERMS,
  MAX_RETRIEVAL_KEYS,
  SHINGLE_WORDS,
  type ClusterOptions,
} from './settings.js';
import { findReportDate, type ReportDate } from './find-report-date.js';
import { termList, type TermList } from './term-list.js';
import { titleCase } from './title-case.js';
import { heaviestOf, type TermVector } from './term-vector.js';
import { concatTokens, markNameTokens, tokenize, type Tokens, type Word } from './tokenize.js';

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
  readonly annotations?: Annotations;
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
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const body = tokenize(input.text);
  const title = input.title ? tokenize(input.title) : NO_TOKENS;
  // Title and body are read as one text: a title written as a sentence (the first sentence of the
  // article, as many feeds and dumps give it) names its people like any sentence, and a body
  // sentence's capital is checked against the title's lower-case words too.
  const all = concatTokens(title, body);
  const titleTokens = title.words;
  const bodyTokens = body.words;
  const allTokens = all.words;
  const marks = markNameTokens(all, titleTokens.length);
  const titleNames = marks.slice(0, titleTokens.length);
  const bodyNames = marks.slice(titleTokens.length);

  const counts = new Map<string, number>();
  const bump = (term: string, by = 1): void => {
    counts.set(term, (counts.get(term) ?? 0) + by);
  };
  const names = new Map<string, string>();
  const numbers = new Map<string, string>();
  countTokens(bodyTokens, bodyNames, (i) => (i < o.leadWords ? 1 + o.leadBoost : 1), bump, names, numbers);
  countTokens(titleTokens, titleNames, () => o.titleTermBoost, bump, names, numbers);

  const places = new Set<string>();
  const dates = new Set<string>();
  if (input.annotations) addAnnotations(input.annotations, bump, places, dates);
  // When the report was written is evidence of which event it tells: two events of one kind are
  // mostly months or years apart. Its year and month are terms like its names (`t:2013`,
  // `t:2013-05`), so reports written in the same month share them and others do not.
  const date = findReportDate(input.published, input.title, input.text);
  if (date && o.reportTimeBoost > 0) {
    bump(`t:${date.date.slice(0, 4)}`, o.reportTimeBoost);
    bump(`t:${date.date.slice(0, 7)}`, o.reportTimeBoost);
  }

  // Weights in a Map (plain objects with hundreds of keys are slow to grow); the object is built
  // once, of the kept terms only, and so are the names and numbers it shows.
  const weights = new Map<string, number>();
  for (const [term, n] of counts) weights.set(term, round((1 + Math.log(n)) * typeWeight(term, o)));
  const kept = heaviestOf(weights, MAX_REPORT_TERMS);
  const keptNames: Record<string, string> = {};
  const keptNumbers: Record<string, string> = {};
  const keptList = termList(kept);
  for (const t of keptList.terms) {
    const name = names.get(t);
    if (name !== undefined) keptNames[t] = name;
    const number = numbers.get(t);
    if (number !== undefined) keptNumbers[t] = number;
  }

  // Word hashes for the shingles, stem hashes of the content words for the phrases: one pass.
  const wordHashes = new Array<number>(allTokens.length);
  const content: number[] = [];
  for (let i = 0; i < allTokens.length; i++) {
    const t = allTokens[i] as Word;
    wordHashes[i] = t.word.lowerHash;
    if (!t.stopword) content.push(t.word.stemHash);
  }
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
    titleNames: [...new Set(titleTokens.filter((_, i) => titleNames[i]).map((t) => `e:${t.lower}`))].sort(),
    keys: chooseKeys(kept, keptList, titleTokens),
    date,
    words: allTokens.length,
  };
}

function countTokens(
  tokens: readonly Word[],
  isName: readonly boolean[],
  weightAt: (index: number) => number,
  bump: (term: string, by?: number) => void,
  names: Map<string, string>,
  numbers: Map<string, string>,
): void {
  let run: string[] = [];
  const flushName = (): void => {
    if (run.length > 1) {
      const full = run.join(' ');
      let cased: string | null = null;
      for (const w of run) {
        const key = `e:${w}`;
        const prev = names.get(key);
        if (prev === undefined || prev.length < full.length) names.set(key, (cased ??= titleCase(full)));
      }
    } else if (run.length === 1) {
      const key = `e:${run[0]}`;
      if (!names.has(key)) names.set(key, titleCase(run[0] as string));
    }
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Word;
    const by = weightAt(i);
    if (isName[i]) {
      run.push(t.lower);
      bump(t.word.nameTerm, by);
      continue;
    }
    flushName();
    if (t.isNumber) {
      bump(t.word.term, by);
      const next = tokens[i + 1];
      if (next && !next.isNumber && !next.stopword) {
        const key = `q:${t.stem} ${next.stem}`;
        bump(key, by);
        if (!numbers.has(key)) numbers.set(key, `${t.stem} ${next.lower}`);
      }
      continue;
    }
    if (!t.stopword) bump(t.word.term, by);
  }
  flushName();
}

function addAnnotations(
  a: Annotations,
  bump: (term: string, by?: number) => void,
  places: Set<string>,
  dates: Set<string>,
): void {
  for (const e of a.entities) {
    if (e.type === 'location') {
      places.add(e.name);
      bump(`p:${e.name.toLowerCase()}`);
    }
  }
  for (const t of a.times) {
    if (t.type !== 'date' || t.precision !== 'day' || t.startDate === null) continue;
    dates.add(t.startDate);
    bump(`d:${t.startDate}`);
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
function chooseKeys(terms: TermVector, list: TermList, titleTokens: readonly Word[]): string[] {
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
  for (const t of titleTokens) if (!t.stopword && !t.isNumber && terms[t.word.term] !== undefined) keys.add(t.word.term);
  if (keys.size < max) for (const k of words.sort(heaviestFirst)) keys.add(list.terms[k] as string);
  return [...keys].slice(0, max);
}

/** The tokens of a report without a title. */
const NO_TOKENS: Tokens = { words: [], flags: new Uint8Array(0) };

/** Term prefixes of names, counted numbers, places and days: the first retrieval keys. */
const SPECIFIC_KEY_PREFIXES = new Set(['e', 'p', 'q', 'd']);

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
