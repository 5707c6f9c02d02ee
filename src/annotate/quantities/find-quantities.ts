/**
 * The quantity recogniser: numbers with their hedge, what they count and the event they belong to.
 */
import type { Quantity, Span } from '../../core/records.js';
import { findTimes } from '../times/index.js';
import { applyHedge } from './apply-hedge.js';
import { SUBSET_CUE_WORDS } from './counted-lexicon.js';
import { findEvent } from './find-event.js';
import { findNonCountSpans } from './find-non-count-spans.js';
import { inferCountedFromContext, type QuantityDraft } from './infer-counted-from-context.js';
import {
  isAfterProperName, isAge, isElliptic, isGluedLabel, isHyphenCompound, isLoneOne, isNotACount, isNumberLabel,
  isScoresNoun, isSentenceInitial, isTimeUnitAfter, isYearLike,
} from './is-not-a-count.js';
import { mapTokensToSentences } from './map-tokens-to-sentences.js';
import { readCounted } from './read-counted.js';
import { isBetweenBefore, readHedgeAfter, readHedgeBefore } from './read-hedge.js';
import { parseNumeral, readNumberAt, type NumberReading } from './read-number.js';
import { readRangeEnd, readRatioEnd } from './read-range.js';
import { DOZEN_TOLERANCE } from './settings.js';
import { isAdjacent, tokenize, type Token } from './tokens.js';

export interface FindQuantitiesOptions {
  /**
   * Spans of date and time expressions (from `findTimes`): numbers inside them are dates, not
   * counts. When left out, `findTimes` is run here without a publish date.
   */
  readonly times?: readonly Span[];
}

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
  const blocked = indexBlockedSpans([...times, ...findNonCountSpans(text)]);
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
  blocked: BlockedSpans, earlier: readonly QuantityDraft[],
): QuantityDraft | null {
  const startToken = tokens[first.first] as Token;
  if (isInside(blocked, startToken.start, (tokens[first.last] as Token).end)) return null;
  if (isGluedLabel(tokens, first) || isNumberLabel(tokens, first.first) || isAge(text, tokens, first)) return null;
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
    } else if (isTimeUnitAfter(text, tokens, first.last) || isHyphenCompound(tokens, first.last)) {
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
    if (eventLemma === null) eventLemma = nearestEarlierEvent(earlier, sentenceFirst);
  }
  if (eventLemma === null) eventLemma = eventOfCoordinate(tokens, spanFirst, earlier);
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



function isInside(blocked: BlockedSpans, start: number, end: number): boolean {
  // Binary-search the last span starting before `end`; some span up to it reaches past `start`
  // exactly when the running maximum of their ends does.
  let lo = 0;
  let hi = blocked.spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((blocked.spans[mid] as Span).start < end) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found >= 0 && (blocked.maxEnd[found] as number) > start;
}

/** Spans no count may overlap, sorted by start, with the running maximum of their ends. */
interface BlockedSpans {
  readonly spans: readonly Span[];
  readonly maxEnd: readonly number[];
}

function indexBlockedSpans(spans: readonly Span[]): BlockedSpans {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let running = -1;
  for (const span of sorted) {
    running = Math.max(running, span.end);
    maxEnd.push(running);
  }
  return { spans: sorted, maxEnd };
}













function isAfterSubsetCue(text: string, tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (before === undefined || !isAdjacent(text, before, tokens[first] as Token)) return false;
  if (SUBSET_CUE_WORDS.has(before.lower)) return true;
  const beforeThat = tokens[first - 2];
  return (before.lower === 'them' || before.lower === 'whom') && beforeThat !== undefined && SUBSET_CUE_WORDS.has(beforeThat.lower);
}

function nearestEarlierEvent(earlier: readonly QuantityDraft[], sentenceFirst: number): string | null {
  for (let d = earlier.length - 1; d >= 0; d--) {
    const draft = earlier[d] as QuantityDraft;
    if (draft.firstToken < sentenceFirst) break;
    if (draft.quantity.event !== null) return draft.quantity.event;
  }
  return null;
}

/** "freed 123 prisoners and 5 journalists": a number joined by "and"/"," to the one before shares its verb. */
function eventOfCoordinate(tokens: readonly Token[], first: number, earlier: readonly QuantityDraft[]): string | null {
  const previous = earlier[earlier.length - 1];
  const joiner = tokens[first - 1];
  if (previous === undefined || joiner === undefined) return null;
  if (!(joiner.lower === 'and' || joiner.lower === 'or' || joiner.text === ',')) return null;
  if (previous.lastToken !== first - 2) return null;
  return previous.quantity.event;
}

