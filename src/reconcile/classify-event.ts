/**
 * Event classes: "free" and "release" report the same happening, so claims about them align.
 */
import { EVENT_CLASSES, EVENT_FORMS, LIGHT_VERBS, PARTICIPLES, PAST_TENSES } from './event-lexicon.js';

const CLASS_OF_LEMMA = new Map<string, string>();
for (const [name, lemmas] of Object.entries(EVENT_CLASSES)) {
  for (const lemma of lemmas) if (!CLASS_OF_LEMMA.has(lemma)) CLASS_OF_LEMMA.set(lemma, name);
}
const LEMMA_OF_FORM = new Map<string, string>();
for (const [lemma, forms] of Object.entries(EVENT_FORMS)) {
  for (const form of forms) if (!LEMMA_OF_FORM.has(form)) LEMMA_OF_FORM.set(form, lemma);
}

/**
 * The class of an event lemma: its class name from the lexicon, or the lemma itself when the
 * lexicon does not know it (an unknown verb is its own class), or null for no event.
 *
 * @example
 * classifyEvent('release') // 'free'
 */
export function classifyEvent(lemma: string | null): string | null {
  if (lemma === null) return null;
  const key = lemma.trim().toLowerCase();
  if (key === '') return null;
  return CLASS_OF_LEMMA.get(key) ?? CLASS_OF_LEMMA.get(LEMMA_OF_FORM.get(key) ?? '') ?? key;
}

/** The lemma of an inflected event word ("freed" -> "free"), or null when it is not one. */
export function lemmatiseEventWord(word: string): string | null {
  return LEMMA_OF_FORM.get(word.toLowerCase()) ?? null;
}

/** The past participle used to write a fact ("free" -> "freed", "take" -> "taken"). */
export function participleOf(lemma: string): string {
  return PARTICIPLES[lemma] ?? regularPast(lemma);
}

/** The simple past of a lemma ("take" -> "took", "free" -> "freed"). */
export function pastTenseOf(lemma: string): string {
  return PAST_TENSES[lemma] ?? (PARTICIPLES[lemma] !== undefined && !/n$/u.test(PARTICIPLES[lemma]) ? PARTICIPLES[lemma] : regularPast(lemma));
}

function regularPast(lemma: string): string {
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/u.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  return `${lemma}ed`;
}

/** True for verbs that hand their event to a neighbouring word ("ordered the release"). */
export function isLightVerb(lemma: string): boolean {
  return LIGHT_VERBS.has(lemma.toLowerCase());
}

/** True when the lemma belongs to a class of the event lexicon. */
export function isKnownEvent(lemma: string): boolean {
  return CLASS_OF_LEMMA.has(lemma.toLowerCase());
}
