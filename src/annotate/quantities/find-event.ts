/**
 * Finds the event verb a number belongs to, in the number's own clause: "freed 123 prisoners",
 * "123 prisoners were released", "the release of 123 prisoners", "(14 freed)".
 */
import {
  AMBIGUOUS_EVENT_WORDS, AUXILIARY_WORDS, BE_WORDS, CLAUSE_BREAK_PUNCT, CLAUSE_BREAK_WORDS, EVENT_LEMMAS, EVENT_NOUNS,
  OBJECT_BREAK_WORDS, PARENTHETICAL_OPENERS, PASSIVE_ONLY_EVENT_WORDS, SUBJECT_ONLY_EVENT_WORDS,
} from './event-lexicon.js';
import {
  MAX_AMBIGUOUS_EVENT_DISTANCE, MAX_EVENT_WORDS_AFTER, MAX_EVENT_WORDS_BEFORE, MAX_PARENTHETICAL_TOKENS,
} from './settings.js';
import type { Token } from './tokens.js';

export interface EventReading {
  readonly lemma: string;
  /** Which side of the number the verb was found on: `after` (subject), `before` (object). */
  readonly rule: 'event-after' | 'event-before' | 'event-modifier';
}

/**
 * Looks for the event of the quantity spanning tokens `first..last` within the sentence's tokens
 * `sentenceFirst..sentenceLast`. The verb right after a subject ("123 were released") wins, then the
 * nearest verb before in the clause ("freed 123"), then a participle on the counted noun, then a
 * verb further on in the clause.
 *
 * @example
 * // "Lukashenko freed 123 prisoners on Saturday"
 * findEvent(tokens, 2, 3, 0, 6, null) // { lemma: 'free', rule: 'event-before' }
 */
export function findEvent(
  tokens: readonly Token[], first: number, last: number, sentenceFirst: number, sentenceLast: number,
  modifierEvent: string | null,
): EventReading | null {
  const right = findEventRightAfter(tokens, last, sentenceLast, isInParenthetical(tokens, first, sentenceFirst));
  if (right) return { lemma: right, rule: 'event-after' };
  const left = findEventBefore(tokens, first, sentenceFirst);
  if (left) return { lemma: left, rule: 'event-before' };
  if (modifierEvent) return { lemma: modifierEvent, rule: 'event-modifier' };
  // "14 deaths", "300 arrests", "dozens of injuries": the counted noun names the event.
  const head = tokens[last];
  const nounEvent = head !== undefined && EVENT_NOUNS.has(head.lower) ? EVENT_LEMMAS.get(head.lower) : undefined;
  if (nounEvent !== undefined) return { lemma: nounEvent, rule: 'event-modifier' };
  const later = findEventLaterInClause(tokens, last, sentenceLast);
  if (later) return { lemma: later, rule: 'event-after' };
  return null;
}

/**
 * "123 were released", "14 freed", "40 are feared dead": only auxiliaries in between. A
 * parenthetical between commas is stepped over ("Five people, including two children, were
 * killed"), as is the comma closing one the number sits in ("including two children, were killed").
 */
function findEventRightAfter(tokens: readonly Token[], last: number, sentenceLast: number, inParenthetical: boolean): string | null {
  let passive = false;
  let limit = last + MAX_EVENT_WORDS_AFTER;
  for (let k = last + 1; k <= sentenceLast && k <= limit; k++) {
    const token = tokens[k] as Token;
    if (token.text === ',' && k === last + 1) {
      const skipped = skipParenthetical(tokens, k, sentenceLast);
      if (skipped !== null) {
        limit += skipped - k;
        k = skipped;
        continue;
      }
      const next = tokens[k + 1];
      if (inParenthetical && next !== undefined && (AUXILIARY_WORDS.has(next.lower) || EVENT_LEMMAS.has(next.lower))) continue;
      return null;
    }
    if (token.kind !== 'word') return null;
    const lemma = eventOf(token);
    if (lemma !== null) {
      if (PASSIVE_ONLY_EVENT_WORDS.has(token.lower) && !passive) return null;
      // "5 free tips" is an adjective; "were set free", "walked free" are the event.
      if (token.lower === 'free' && !/^(?:set|walk|walked|walks|go|went|goes)$/u.test(tokens[k - 1]?.lower ?? '')) return null;
      return lemma;
    }
    // Adverbs sit between auxiliary and participle ("were totally destroyed").
    if (!AUXILIARY_WORDS.has(token.lower) && !/..ly$/u.test(token.lower)) return null;
    if (BE_WORDS.has(token.lower)) passive = true;
  }
  return null;
}

/** True when the number sits in ", including ...": a comma and an opener shortly before it. */
function isInParenthetical(tokens: readonly Token[], first: number, sentenceFirst: number): boolean {
  for (let k = first - 1; k >= sentenceFirst && k >= first - MAX_PARENTHETICAL_TOKENS; k--) {
    const token = tokens[k] as Token;
    if (token.kind === 'punct') return token.text === ',' && PARENTHETICAL_OPENERS.has(tokens[k + 1]?.lower ?? '');
  }
  return false;
}

/** Index of the comma closing ", including ... ," (or ", among them ... ,") opened at `comma`. */
function skipParenthetical(tokens: readonly Token[], comma: number, sentenceLast: number): number | null {
  const opener = tokens[comma + 1]?.lower;
  if (opener === undefined || !PARENTHETICAL_OPENERS.has(opener)) return null;
  for (let k = comma + 2; k <= sentenceLast && k <= comma + MAX_PARENTHETICAL_TOKENS; k++) {
    const token = tokens[k] as Token;
    if (token.text === ',') return k;
    if (token.kind === 'punct' && CLAUSE_BREAK_PUNCT.has(token.text)) return null;
  }
  return null;
}

function findEventBefore(tokens: readonly Token[], first: number, sentenceFirst: number): string | null {
  for (let k = first - 1; k >= sentenceFirst && k >= first - MAX_EVENT_WORDS_BEFORE; k--) {
    const token = tokens[k] as Token;
    if (token.kind === 'punct' && CLAUSE_BREAK_PUNCT.has(token.text)) return null;
    if (token.kind === 'numeral') return null;
    const lemma = eventOf(token);
    if (lemma !== null && !PASSIVE_ONLY_EVENT_WORDS.has(token.lower) && !SUBJECT_ONLY_EVENT_WORDS.has(token.lower)) {
      if (!AMBIGUOUS_EVENT_WORDS.has(token.lower) || isCloseLink(tokens, k, first)) return lemma;
    }
    if (OBJECT_BREAK_WORDS.has(token.lower)) return null;
    if (CLAUSE_BREAK_WORDS.has(token.lower)) return null;
  }
  return null;
}

function findEventLaterInClause(tokens: readonly Token[], last: number, sentenceLast: number): string | null {
  for (let k = last + 1; k <= sentenceLast && k <= last + MAX_EVENT_WORDS_AFTER; k++) {
    const token = tokens[k] as Token;
    if (token.kind === 'punct' && CLAUSE_BREAK_PUNCT.has(token.text)) return null;
    if (token.kind === 'numeral') return null;
    const lemma = eventOf(token);
    if (lemma !== null && !PASSIVE_ONLY_EVENT_WORDS.has(token.lower) && !AMBIGUOUS_EVENT_WORDS.has(token.lower)) return lemma;
    if (CLAUSE_BREAK_WORDS.has(token.lower)) return null;
  }
  return null;
}

/**
 * An ambiguous event word counts before a number only right before it ("to free 123") or linked by
 * "of"/"to" within a few tokens ("the release of 123", "death toll rose to 40").
 */
function isCloseLink(tokens: readonly Token[], word: number, first: number): boolean {
  if (word === first - 1) return true;
  if (first - word > MAX_AMBIGUOUS_EVENT_DISTANCE) return false;
  const link = tokens[first - 1]?.lower;
  return tokens[word + 1]?.lower === 'of' || (link === 'to' || link === 'of' || link === 'at');
}

/**
 * The event lemma of a token. Capitalised ambiguous words inside a sentence are names ("Fitbit
 * Charge 6", "EarFun Free 2"), not events.
 */
function eventOf(token: Token): string | null {
  const lemma = EVENT_LEMMAS.get(token.lower);
  if (lemma === undefined) return null;
  if (AMBIGUOUS_EVENT_WORDS.has(token.lower) && /^\p{Lu}/u.test(token.text)) return null;
  return lemma;
}
