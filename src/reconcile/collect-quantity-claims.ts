/**
 * Quantity claims: every number a report gives, read into what aligns it across reports (event
 * class, counted head and modifiers, destination, date) and what compares it (bounds).
 */
import type { Quantity, ReportView, Span, Support, TimeExpression } from '../core/records.js';
import type { AccountEntity } from '../core/records.js';
import { boundsOf, type Bounds } from './bounds-of.js';
import { classifyEvent, isKnownEvent, isLightVerb, lemmatiseEventWord } from './classify-event.js';
import { DESTINATION_PREPOSITIONS } from './counted-words.js';
import { dayNumber, type DayInterval } from './day-interval.js';
import { normaliseCounted, type CountedPhrase } from './normalise-counted.js';
import type { ReconcileSettings } from './settings.js';
import { referenceDayOf, resolveTimes } from './resolve-times.js';
import { findSentence, sentenceSupportOf } from './support-of.js';

/** When a claim happened: an explicit date in its sentence, or the days before its report's date. */
export interface ClaimDate {
  readonly interval: DayInterval;
  readonly explicit: boolean;
  /** The time expression giving an explicit date. */
  readonly time: TimeExpression | null;
}

export interface QuantityClaim {
  readonly report: ReportView;
  readonly source: string;
  /** Position in the story: report order then offset, for deterministic tie-breaks. */
  readonly order: number;
  readonly quantity: Quantity;
  readonly eventLemma: string | null;
  readonly eventClass: string | null;
  /** What is counted; null until inherited from context (see `inheritCounted`). */
  readonly counted: CountedPhrase | null;
  /** Destination place naming a part of a whole ("for Lithuania"). */
  readonly qualifier: AccountEntity | null;
  readonly partitive: boolean;
  readonly date: ClaimDate | null;
  readonly bounds: Bounds;
  readonly support: Support;
  /** How the claim was read: `reconcile/quantity` plus the fall-backs used. */
  readonly rules: readonly string[];
}

export interface ClaimContext {
  readonly source: string;
  readonly orderBase: number;
  readonly settings: ReconcileSettings;
  readonly entityOf: (report: string, key: string | null) => AccountEntity | null;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** The figure of the whole inside a share's words: "of the 212" in "140 of the 212 passengers". */
const IMPLIED_WHOLE = /\bof\s+(?:the\s+|its\s+|their\s+|all\s+)?(\d{1,3}(?:,\d{3})+|\d+)(?=\s|$)/u;
/** What links "140" to "the 212 passengers" it is taken from. */
const PARTITIVE_LINK = /^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?$/iu;
/** Clause breaks between a number and a time: comma, semicolon, and coordinating conjunctions. */
const CLAUSE_BREAK = /[,;]|\b(?:and|or|but|while|whereas)\b/giu;
/** Characters one clause break weighs: more than any sentence is long, so breaks count first. */
const CLAUSE_BREAK_WEIGHT = 10_000;

/**
 * Reads every quantity of a report into a claim. Quantities with neither a counted noun nor an
 * event say nothing that can be checked and are left out.
 */
export function collectQuantityClaims(report: ReportView, context: ClaimContext): QuantityClaim[] {
  const { quantities } = report.annotations;
  const claims: QuantityClaim[] = [];
  const dates = attachTimesToQuantities(report, resolveTimes(report));
  quantities.forEach((quantity, index) => {
    if (!Number.isFinite(quantity.value)) return;
    const rules = ['reconcile/quantity'];
    const sentence = findSentence(report, quantity);
    const neighbours = quantities.filter((q, i) => i !== index && q.start >= sentence.start && q.start < sentence.end);
    let counted = normaliseCounted(quantity.counted);
    const given = quantity.event?.trim().toLowerCase() || null;
    let eventLemma = given !== null && (isKnownEvent(given) || !isLightVerb(given)) ? given : null;
    // A bare number ("and 72 stayed aboard") or a light verb: the event word in its own clause.
    if (eventLemma === null && (counted === null || given !== null)) {
      eventLemma = findEventInClause(report.article.text, quantity, sentence.start, sentence.end);
      if (eventLemma !== null) rules.push(given === null ? 'reconcile/event-from-clause' : 'reconcile/event-behind-light-verb');
    }
    if (counted === null) {
      // Ellipsis: "120 inmates were pardoned in January and 85 in March" counts inmates, pardoned.
      const before = neighbours.filter((q) => q.start < quantity.start && q.counted !== null).at(-1);
      // "140 of the 212 passengers": the number after "of" says what is counted.
      const after = neighbours.find(
        (q) => q.start > quantity.start && q.counted !== null && PARTITIVE_LINK.test(report.article.text.slice(quantity.end, q.start)),
      );
      const from = before ?? after;
      if (from !== undefined) {
        counted = normaliseCounted(from.counted);
        if (eventLemma === null && before !== undefined && from.event !== null && !isLightVerb(from.event)) eventLemma = from.event.toLowerCase();
        rules.push('reconcile/counted-from-sentence');
      }
    }
    if (eventLemma === null && given !== null) eventLemma = given;
    if (counted === null && eventLemma === null) return;
    const time = dates.get(index) ?? null;
    const date = time === null ? recentDate(report, context.settings.recentEventDays) : explicitDate(time);
    const whole = impliedWhole(quantity);
    if (whole !== null && counted !== null) {
      claims.push({
        report,
        source: context.source,
        order: context.orderBase + whole.start,
        quantity: whole,
        eventLemma: null,
        eventClass: null,
        counted,
        qualifier: null,
        partitive: false,
        date,
        bounds: { low: whole.value, high: whole.value },
        support: sentenceSupportOf(report, quantity),
        rules: [...rules, 'reconcile/partitive-whole'],
      });
    }
    claims.push({
      report,
      source: context.source,
      order: context.orderBase + quantity.start,
      quantity,
      eventLemma,
      eventClass: classifyEvent(eventLemma),
      counted,
      qualifier: findDestination(report, quantity, index, sentence.end, context),
      partitive: quantity.partitive,
      date,
      bounds: boundsOf(quantity, context.settings.approximateTolerance),
      support: sentenceSupportOf(report, quantity),
      rules,
    });
  });
  return claims;
}

/**
 * The whole a share names ("140 of the 212 passengers" names 212 passengers), as a quantity of its
 * own with exact offsets, or null. Its event is left unknown: the 212 were not all lifted off.
 */
function impliedWhole(quantity: Quantity): Quantity | null {
  if (!quantity.partitive) return null;
  const match = IMPLIED_WHOLE.exec(quantity.text);
  if (match === null || match.index === undefined) return null;
  const digits = match[1]!;
  const value = Number(digits.replace(/,/gu, ''));
  if (!Number.isFinite(value) || value <= quantity.value) return null;
  const start = quantity.start + match.index + match[0].length - digits.length;
  return {
    ...quantity,
    start,
    end: start + digits.length,
    text: digits,
    value,
    low: value,
    high: value,
    hedge: 'exact',
    event: null,
    partitive: false,
    rule: 'reconcile/partitive-whole',
  };
}

/**
 * The event word of the lexicon nearest to a number within its own clause ("(14 freed)", "72
 * stayed aboard", "ordered the release of 123"), or null when its clause has none.
 */
function findEventInClause(text: string, quantity: Quantity, sentenceStart: number, sentenceEnd: number): string | null {
  let best: { lemma: string; distance: number } | null = null;
  for (const match of text.slice(sentenceStart, sentenceEnd).matchAll(WORD)) {
    const start = sentenceStart + match.index;
    const end = start + match[0].length;
    if (start < quantity.end && end > quantity.start) continue;
    const lemma = lemmatiseEventWord(match[0]);
    if (lemma === null) continue;
    const distance = clauseDistance(text, quantity, { start, end });
    if (distance >= CLAUSE_BREAK_WEIGHT) continue;
    if (best === null || distance < best.distance) best = { lemma, distance };
  }
  return best?.lemma ?? null;
}

/**
 * Dates of the numbers in each sentence: every dated time expression (`on`, day, month or year)
 * goes to the nearest quantity of its sentence, and a quantity takes the nearest time it was given
 * ("in June (14 freed) and September (51 freed)": June to 14, September to 51).
 */
export function attachTimesToQuantities(report: ReportView, times: readonly TimeExpression[]): Map<number, TimeExpression> {
  const { quantities } = report.annotations;
  const claimed = new Map<number, { time: TimeExpression; distance: number }>();
  for (const time of times) {
    if (time.type !== 'date' || time.relation !== 'on' || dayNumber(time.startDate) === null) continue;
    const sentence = findSentence(report, time);
    let best: { index: number; distance: number } | null = null;
    quantities.forEach((q, index) => {
      if (q.start < sentence.start || q.start >= sentence.end) return;
      if (q.start < time.end && time.start < q.end) return; // "2025" inside a number's own span
      const distance = clauseDistance(report.article.text, q, time);
      if (best === null || distance < best.distance) best = { index, distance };
    });
    if (best === null) continue;
    const { index, distance } = best;
    const seen = claimed.get(index);
    if (seen === undefined || distance < seen.distance) claimed.set(index, { time, distance });
  }
  return new Map([...claimed].map(([index, { time }]) => [index, time]));
}

/**
 * How far apart a number and a time are: clause breaks between them first (a comma, semicolon or
 * coordinating conjunction: "in January and 85 in March" puts March with 85, not January), then
 * characters.
 */
function clauseDistance(text: string, a: Span, b: Span): number {
  const [left, right] = a.start <= b.start ? [a, b] : [b, a];
  const gap = text.slice(Math.min(left.end, right.start), right.start);
  const breaks = gap.match(CLAUSE_BREAK)?.length ?? 0;
  return breaks * CLAUSE_BREAK_WEIGHT + gap.length;
}

function explicitDate(time: TimeExpression): ClaimDate {
  const start = dayNumber(time.startDate)!;
  const end = dayNumber(time.endDate) ?? start;
  return { interval: { start, end: Math.max(start, end) }, explicit: true, time };
}

/** An undated claim is news of the days before its report was published (or its reference day). */
function recentDate(report: ReportView, recentDays: number): ClaimDate | null {
  const published = referenceDayOf(report);
  if (published === null) return null;
  return { interval: { start: published - recentDays, end: published }, explicit: false, time: null };
}

/**
 * The destination that makes a number a part of a whole: a place named right after a destination
 * preposition ("for Lithuania", "to Ukraine") within a few words after the number, before the
 * next number or the end of the clause.
 */
function findDestination(
  report: ReportView,
  quantity: Quantity,
  index: number,
  sentenceEnd: number,
  context: ClaimContext,
): AccountEntity | null {
  const text = report.article.text;
  const from = Math.max(quantity.end, quantity.countedSpan?.end ?? 0);
  const next = report.annotations.quantities[index + 1];
  let limit = Math.min(sentenceEnd, next !== undefined && next.start >= from ? next.start : sentenceEnd);
  const semicolon = text.slice(from, limit).search(/[;:]/u);
  if (semicolon >= 0) limit = from + semicolon;
  const words = [...text.slice(from, limit).matchAll(WORD)].slice(0, context.settings.qualifierWindowWords + 1);
  const windowEnd = from + (words.length > 0 ? words[words.length - 1]!.index + words[words.length - 1]![0].length : 0);
  for (const mention of report.annotations.mentions) {
    if (mention.type !== 'location' || mention.start < from || mention.start >= windowEnd) continue;
    const before = /([\p{L}]+)\s+(?:the\s+)?$/u.exec(text.slice(from, mention.start));
    if (before === null || !DESTINATION_PREPOSITIONS.has(before[1]!.toLowerCase())) continue;
    const entity = context.entityOf(report.id, mention.entity);
    if (entity !== null) return entity;
  }
  return null;
}
