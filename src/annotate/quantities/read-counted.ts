/**
 * Reads what a number counts from the words after it: "123 political prisoners",
 * "five of its citizens", "hundreds of political prisoners", "3 percent".
 */
import type { Span } from '../../core/records.js';
import {
  COMMON_VERB_FORMS, CURRENCY_NAMES, MEASURE_NOUNS, NON_NOUN_WORDS, PARTITIVE_DETERMINERS, PARTITIVE_PRONOUNS,
  PERCENT_WORDS, SKIPPED_OPENING_WORDS,
} from './counted-lexicon.js';
import { EVENT_LEMMAS, EVENT_PARTICIPLE_PATTERN, MODIFIER_EVENT_WORDS } from './event-lexicon.js';
import { UNIT_WORDS, TENS_WORDS, MAGNITUDE_WORDS } from './number-words.js';
import { MAX_COUNTED_WORDS } from './settings.js';
import { looksPlural, singularise } from './singularise.js';
import { isAdjacent, type Token } from './tokens.js';

export interface CountedReading {
  /** Normalised singular noun phrase, or null when the number counts nothing named after it. */
  readonly counted: string | null;
  readonly countedSpan: Span | null;
  readonly partitive: boolean;
  /** Event of a participle modifying the counted noun ("the released prisoners" -> free). */
  readonly modifierEvent: string | null;
  /** Last token (inclusive) belonging to the quantity: the number, "of its", or the head noun. */
  readonly last: number;
  readonly kind: 'noun' | 'percent' | 'money' | 'none';
}

const NONE = (last: number, partitive = false): CountedReading => ({
  counted: null, countedSpan: null, partitive, modifierEvent: null, last, kind: 'none',
});

/**
 * Reads the counted phrase after the number, whose last token is `numberLast`.
 *
 * @example
 * // "five of its citizens among them"
 * readCounted(text, tokens, 0, 5) // { counted: 'citizen', partitive: true, ... }
 */
export function readCounted(
  text: string, tokens: readonly Token[], numberLast: number, value: number, vague: boolean,
): CountedReading {
  const numberToken = tokens[numberLast] as Token;
  const percent = readPercent(text, tokens, numberLast);
  if (percent) return percent;
  let k = numberLast + 1;
  let partitive = false;
  let previous = numberToken;
  const of = tokens[k];
  if (of !== undefined && of.lower === 'of' && isAdjacent(text, numberToken, of)) {
    const determiner = tokens[k + 1];
    if (determiner !== undefined && PARTITIVE_DETERMINERS.has(determiner.lower) && isAdjacent(text, of, determiner)) {
      partitive = true;
      if (PARTITIVE_PRONOUNS.has(determiner.lower) && !isNounStart(tokens[k + 2])) return NONE(k + 1, true);
      previous = determiner;
      k += 2;
      // "three of the four soldiers", "123 of the 200 detainees": the group's own number is skipped.
      const groupNumber = tokens[k];
      if (groupNumber !== undefined && (groupNumber.kind === 'numeral' || isNumberWord(groupNumber.lower)) && isAdjacent(text, determiner, groupNumber)) {
        previous = groupNumber;
        k += 1;
      }
    } else if (vague) {
      previous = of;
      k += 1;
    } else {
      return NONE(numberLast);
    }
  }
  // "hundreds of other people", "15 more prisoners": the opener is not part of what is counted.
  const opener = tokens[k];
  if (opener !== undefined && SKIPPED_OPENING_WORDS.has(opener.lower) && isAdjacent(text, previous, opener)) {
    const next = tokens[k + 1];
    if (next !== undefined && next.kind === 'word' && isAdjacent(text, opener, next) && !NON_NOUN_WORDS.has(next.lower)) {
      previous = opener;
      k += 1;
    }
  }
  const run: number[] = [];
  for (; k < tokens.length && run.length < MAX_COUNTED_WORDS; k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word' || !isAdjacent(text, previous, token)) break;
    if (NON_NOUN_WORDS.has(token.lower) || COMMON_VERB_FORMS.has(token.lower) || isNumberWord(token.lower)) break;
    // A possessive starts a new noun phrase ("1 quake struck Indonesia's coast").
    if (/['’]s?$|['’]s$/u.test(token.lower) && run.length > 0) break;
    if (/['’](?:ve|re|ll|d|m|t)$/u.test(token.lower)) break;
    // A past tense after a plural noun is its verb ("two officers suffered", "10 people drowned").
    const previousWord = run.length > 0 ? (tokens[run[run.length - 1] as number] as Token).lower : null;
    if (previousWord !== null && looksPlural(previousWord) && /ed$/u.test(token.lower)) break;
    run.push(k);
    previous = token;
  }
  const head = chooseHead(tokens, run, value, vague);
  if (head < 0) {
    // "two others", "15 more": the noun is implied; the word stays in the quantity's span.
    const elliptic = tokens[numberLast + 1];
    if (!partitive && elliptic !== undefined && (elliptic.lower === 'others' || elliptic.lower === 'more')
      && isAdjacent(text, numberToken, elliptic)) return NONE(numberLast + 1);
    return NONE(numberLast, false);
  }
  let firstKept = run[0] as number;
  let modifierEvent: string | null = null;
  for (const index of run) {
    if (index >= head) break;
    const word = (tokens[index] as Token).lower;
    const lemma = EVENT_LEMMAS.get(word);
    if (lemma !== undefined && MODIFIER_EVENT_WORDS.has(word) && index === firstKept) {
      modifierEvent = lemma;
      firstKept = index + 1;
    }
  }
  let lastKept = head;
  // "5 tonnes of grain", "200 barrels of oil": the measure is counted together with its stuff.
  const headWord = singularise((tokens[head] as Token).lower);
  const ofToken = tokens[head + 1];
  const stuff = tokens[head + 2];
  if (MEASURE_NOUNS.has(headWord) && ofToken?.lower === 'of' && stuff?.kind === 'word' && !NON_NOUN_WORDS.has(stuff.lower)
    && isAdjacent(text, tokens[head] as Token, ofToken) && isAdjacent(text, ofToken, stuff)) {
    lastKept = head + 2;
  }
  const words: string[] = [];
  for (let index = firstKept; index <= lastKept; index++) {
    const word = (tokens[index] as Token).lower;
    words.push(index === head ? singularise(word) : word);
  }
  let counted = words.join(' ');
  let kind: CountedReading['kind'] = 'noun';
  const currency = CURRENCY_NAMES.get(counted);
  if (currency !== undefined) {
    counted = currency;
    kind = 'money';
  }
  const start = (tokens[firstKept] as Token).start;
  const end = (tokens[lastKept] as Token).end;
  return { counted, countedSpan: { start, end }, partitive, modifierEvent, last: lastKept, kind };
}

/** "12%", "12 percent", "12 per cent", "3 percentage points". */
function readPercent(text: string, tokens: readonly Token[], numberLast: number): CountedReading | null {
  const numberToken = tokens[numberLast] as Token;
  const sign = tokens[numberLast + 1];
  if (sign !== undefined && sign.text === '%' && isAdjacent(text, numberToken, sign)) {
    return { counted: 'percent', countedSpan: { start: sign.start, end: sign.end }, partitive: false, modifierEvent: null, last: numberLast + 1, kind: 'percent' };
  }
  for (const words of PERCENT_WORDS) {
    let previous = numberToken;
    let matched = true;
    for (let w = 0; w < words.length; w++) {
      const token = tokens[numberLast + 1 + w];
      if (token === undefined || token.lower !== words[w] || !isAdjacent(text, previous, token)) {
        matched = false;
        break;
      }
      previous = token;
    }
    if (matched) {
      const first = tokens[numberLast + 1] as Token;
      const counted = words[0] === 'percentage' ? 'percentage point' : 'percent';
      return { counted, countedSpan: { start: first.start, end: previous.end }, partitive: false, modifierEvent: null, last: numberLast + words.length, kind: 'percent' };
    }
  }
  return null;
}

/**
 * The head noun of the run: for plural counts, the last word that reads as a plural noun (a verb
 * after a plural subject carries no -s, so "prisoners remain" stops at "prisoners"); for one, the
 * last word that is not an event verb ("one soldier killed").
 */
function chooseHead(tokens: readonly Token[], run: readonly number[], value: number, vague: boolean): number {
  if (run.length === 0) return -1;
  if (value !== 1 || vague) {
    for (let r = run.length - 1; r >= 0; r--) {
      const index = run[r] as number;
      if (looksPlural((tokens[index] as Token).lower)) return index;
    }
    return -1;
  }
  for (let r = run.length - 1; r >= 0; r--) {
    const index = run[r] as number;
    const word = (tokens[index] as Token).lower;
    if (EVENT_LEMMAS.has(word) && (r === run.length - 1 || EVENT_PARTICIPLE_PATTERN.test(word))) continue;
    if (looksPlural(word)) return -1;
    return index;
  }
  return -1;
}

function isNounStart(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && !NON_NOUN_WORDS.has(token.lower) && looksPlural(token.lower);
}

function isNumberWord(word: string): boolean {
  return UNIT_WORDS.has(word) || TENS_WORDS.has(word) || MAGNITUDE_WORDS.has(word);
}

