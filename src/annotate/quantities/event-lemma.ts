/**
 * The event lemma of a word, shared so other annotators can name events the way quantities do.
 */
import { EVENT_LEMMAS } from './event-lexicon.js';

/**
 * The normalised event lemma of a verb or event noun (lower-cased first), or null when the word
 * names no event this stage knows.
 *
 * @example
 * eventLemmaOf('released') // 'free'
 * eventLemmaOf('jailed')   // 'detain'
 * eventLemmaOf('said')     // null
 */
export function eventLemmaOf(word: string): string | null {
  return EVENT_LEMMAS.get(word.toLowerCase()) ?? null;
}
