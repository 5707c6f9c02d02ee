import type { Word } from './tokenize-words.js';
import { AGENT_VERB_WORDS, LOCATIVE_WORDS } from './name-words.js';

/**
 * Whether the capital at `words[i]` stands for its government, as in "Kyiv confirmed", "accused
 * by Minsk", "Minsk's push", "leading Washington to lift sanctions". A capital after a locative
 * ("in Minsk", "arrived in Vilnius") is the place.
 */
export function detectCapitalMetonymy(text: string, words: readonly Word[], i: number, last: number): boolean {
  const word = words[i]!;
  const prev = i > 0 ? words[i - 1] : undefined;
  const prevAdjacent = prev !== undefined && /^[ \t\u00a0]+$/.test(text.slice(prev.end, word.start));
  if (prevAdjacent && LOCATIVE_WORDS.has(prev.text.toLowerCase())) return false;
  if (word.possessive) return true;
  if (prevAdjacent && prev.text.toLowerCase() === 'by') return true;
  const next = words[last + 1];
  if (!next || !/^[ \t\u00a0]+$/.test(text.slice(words[last]!.end, next.start))) return false;
  const lower = next.text;
  if (lower !== lower.toLowerCase()) return false;
  if (AGENT_VERB_WORDS.has(lower)) return true;
  if (lower === 'to') {
    const after = words[last + 2];
    return after !== undefined && after.text === after.text.toLowerCase() && !/^\d/.test(after.text);
  }
  return /^\p{Ll}{3,}(?:ed|ing)$/u.test(lower);
}
