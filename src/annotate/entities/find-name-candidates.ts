import type { Sentence } from '../../core/records.js';
import type { Gazetteer, PlaceEntry } from '../gazetteer/index.js';
import { HEADING_CAPITALISED_SHARE, HEADING_MIN_LONG_WORD_LETTERS, MAX_PERSON_NAME_WORDS } from '../settings.js';
import type { Candidate } from './candidate.js';
import { detectCapitalMetonymy } from './detect-capital-metonymy.js';
import {
  GENDERED_CUE_NOUNS, HONORIFICS, KNOWN_ORGANISATIONS, NAME_CONNECTORS, NON_NAME_WORDS, ORGANISATION_CUE_NOUNS,
  ORGANISATION_HEADS, OTHER_NAME_HEADS, PERSON_AFTER_CUES, PERSON_CUE_NOUNS, PERSON_ROLE_WORDS,
} from './name-words.js';
import { tokenizeWords, type Word } from './tokenize-words.js';

/** Candidates found by rule, and the sentences that read as headings (title case). */
export interface NameCandidates {
  readonly candidates: Candidate[];
  /** Title-case sentences (headlines, captions, menus): only known names are taken from them. */
  readonly headings: Sentence[];
}

const SPACE_ONLY = /^[ \t\u00a0]+$/;

/**
 * Finds entity candidates by rule, sentence by sentence: places from the gazetteer (with
 * capital-for-government metonymy), organisations by head word, cue noun or known name, persons
 * by title, honorific, cue noun or the shape of a two-to-four-word capitalised name, and single
 * capitalised words left for linking to names seen elsewhere.
 */
export function findNameCandidates(text: string, sentences: readonly Sentence[], gazetteer: Gazetteer): NameCandidates {
  const candidates: Candidate[] = [];
  const headings: Sentence[] = [];
  for (const sentence of sentences) {
    const words = tokenizeWords(text, sentence.start, sentence.end);
    if (isHeadingLike(text, sentence, words)) {
      headings.push(sentence);
      candidates.push(...findPlaces(text, words, 0, words.length - 1, gazetteer));
      continue;
    }
    for (const [first, last] of findCapitalisedRuns(text, words)) {
      candidates.push(...classifyRun(text, words, first, last, gazetteer));
    }
  }
  return { candidates, headings };
}

function isCapitalised(word: string): boolean {
  return /^[\p{Lu}\p{Lt}]/u.test(word);
}

/** A headline or caption line: every long word capitalised and no full stop at the end. */
function isHeadingLike(text: string, sentence: Sentence, words: readonly Word[]): boolean {
  if (/[.!?]["”’»)]*$/.test(text.slice(sentence.start, sentence.end))) return false;
  const long = words.filter((w) => /^\p{L}/u.test(w.text) && w.text.length >= HEADING_MIN_LONG_WORD_LETTERS);
  if (long.length < 2) return false;
  return long.filter((w) => isCapitalised(w.text)).length / long.length >= HEADING_CAPITALISED_SHARE;
}

/** Maximal runs of capitalised words (connectors allowed inside), unbroken by punctuation. */
function findCapitalisedRuns(text: string, words: readonly Word[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < words.length) {
    if (!isCapitalised(words[i]!.text)) {
      i++;
      continue;
    }
    let last = i;
    let j = i;
    // Initials keep a name together across their dot: "Jonas K. Peterson".
    const continues = (k: number): boolean => SPACE_ONLY.test(text.slice(words[k]!.end, words[k + 1]!.start)) || (/^\p{Lu}$/u.test(words[k]!.text) && /^\.[ \t\u00a0]+$/.test(text.slice(words[k]!.end, words[k + 1]!.start)));
    while (!words[j]!.possessive && j + 1 < words.length && continues(j)) {
      const next = words[j + 1]!;
      if (isCapitalised(next.text)) {
        j++;
        last = j;
      } else if (NAME_CONNECTORS.has(next.text)) {
        // One or two connectors ("of", "of the") between capitalised words stay inside the name.
        let k = j + 2;
        if (k < words.length && NAME_CONNECTORS.has(words[k]!.text) && continues(j + 1)) k++;
        if (k < words.length && isCapitalised(words[k]!.text) && continues(k - 1)) j = k - 1;
        else break;
      } else break;
    }
    runs.push([i, last]);
    i = last + 1;
  }
  return runs;
}

/** The lower-case word right before word `i`, with nothing but spaces between ("the group Viasna", not "the team, General"). */
function lowerBefore(words: readonly Word[], i: number, text?: string): string | null {
  const w = words[i - 1];
  if (!w || isCapitalised(w.text)) return null;
  if (text !== undefined && !SPACE_ONLY.test(text.slice(w.end, words[i]!.start))) return null;
  return w.text.toLowerCase();
}

function lowerAfter(words: readonly Word[], last: number, text?: string): string | null {
  const w = words[last + 1];
  if (!w || isCapitalised(w.text)) return null;
  if (text !== undefined && !SPACE_ONLY.test(text.slice(words[last]!.end, w.start))) return null;
  return w.text.toLowerCase();
}

function spanText(text: string, words: readonly Word[], first: number, last: number): string {
  return text.slice(words[first]!.start, words[last]!.end);
}

/** Longest gazetteer match starting at word `i` and ending by `limit`, as [entry, last word]. */
function matchPlace(text: string, words: readonly Word[], i: number, limit: number, gazetteer: Gazetteer): [PlaceEntry, number] | null {
  for (let n = Math.min(gazetteer.maxWords, limit - i + 1); n >= 1; n--) {
    const last = i + n - 1;
    const entry = gazetteer.entries.get(spanText(text, words, i, last));
    if (entry) return [entry, last];
  }
  return null;
}

/** Every gazetteer place in words `first..last`, capitals checked for metonymy. */
function findPlaces(text: string, words: readonly Word[], first: number, last: number, gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (let i = first; i <= last; i++) {
    if (!isCapitalised(words[i]!.text)) continue;
    const hit = matchPlace(text, words, i, last, gazetteer);
    if (!hit) continue;
    const [entry, end] = hit;
    out.push(placeCandidate(text, words, i, end, entry));
    i = end;
  }
  return out;
}

function placeCandidate(text: string, words: readonly Word[], i: number, end: number, entry: PlaceEntry): Candidate {
  const span = { start: words[i]!.start, end: words[end]!.end };
  if (entry.kind === 'capital' && detectCapitalMetonymy(text, words, i, end)) {
    return { ...span, type: 'organisation', rule: 'entity/capital-metonymy', name: entry.name, country: entry.country, place: entry.kind, strong: true };
  }
  const rule = entry.kind === 'demonym' ? 'entity/gazetteer-demonym' : entry.kind === 'country' ? 'entity/gazetteer-country' : 'entity/gazetteer-city';
  return { ...span, type: 'location', rule, name: entry.name, country: entry.country, place: entry.kind, strong: true };
}

/** Decides what a capitalised run names, emitting the places inside it too. */
function classifyRun(text: string, words: readonly Word[], first: number, last: number, gazetteer: Gazetteer): Candidate[] {
  // Leading sentence openers and function words are not part of a name ("The", "Among").
  while (first <= last && NON_NAME_WORDS.has(words[first]!.text.toLowerCase()) && !HONORIFICS.has(words[first]!.text.toLowerCase())) first++;
  while (last >= first && NAME_CONNECTORS.has(words[last]!.text)) last--;
  if (first > last) return [];
  const whole = spanText(text, words, first, last);
  const exact = gazetteer.entries.get(whole);
  if (exact) return [placeCandidate(text, words, first, last, exact)];
  const lastWord = words[last]!.text.toLowerCase();
  const before = lowerBefore(words, first, text);
  const count = last - first + 1;
  // "Ministry of Defence", "International Committee of the Red Cross": a head word before "of"/"for".
  const headBeforeOf = words.slice(first, last).some((w, k) => ORGANISATION_HEADS.has(w.text.toLowerCase()) && /^(?:of|for)$/.test(words[first + k + 1]!.text));
  if (ORGANISATION_HEADS.has(lastWord) || headBeforeOf || (count === 1 && KNOWN_ORGANISATIONS.has(words[first]!.text)) || (before !== null && ORGANISATION_CUE_NOUNS.has(before))) {
    if (!(count === 1 && ORGANISATION_HEADS.has(lastWord) && NON_NAME_WORDS.has(lastWord))) {
      return [{ start: words[first]!.start, end: words[last]!.end, type: 'organisation', rule: count === 1 && KNOWN_ORGANISATIONS.has(whole) ? 'entity/known-organisation' : before !== null && ORGANISATION_CUE_NOUNS.has(before) ? 'entity/organisation-cue' : 'entity/organisation-head', name: whole, strong: true }];
    }
  }
  if (count === 1 && /^\p{Lu}{2,6}$/u.test(whole) && !NON_NAME_WORDS.has(lastWord)) {
    return [{ start: words[first]!.start, end: words[last]!.end, type: 'organisation', rule: 'entity/acronym', name: whole, strong: false }];
  }
  if (OTHER_NAME_HEADS.has(lastWord)) return findPlaces(text, words, first, last, gazetteer);
  return classifyPersonRun(text, words, first, last, gazetteer);
}

/** Strips roles, honorifics and leading places off a run and decides whether the rest is a person. */
function classifyPersonRun(text: string, words: readonly Word[], first: number, last: number, gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  let gender: 'm' | 'f' | undefined;
  let titled = false;
  let i = first;
  while (i <= last) {
    const lower = words[i]!.text.toLowerCase();
    const hit = matchPlace(text, words, i, last, gazetteer);
    if (hit && hit[1] < last && isRoleOrPlace(text, words, hit[1] + 1, last, gazetteer)) {
      out.push(placeCandidate(text, words, i, hit[1], hit[0]));
      i = hit[1] + 1;
      continue;
    }
    if (PERSON_ROLE_WORDS.has(lower) || HONORIFICS.has(lower) || (lower === 'of' && titled)) {
      const g = HONORIFICS.get(lower);
      if (g) gender = g;
      // "and" joins two roles ("Chairman and Chief Editor") but is no title itself.
      if (lower !== 'and') titled = true;
      i++;
      continue;
    }
    break;
  }
  // A run that is all places ("Vilnius Lithuania" would be odd) or all roles leaves nothing.
  if (i > last) return out;
  const rest = spanText(text, words, i, last);
  const place = gazetteer.entries.get(rest);
  if (place) return [...out, placeCandidate(text, words, i, last, place)];
  const count = last - i + 1;
  const span = { start: words[i]!.start, end: words[last]!.end };
  const before = lowerBefore(words, i, text);
  const after = lowerAfter(words, last, text);
  // "her brother Piotr", "the spokeswoman Ann Lee": the cue noun or role word gives the gender.
  gender ??= GENDERED_CUE_NOUNS.get(before ?? '') ?? GENDERED_CUE_NOUNS.get(words[i - 1]?.text.toLowerCase() ?? '');
  const base = { ...span, name: rest, ...(gender ? { gender } : {}) };
  // "of", "for", "and", "the" join places and titles, never a person's given name to a surname.
  if (count > MAX_PERSON_NAME_WORDS || words.slice(i, last + 1).some((w) => /^(?:of|for|and|the)$/.test(w.text))) {
    return [...out, ...findPlaces(text, words, i, last, gazetteer)];
  }
  if (titled) return [...out, { ...base, type: 'person', rule: 'entity/title-name', strong: true }];
  if (before !== null && PERSON_CUE_NOUNS.has(before)) return [...out, { ...base, type: 'person', rule: 'entity/person-cue', strong: true }];
  if (count === 1 && after !== null && PERSON_AFTER_CUES.has(after)) return [...out, { ...base, type: 'person', rule: 'entity/person-cue', strong: true }];
  if (count >= 2) return [...out, { ...base, type: 'person', rule: 'entity/name-shape', strong: false }];
  return [...out, { ...base, type: null, rule: 'entity/alias', strong: false }];
}

/** Whether word `i` is a role, honorific or place, so a place before it is not a first name ("Jordan Bardella"). */
function isRoleOrPlace(text: string, words: readonly Word[], i: number, last: number, gazetteer: Gazetteer): boolean {
  const lower = words[i]!.text.toLowerCase();
  return PERSON_ROLE_WORDS.has(lower) || HONORIFICS.has(lower) || matchPlace(text, words, i, last, gazetteer) !== null;
}
