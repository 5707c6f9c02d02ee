/**
 * Finds the event verb a number belongs to, in the number's own clause: "freed 123 prisoners",
 * "123 prisoners were released", "the release of 123 prisoners", "(14 freed)".
 */
import {
  AUXILIARY_WORDS, BE_WORDS, CLAUSE_BREAK_PUNCT, CLAUSE_BREAK_WORDS, EVENT_LEMMAS, PASSIVE_ONLY_EVENT_WORDS,
} from './event-lexicon.js';
import { MAX_EVENT_WORDS_AFTER, MAX_EVENT_WORDS_BEFORE } from './settings.js';
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
  const right = findEventRightAfter(tokens, last, sentenceLast);
  if (right) return { lemma: right, rule: 'event-after' };
  const left = findEventBefore(tokens, first, sentenceFirst);
  if (left) return { lemma: left, rule: 'event-before' };
  if (modifierEvent) return { lemma: modifierEvent, rule: 'event-modifier' };
  const later = findEventLaterInClause(tokens, last, sentenceLast);
  if (later) return { lemma: later, rule: 'event-after' };
  return null;
}

/** "123 were released", "14 freed", "40 are feared dead": only auxiliaries in between. */
function findEventRightAfter(tokens: readonly Token[], last: number, sentenceLast: number): string | null {
  let passive = false;
  for (let k = last + 1; k <= sentenceLast && k <= last + MAX_EVENT_WORDS_AFTER; k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word') return null;
    const lemma = EVENT_LEMMAS.get(token.lower);
    if (lemma !== undefined) return !PASSIVE_ONLY_EVENT_WORDS.has(token.lower) || passive ? lemma : null;
    if (!AUXILIARY_WORDS.has(token.lower)) return null;
    if (BE_WORDS.has(token.lower)) passive = true;
  }
  return null;
}

function findEventBefore(tokens: readonly Token[], first: number, sentenceFirst: number): string | null {
  for (let k = first - 1; k >= sentenceFirst && k >= first - MAX_EVENT_WORDS_BEFORE; k--) {
    const token = tokens[k] as Token;
    if (token.kind === 'punct' && CLAUSE_BREAK_PUNCT.has(token.text)) return null;
    if (token.kind === 'numeral') return null;
    const lemma = EVENT_LEMMAS.get(token.lower);
    if (lemma !== undefined && !PASSIVE_ONLY_EVENT_WORDS.has(token.lower)) return lemma;
    if (CLAUSE_BREAK_WORDS.has(token.lower)) return null;
  }
  return null;
}

function findEventLaterInClause(tokens: readonly Token[], last: number, sentenceLast: number): string | null {
  for (let k = last + 1; k <= sentenceLast && k <= last + MAX_EVENT_WORDS_AFTER; k++) {
    const token = tokens[k] as Token;
    if (token.kind === 'punct' && CLAUSE_BREAK_PUNCT.has(token.text)) return null;
    if (token.kind === 'numeral') return null;
    const lemma = EVENT_LEMMAS.get(token.lower);
    if (lemma !== undefined && !PASSIVE_ONLY_EVENT_WORDS.has(token.lower)) return lemma;
    if (CLAUSE_BREAK_WORDS.has(token.lower)) return null;
  }
  return null;
}
