/**
 * Counted noun phrases, reduced to what aligns them: a singular head noun and the modifiers that
 * narrow it.
 *
 * The alignment rule (documented in README.md): two counted phrases count the same thing when
 * their heads are equal and one's narrowing modifiers are a subset of the other's ("prisoners"
 * and "political prisoners" align; "political prisoners" and "foreign prisoners" do not).
 * Determiners, vague quantifiers and event participles ("released prisoners") do not narrow.
 */
import { HEAD_SYNONYMS, IRREGULAR_PLURALS, NEUTRAL_MODIFIERS, UNCHANGING_S_NOUNS } from './counted-words.js';
import { lemmatiseEventWord } from './classify-event.js';

/** Words in -man/-men that are not compounds of "man" (humans, Germans, specimens, omens). */
const MAN_EXCEPTIONS = /^(?:hu|ger|ro|ota|talis|shama|cay|specimen|ome|abdome|regime|stamen|lumen|ame|sema)/u;

export interface CountedPhrase {
  /** Singular head noun, lower case, near-synonyms merged ("detainee" -> "prisoner"). */
  readonly head: string;
  /** Narrowing modifiers, lower case, sorted ("political"). */
  readonly modifiers: readonly string[];
  /** The phrase as written for display, lower case, singular ("political prisoner"). */
  readonly label: string;
}

/**
 * Singular form of an English noun by the regular rules and the irregular table.
 *
 * @example
 * singularise('prisoners') // 'prisoner'
 */
export function singularise(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_PLURALS[lower];
  if (irregular !== undefined) return irregular;
  if (UNCHANGING_S_NOUNS.has(lower) || lower.length <= 3) return lower;
  if (/men$/u.test(lower) && !MAN_EXCEPTIONS.test(lower)) return `${lower.slice(0, -3)}man`;
  if (/ies$/u.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/(ss|x|ch|sh|zz)es$/u.test(lower)) return lower.slice(0, -2);
  if (/ss$|us$|is$/u.test(lower)) return lower;
  if (/s$/u.test(lower)) return lower.slice(0, -1);
  return lower;
}

/** Plural form of a singular English noun, for writing facts ("prisoner" -> "prisoners"). */
export function pluralise(word: string): string {
  for (const [plural, singular] of Object.entries(IRREGULAR_PLURALS)) if (singular === word) return plural;
  if (UNCHANGING_S_NOUNS.has(word)) return word;
  if (/man$/u.test(word) && !MAN_EXCEPTIONS.test(word)) return `${word.slice(0, -3)}men`;
  if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|ch|sh|z)$/u.test(word)) return `${word}es`;
  return `${word}s`;
}

/**
 * Reads a counted phrase ("political prisoner", "the released prisoners", "members of
 * parliament") into head and narrowing modifiers. Returns null for an empty phrase.
 *
 * @example
 * normaliseCounted('Political Prisoners') // { head: 'prisoner', modifiers: ['political'], label: 'political prisoner' }
 */
export function normaliseCounted(phrase: string | null): CountedPhrase | null {
  if (phrase === null) return null;
  const lower = phrase.toLowerCase().replace(/[’']s\b/gu, '');
  // "members of parliament": the head is before "of"; what follows narrows it.
  const [core = '', tail = ''] = lower.split(/\s+of\s+/u, 2);
  const words = core.split(/[^\p{L}\p{N}-]+/u).filter((w) => w !== '');
  const last = words.pop();
  if (last === undefined) return null;
  const written = singularise(last);
  const head = HEAD_SYNONYMS[written] ?? written;
  const tailWords = tail.split(/[^\p{L}\p{N}-]+/u).filter((w) => w !== '');
  const kept = words.filter((w) => !NEUTRAL_MODIFIERS.has(w) && lemmatiseEventWord(w) === null && !/^\d/u.test(w));
  const modifiers = [...new Set([...kept, ...tailWords.filter((w) => !NEUTRAL_MODIFIERS.has(w))])].sort();
  const label = [...kept, written].join(' ') + (tailWords.length > 0 ? ` of ${tailWords.join(' ')}` : '');
  return { head, modifiers, label };
}

/** True when one phrase's narrowing modifiers are all among the other's (see the module rule). */
export function areModifiersCompatible(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((m) => large.includes(m));
}
