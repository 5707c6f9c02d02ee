/**
 * The quantity recogniser: numbers with their hedge, what they count and the event they belong to.
 */
import type { Quantity, Span } from '../../core/records.js';
import { findTimes } from '../times/index.js';
import { applyHedge } from './apply-hedge.js';
import {
  AGE_BEFORE_WORDS, AGE_VERB_WORDS, LOWERCASE_LABEL_WORDS, NUMBER_LABEL_WORDS, SUBSET_CUE_WORDS, TIME_UNIT_WORDS,
} from './counted-lexicon.js';
import { EVENT_LEMMAS } from './event-lexicon.js';
import { findEvent } from './find-event.js';
import { findNonCountSpans } from './find-non-count-spans.js';
import { RANGE_JOINERS } from './hedge-phrases.js';
import { inferCountedFromContext, type QuantityDraft } from './infer-counted-from-context.js';
import { readCounted } from './read-counted.js';
import { isBetweenBefore, readHedgeAfter, readHedgeBefore } from './read-hedge.js';
import { parseNumeral, readNumberAt, type NumberReading } from './read-number.js';
import { DOZEN_TOLERANCE, YEAR_LIKE_MAX, YEAR_LIKE_MIN } from './settings.js';
import { isAdjacent, isTouching, tokenize, type Token } from './tokens.js';

export interface FindQuantitiesOptions {
  /**
   * Spans of date and time expressions (from `findTimes`): numbers inside them are dates, not
   * counts. When left out, `findTimes` is run here without a publish date.
   */
  readonly times?: readonly Span[];
}

/** Month and weekday names (and their abbreviations), which precede day numbers, not labels. */
const CALENDAR_WORDS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/iu;

/** Words before "one" that make it a pronoun or determiner, not a count ("no one", "the one"). */
const NOT_A_COUNT_BEFORE_ONE = new Set(['the', 'no', 'any', 'every', 'each', 'this', 'that', 'which', 'some', 'any', 'at', 'as', 'another']);
/** Nouns after "one" that make an idiom, not a count ("one way", "one thing"). */
const IDIOMS_AFTER_ONE = new Set(['way', 'thing', 'side', 'hand', 'point', 'reason', 'another', 'problem', 'question', 'issue', 'example', 'part', 'kind', 'sort', 'type', 'option', 'step', 'factor', 'area', 'aspect', 'source']);

/**
 * Finds the quantities in `text`, sentence by sentence.
 *
 * @example
 * const text = 'Lukashenko freed 123 political prisoners on Saturday.';
 * findQuantities(text, [{ start: 0, end: text.length }]);
 * // [{ kind: 'quantity', text: '123 political prisoners', value: 123, low: 123, high: 123,
 * //    hedge: 'exact', counted: 'political prisoner', event: 'free', partitive: false, rule: 'quantity/numeral', ... }]
 */
export function findQuantities(text: string, sentences: readonly Span[], options: FindQuantitiesOptions = {}): Quantity[] {
  if (typeof text !== 'string') throw new TypeError('findQuantities(text, sentences): text must be the extracted text of one report (a string)');
  if (!Array.isArray(sentences)) throw new TypeError('findQuantities(text, sentences): sentences must be an array of spans (pass [] when there are none)');
  const tokens = tokenize(text);
  const times = options.times ?? findTimes(text, { published: null, sentences });
  const blocked = [...times, ...findNonCountSpans(text)];
  const sentenceOf = mapTokensToSentences(text, tokens, sentences);
  const drafts: QuantityDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const reading = readNumberAt(text, tokens, i);
    if (reading === null) continue;
    // "one in five residents", "three out of four": a ratio, neither number counts anything.
    const ratioEnd = readRatioEnd(text, tokens, reading);
    if (ratioEnd !== null) {
      i = ratioEnd;
      continue;
    }
    const draft = readQuantity(text, tokens, reading, sentenceOf, blocked, drafts);
    if (draft !== null) {
      drafts.push(draft);
      i = Math.max(i, draft.lastToken);
    } else {
      // A rejected "9-14" is a score or record as a whole: neither end is read again.
      i = Math.max(i, readRangeEnd(text, tokens, reading)?.last ?? reading.last);
    }
  }
  return inferCountedFromContext(text, shareEventsWithCoordinates(tokens, drafts)).map((draft) => draft.quantity);
}

/**
 * "21 soldiers and a dozen civilians died": a quantity joined by "and"/"or"/"," to the next one
 * takes the next one's verb when it has none of its own.
 */
function shareEventsWithCoordinates(tokens: readonly Token[], drafts: readonly QuantityDraft[]): QuantityDraft[] {
  const out = [...drafts];
  for (let d = out.length - 2; d >= 0; d--) {
    const draft = out[d] as QuantityDraft;
    const next = out[d + 1] as QuantityDraft;
    if (draft.quantity.event !== null || next.quantity.event === null) continue;
    const joiner = tokens[draft.lastToken + 1];
    if (next.firstToken !== draft.lastToken + 2 || joiner === undefined) continue;
    if (joiner.lower !== 'and' && joiner.lower !== 'or' && joiner.text !== ',') continue;
    out[d] = { ...draft, quantity: { ...draft.quantity, event: next.quantity.event } };
  }
  return out;
}

function readQuantity(
  text: string, tokens: readonly Token[], first: NumberReading, sentenceOf: readonly [number, number][],
  blocked: readonly Span[], earlier: readonly QuantityDraft[],
): QuantityDraft | null {
  const startToken = tokens[first.first] as Token;
  if (isInside(blocked, startToken.start, (tokens[first.last] as Token).end)) return null;
  if (isGluedLabel(text, tokens, first) || isNumberLabel(tokens, first.first) || isAge(text, tokens, first)) return null;
  if (first.form === 'numeral' && /^0\d/u.test((tokens[first.first + (first.currency ? 1 : 0)] as Token).text)) return null;
  const range = readRangeEnd(text, tokens, first);
  let reading = first;
  let last = first.last;
  let hedge = readHedgeBefore(text, tokens, first.first);
  let low: number;
  let high: number;
  let hedgeName = hedge?.hedge ?? 'exact';
  if (range !== null) {
    if (isInside(blocked, (tokens[range.first] as Token).start, (tokens[range.last] as Token).end)) return null;
    // "1-2 million": the magnitude written once applies to both ends.
    const scale = range.scaled && !first.scaled ? range.value / parseNumeral((tokens[range.first] as Token).text) : 1;
    const lowValue = first.value * scale;
    if (!(range.value > lowValue)) return null;
    reading = { ...first, value: lowValue, last: range.last, scaled: first.scaled || range.scaled };
    last = range.last;
    low = lowValue;
    high = range.value;
    hedgeName = 'range';
    if (hedge === null && isBetweenBefore(text, tokens, first.first)) hedge = { hedge: 'range', side: 'both', first: first.first - 1 };
  } else {
    const after = readHedgeAfter(text, tokens, first.last);
    if (after !== null) {
      // "20-plus people", "50 or more", "200 or so": the hedge follows the number.
      hedge = { hedge: after.hedge, side: after.side, first: hedge?.first ?? first.first };
      hedgeName = after.hedge;
      last = after.last;
      reading = { ...first, last: after.last };
    } else if (isTimeUnitAfter(text, tokens, first.last) || isHyphenCompound(text, tokens, first.last)) {
      return null;
    }
    if (first.form === 'vague') {
      hedgeName = 'vague';
      low = first.low ?? first.value;
      high = first.high ?? first.value;
    } else {
      const tolerance = first.form === 'dozen' ? DOZEN_TOLERANCE : undefined;
      if (first.form === 'dozen' && hedge === null) hedgeName = 'approximate';
      const bounds = applyHedge(first.value, hedgeName, hedge?.side ?? 'both', tolerance);
      low = bounds.low;
      high = bounds.high;
    }
  }
  if (isYearLike(tokens, reading, hedge !== null || range !== null)) return null;
  const counted = readCounted(text, tokens, last, reading.value, reading.form === 'vague');
  if (isLoneOne(tokens, reading, counted.counted)) return null;
  if (isScoresNoun(tokens, reading, counted.counted)) return null;
  if (counted.counted === null && hedge === null && range === null && isNotACount(text, tokens, reading, sentenceOf)) return null;
  if (range !== null && hedge === null && counted.counted === null && !isElliptic(tokens, last)) return null;
  if (counted.counted === null && hedge === null && reading.currency === undefined && isAfterProperName(text, tokens, reading.first, sentenceOf)) return null;
  const endToken = Math.max(last, counted.last);
  const [sentenceFirst, sentenceLast] = sentenceOf[first.first] ?? [0, tokens.length - 1];
  const spanFirst = hedge?.first ?? reading.first;
  // Money and percentages carry no event: the lexicon's acts happen to people and things.
  const event = reading.currency !== undefined || counted.kind === 'money' || counted.kind === 'percent'
    ? null : findEvent(tokens, spanFirst, endToken, sentenceFirst, sentenceLast, counted.modifierEvent);
  let partitive = counted.partitive;
  let eventLemma = event?.lemma ?? null;
  if (isAfterSubsetCue(text, tokens, spanFirst)) {
    partitive = true;
    if (eventLemma === null) eventLemma = nearestEarlierEvent(earlier, sentenceFirst, tokens);
  }
  if (eventLemma === null) eventLemma = eventOfCoordinate(text, tokens, spanFirst, earlier);
  let countedText = counted.counted;
  let countedSpan = counted.countedSpan;
  let kind = counted.kind;
  if (reading.currency !== undefined) {
    countedText = reading.currency;
    countedSpan = { start: (tokens[reading.first] as Token).start, end: (tokens[reading.first] as Token).end };
    kind = 'money';
  }
  const start = (tokens[spanFirst] as Token).start;
  const end = (tokens[endToken] as Token).end;
  const rule = kind === 'money' ? 'quantity/money'
    : kind === 'percent' ? 'quantity/percent'
    : hedgeName === 'range' ? 'quantity/range'
    : reading.form === 'vague' ? 'quantity/vague'
    : partitive && countedText !== null ? 'quantity/partitive'
    : reading.form === 'numeral' ? 'quantity/numeral' : 'quantity/number-words';
  const quantity: Quantity = {
    kind: 'quantity', start, end, text: text.slice(start, end), value: reading.value, low, high,
    hedge: hedgeName, counted: countedText, countedSpan, event: eventLemma, partitive, rule,
  };
  return {
    quantity, firstToken: spanFirst, lastToken: endToken, sentence: [sentenceFirst, sentenceLast],
    countable: kind === 'noun' || kind === 'none',
    opensSentence: isSentenceInitial(text, tokens, spanFirst, sentenceOf),
  };
}

/** Last token of the second number of a ratio ("one in five", "3 out of 4"), or null. */
function readRatioEnd(text: string, tokens: readonly Token[], first: NumberReading): number | null {
  let k = first.last + 1;
  const word = tokens[k];
  if (word === undefined || !isAdjacent(text, tokens[first.last] as Token, word)) return null;
  if (word.lower === 'out' && tokens[k + 1]?.lower === 'of') k += 1;
  else if (word.lower !== 'in') return null;
  if (first.currency !== undefined || first.scaled) return null;
  const second = readNumberAt(text, tokens, k + 1);
  if (second === null || second.form === 'vague' || !isAdjacent(text, tokens[k] as Token, tokens[k + 1] as Token)) return null;
  return second.value > first.value ? second.last : null;
}

/** Reads the second number of "10-12", "10 to 12", "between 10 and 12", "two or three". */
function readRangeEnd(text: string, tokens: readonly Token[], first: NumberReading): NumberReading | null {
  const joiner = tokens[first.last + 1];
  if (joiner === undefined) return null;
  const firstEnd = tokens[first.last] as Token;
  const between = isBetweenBefore(text, tokens, first.first);
  const symbolic = (joiner.text === '-' || joiner.text === '–' || joiner.text === '—');
  if (symbolic ? !isTouching(firstEnd, joiner) && !isAdjacent(text, firstEnd, joiner) : !isAdjacent(text, firstEnd, joiner)) return null;
  const joins = RANGE_JOINERS.has(joiner.lower) || (between && joiner.lower === 'and') || joiner.lower === 'or';
  if (!joins) return null;
  let at = first.last + 2;
  // "$5,000–$50,000", "from $1,500 to $10,000": the currency sign is repeated on the second end.
  if (first.currency !== undefined && tokens[at]?.kind === 'punct' && tokens[at + 1]?.kind === 'numeral') at += 1;
  const second = readNumberAt(text, tokens, at);
  if (second === null || second.form === 'vague' || (second.currency !== undefined) !== (first.currency !== undefined)) return null;
  if (!isAdjacent(text, joiner, tokens[second.first] as Token)) return null;
  if (symbolic && (first.form === 'numeral') !== (second.form === 'numeral')) return null;
  return second;
}

function isInside(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => start < span.end && end > span.start);
}

/** Digits glued to letters ("G20", "5G", "21st") or hyphen-joined to a name ("COVID-19", "F-16"). */
function isGluedLabel(text: string, tokens: readonly Token[], reading: NumberReading): boolean {
  if (reading.form !== 'numeral') return false;
  const first = tokens[reading.first] as Token;
  const before = tokens[reading.first - 1];
  if (before !== undefined && isTouching(before, first)) {
    if (before.kind === 'word') return true;
    // "1366×768", "Tufts '17", "360°": dimensions, year abbreviations.
    if (before.text === '×' || before.text === "'" || before.text === '’') return true;
    if ((before.text === '-' || before.text === '#' || before.text === '/' || before.text === '.') && reading.currency === undefined) {
      const beforeThat = tokens[reading.first - 2];
      if (before.text !== '-' || (beforeThat !== undefined && isTouching(beforeThat, before) && beforeThat.kind === 'word')) return true;
    }
  }
  const lastToken = tokens[reading.last] as Token;
  const after = tokens[reading.last + 1];
  if (after !== undefined && after.kind === 'word' && isTouching(lastToken, after)) return true;
  if (after !== undefined && after.kind === 'numeral' && isTouching(lastToken, after)) return true;
  if (after !== undefined && (after.text === '×' || after.text === '°') && isTouching(lastToken, after)) return true;
  void text;
  return false;
}

/** "Article 5", "Flight 370", "No. 10": a name with a number, not a count. */
function isNumberLabel(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (before?.text === '.' && /^(?:no|nos|vol|art|sec|pt|ch|fig)$/iu.test(tokens[first - 2]?.text ?? '')) return true;
  if (before === undefined || before.kind !== 'word') return false;
  const word = before.lower.replace(/\.$/u, '');
  if (LOWERCASE_LABEL_WORDS.has(word)) return true;
  return /^\p{Lu}/u.test(before.text) && NUMBER_LABEL_WORDS.has(word);
}

/** "aged 65", "65-year-old", "Smith, 65, said". */
function isAge(text: string, tokens: readonly Token[], reading: NumberReading): boolean {
  const before = tokens[reading.first - 1];
  if (before !== undefined && AGE_BEFORE_WORDS.has(before.lower)) return true;
  const after = tokens[reading.last + 1];
  const afterThat = tokens[reading.last + 2];
  if (after?.text === '-' && afterThat?.lower.startsWith('year-old')) return true;
  if (after?.text === '-' && afterThat?.lower === 'year' && tokens[reading.last + 4]?.lower === 'old') return true;
  const beforeThat = tokens[reading.first - 2];
  // "Maria Ivanova, 45, said", "the actress, 33, reportedly": an appositive number after a noun.
  if (reading.form === 'numeral' && reading.value < 120 && before?.text === ',' && beforeThat?.kind === 'word'
    && (after?.text === ',' || after?.text === ')')) return true;
  // "At 55, he is the same age as ...".
  if (reading.form === 'numeral' && reading.value < 120 && before?.lower === 'at' && after?.text === ','
    && (beforeThat === undefined || /^[.!?"“]$/u.test(beforeThat.text) || text.slice(beforeThat.end, before.start).includes('\n'))) return true;
  if (reading.form === 'numeral' && reading.value < 120 && before?.text === '(' && beforeThat?.kind === 'word'
    && /^\p{Lu}/u.test(beforeThat.text) && after?.text === ')') return true;
  return false;
}

function isTimeUnitAfter(text: string, tokens: readonly Token[], last: number): boolean {
  const after = tokens[last + 1];
  if (after === undefined) return false;
  if (after.kind === 'word' && TIME_UNIT_WORDS.has(after.lower) && isAdjacent(text, tokens[last] as Token, after)) return true;
  if (after.text === '-') {
    const unit = tokens[last + 2];
    return unit !== undefined && TIME_UNIT_WORDS.has(unit.lower.split('-')[0] as string);
  }
  return false;
}

/** "a 10-member delegation", "the 5-2 ruling": the number is part of a compound modifier. */
function isHyphenCompound(text: string, tokens: readonly Token[], last: number): boolean {
  const after = tokens[last + 1];
  const word = tokens[last + 2];
  return after !== undefined && word !== undefined && (after.text === '-' || after.text === '‐')
    && isTouching(tokens[last] as Token, after) && isTouching(after, word);
}

function isYearLike(tokens: readonly Token[], reading: NumberReading, hedged: boolean): boolean {
  if (reading.form !== 'numeral' || reading.scaled || reading.formatted || reading.currency !== undefined || hedged) return false;
  if ((tokens[reading.first] as Token).text.length !== 4) return false;
  return reading.value >= YEAR_LIKE_MIN && reading.value <= YEAR_LIKE_MAX;
}

/** "one" as a pronoun or in an idiom ("no one", "one way"), or counting nothing. */
function isLoneOne(tokens: readonly Token[], reading: NumberReading, counted: string | null): boolean {
  if (reading.form !== 'words' || reading.value !== 1) return false;
  const before = tokens[reading.first - 1];
  if (before !== undefined && NOT_A_COUNT_BEFORE_ONE.has(before.lower)) return true;
  const after = tokens[reading.last + 1];
  if (after !== undefined && (IDIOMS_AFTER_ONE.has(after.lower) || after.lower === 'of')) return true;
  return counted === null;
}

/**
 * "scores" is a vague amount only as "scores of <people>" opening its phrase; "close scores",
 * "the scores", "leading scores" are results.
 */
function isScoresNoun(tokens: readonly Token[], reading: NumberReading, counted: string | null): boolean {
  if (reading.form !== 'vague' || (tokens[reading.first] as Token).lower !== 'scores') return false;
  const before = tokens[reading.first - 1];
  return counted === null || (before !== undefined && before.kind === 'word' && !EVENT_LEMMAS.has(before.lower) && !/^(?:and|or|with|killing|injuring|leaving)$/u.test(before.lower));
}

/**
 * Bare numbers that count nothing: "(2)" list markers, "since I was eleven", "the Big Five".
 */
function isNotACount(text: string, tokens: readonly Token[], reading: NumberReading, sentenceOf: readonly [number, number][]): boolean {
  const before = tokens[reading.first - 1];
  const after = tokens[reading.last + 1];
  if (before?.text === '(' && after?.text === ')') return true;
  if (before !== undefined && AGE_VERB_WORDS.has(before.lower) && reading.value < 120 && reading.currency === undefined) {
    const next = after?.lower;
    if (next === undefined || !/^[a-z]/u.test(next) || next === 'and' || next === 'when' || next === 'years') return true;
  }
  const firstToken = tokens[reading.first] as Token;
  if (reading.form !== 'numeral' && /^\p{Lu}/u.test(firstToken.text) && !isSentenceInitial(text, tokens, reading.first, sentenceOf)) return true;
  void text;
  return false;
}

/**
 * "3-5 others", "15 more": a number whose noun is left out and implied by the words before.
 */
function isElliptic(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1]?.lower;
  return next === 'others' || next === 'more' || next === 'of';
}

/**
 * "Firefox 3.0", "the Chiefs 7", "Big 12": a bare number right after a capitalised word inside a
 * sentence names something rather than counting it. Sentence-initial words, months, weekdays and
 * event verbs ("Frees 123" in a headline) do not count as names.
 */
function isAfterProperName(text: string, tokens: readonly Token[], first: number, sentenceOf: readonly [number, number][]): boolean {
  const before = tokens[first - 1];
  if (before === undefined || before.kind !== 'word' || !isAdjacent(text, before, tokens[first] as Token)) return false;
  if (!/^\p{Lu}/u.test(before.text)) return false;
  if (isSentenceInitial(text, tokens, first - 1, sentenceOf)) return false;
  return !EVENT_LEMMAS.has(before.lower) && !CALENDAR_WORDS.test(before.text);
}

/**
 * True when token `index` opens a sentence: the splitter says so, or it follows end punctuation, an
 * opening quote or a line break (so a splitter's miss does not turn "Twelve were charged" into a name).
 */
function isSentenceInitial(text: string, tokens: readonly Token[], index: number, sentenceOf: readonly [number, number][]): boolean {
  if (sentenceOf[index]?.[0] === index) return true;
  const before = tokens[index - 1];
  if (before === undefined) return true;
  if (/^[.!?"“‘'(:;—–-]$/u.test(before.text)) return true;
  return text.slice(before.end, (tokens[index] as Token).start).includes('\n');
}

function isAfterSubsetCue(text: string, tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (before === undefined || !isAdjacent(text, before, tokens[first] as Token)) return false;
  if (SUBSET_CUE_WORDS.has(before.lower)) return true;
  const beforeThat = tokens[first - 2];
  return (before.lower === 'them' || before.lower === 'whom') && beforeThat !== undefined && SUBSET_CUE_WORDS.has(beforeThat.lower);
}

function nearestEarlierEvent(earlier: readonly QuantityDraft[], sentenceFirst: number, tokens: readonly Token[]): string | null {
  void tokens;
  for (let d = earlier.length - 1; d >= 0; d--) {
    const draft = earlier[d] as QuantityDraft;
    if (draft.firstToken < sentenceFirst) break;
    if (draft.quantity.event !== null) return draft.quantity.event;
  }
  return null;
}

/** "freed 123 prisoners and 5 journalists": a number joined by "and"/"," to the one before shares its verb. */
function eventOfCoordinate(text: string, tokens: readonly Token[], first: number, earlier: readonly QuantityDraft[]): string | null {
  const previous = earlier[earlier.length - 1];
  const joiner = tokens[first - 1];
  if (previous === undefined || joiner === undefined) return null;
  if (!(joiner.lower === 'and' || joiner.lower === 'or' || joiner.text === ',')) return null;
  if (previous.lastToken !== first - 2) return null;
  void text;
  return previous.quantity.event;
}

/** For each token, the first and last token of its sentence (a line when no sentence covers it). */
function mapTokensToSentences(text: string, tokens: readonly Token[], sentences: readonly Span[]): [number, number][] {
  const ranges: [number, number][] = new Array(tokens.length);
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  let s = 0;
  let t = 0;
  while (t < tokens.length) {
    const token = tokens[t] as Token;
    while (s < sorted.length && (sorted[s] as Span).end <= token.start) s++;
    const sentence = sorted[s];
    let end: number;
    if (sentence !== undefined && sentence.start <= token.start) {
      end = sentence.end;
    } else {
      const lineBreak = text.indexOf('\n', token.start);
      end = lineBreak < 0 ? text.length : lineBreak;
      if (sentence !== undefined) end = Math.min(end, sentence.start);
    }
    const firstIndex = t;
    while (t < tokens.length && (tokens[t] as Token).start < end) t++;
    for (let k = firstIndex; k < t; k++) ranges[k] = [firstIndex, t - 1];
    if (t === firstIndex) t++;
  }
  return ranges;
}
