/**
 * Turns the head noun of a counted phrase into its singular, so "prisoners" and "prisoner" align.
 */
import { IRREGULAR_PLURALS, PLURAL_WITHOUT_S } from './counted-lexicon.js';

/**
 * Singular of an English plural noun (lower case in, lower case out); other words come back as is.
 *
 * @example
 * singularise('prisoners') // 'prisoner'
 * singularise('people')    // 'person'
 * singularise('casualties') // 'casualty'
 */
export function singularise(word: string): string {
  const irregular = IRREGULAR_PLURALS.get(word);
  if (irregular !== undefined) return irregular;
  if (!looksPlural(word)) return word;
  // "police", "staff", "aircraft": plural without an -s, the same in the singular.
  if (PLURAL_WITHOUT_S.has(word) && !word.endsWith('s')) return word;
  if (/[^aeiou]ies$/u.test(word)) return word.slice(0, -3) + 'y';
  if (/(?:ches|shes|sses|xes|zzes)$/u.test(word)) return word.slice(0, -2);
  if (/oes$/u.test(word) && word.length > 4) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** True for words that read as plural nouns: -s endings (not -ss, -us, -is) and known plurals. */
export function looksPlural(word: string): boolean {
  if (PLURAL_WITHOUT_S.has(word) || IRREGULAR_PLURALS.has(word)) return true;
  if (word.length < 3) return false;
  if (/(?:ss|us|is|'s|’s)$/u.test(word)) return false;
  return /s$/u.test(word);
}
