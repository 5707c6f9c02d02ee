import type { Entity, Sentence } from '../../core/records.js';
import { buildGazetteer, type Gazetteer } from '../gazetteer/index.js';
import { CITY_CLUB_MIN_SCORE, HEADING_TAGGER_MIN_SCORE } from '../settings.js';
import type { Candidate, TagEntities, TaggedSpan } from './candidate.js';
import { detectCapitalMetonymy } from './detect-capital-metonymy.js';
import { findNameCandidates } from './find-name-candidates.js';
import { HONORIFICS, INNER_ROLE_WORDS, NON_NAME_WORDS, ORGANISATION_HEADS, PERSON_ROLE_WORDS } from './name-words.js';
import { resolveEntities, selectCandidates, type ResolvedEntities } from './resolve-entities.js';
import { tokenizeWords } from './tokenize-words.js';

export interface FindEntitiesOptions {
  /** ISO 639-1 language of the text, for country names in that language. */
  readonly language?: string | null;
  /** The statistical tagger; without it only the rules and gazetteers run. */
  readonly tagEntities?: TagEntities | null;
}

/**
 * Finds the persons, organisations and places of a report and groups their mentions into
 * report-level entities with canonical names and stable keys.
 *
 * @example
 * const text = 'Belarusian President Alexander Lukashenko spoke. Lukashenko\'s aides agreed.';
 * findEntities(text, splitSentences(text)).entities.map((e) => e.key);
 * // ['location:belarus', 'person:alexander-lukashenko']
 */
export function findEntities(text: string, sentences: readonly Sentence[], options: FindEntitiesOptions = {}): ResolvedEntities {
  const gazetteer = buildGazetteer(options.language ?? 'en');
  const { candidates, headings } = findNameCandidates(text, sentences, gazetteer);
  const inHeading = (c: { start: number; end: number }): boolean => headings.some((h) => c.start >= h.start && c.end <= h.end);
  const lowerWords = new Set(tokenizeWords(text).map((w) => w.text).filter((w) => w === w.toLowerCase()));
  let pool: Candidate[] = candidates.filter((c) => !isCommonWord(text, c, lowerWords));
  if (options.tagEntities) {
    // In headlines, captions and menus the tagger is trusted only when it is sure (navigation words
    // in Title Case look like names to it).
    const tagged = options.tagEntities(text)
      .filter((t) => (t.score ?? 1) >= HEADING_TAGGER_MIN_SCORE || !inHeading(t))
      .map((t) => convertTagged(text, t, gazetteer))
      .filter((c): c is Candidate => c !== null && !isCommonWord(text, c, lowerWords));
    // With the tagger present, bare name shapes (no title, cue or list behind them) defer to it.
    pool = [...tagged, ...pool.filter((c) => c.rule !== 'entity/name-shape')];
  }
  const first = resolveEntities(text, selectCandidates(pool), gazetteer);
  // Second pass: repeat known person and organisation names wherever no mention covers them yet
  // (headlines and captions, a name the tagger missed the second time).
  const extra = findKnownNames(text, first, pool);
  if (extra.length === 0) return first;
  return resolveEntities(text, selectCandidates([...pool, ...extra]), gazetteer);
}

/** Turns a tagger span into a candidate: roles and possessives stripped, places looked up. */
function convertTagged(text: string, span: TaggedSpan, gazetteer: Gazetteer): Candidate | null {
  const words = tokenizeWords(text, span.start, span.end);
  let first = 0;
  let gender: 'm' | 'f' | undefined;
  let titled = false;
  {
    while (first < words.length - 1) {
      const lower = words[first]!.text.toLowerCase();
      const place = gazetteer.entries.get(words[first]!.text);
      const isHonorific = HONORIFICS.has(lower) || HONORIFICS.has(`${lower}.`);
      if (span.type !== 'PER' && !isHonorific) break;
      if (!(PERSON_ROLE_WORDS.has(lower) || isHonorific || place?.kind === 'demonym' || place?.kind === 'country')) break;
      if (isHonorific) titled = true;
      const g = HONORIFICS.get(lower);
      if (g) gender = g;
      first++;
    }
  }
  if (words.length === 0) return null;
  // A role inside a tagged person ("Nvidia CEO Jen-Hsun Huang"): the name is what follows it.
  if (span.type === 'PER') {
    for (let k = words.length - 2; k > first; k--) {
      if (INNER_ROLE_WORDS.has(words[k]!.text.toLowerCase())) {
        first = k + 1;
        break;
      }
    }
  }
  const start = words[first]!.start;
  const end = words[words.length - 1]!.end;
  const name = text.slice(start, end);
  const place = gazetteer.entries.get(name);
  // A city the tagger is sure is an organisation is a club or company named after it ("Newcastle
  // signed ...", "Surrey closed on 429"); capitals go through the metonymy test below instead.
  const club = place?.kind === 'city' && span.type === 'ORG' && (span.score ?? 0) >= CITY_CLUB_MIN_SCORE;
  if (place && !titled && !club && (span.type === 'LOC' || span.type === 'MISC' || place.kind === 'country' || place.kind === 'demonym')) {
    if (place.kind === 'capital' && first === 0) {
      const all = tokenizeWords(text, Math.max(0, start - 40), Math.min(text.length, end + 40));
      const at = all.findIndex((w) => w.start === start);
      const last = all.findIndex((w) => w.end === end);
      if (at >= 0 && last >= 0 && detectCapitalMetonymy(text, all, at, last)) {
        return { start, end, type: 'organisation', rule: 'entity/capital-metonymy', name, country: place.country, place: place.kind, strong: true };
      }
    }
    const rule = place.kind === 'demonym' ? 'entity/gazetteer-demonym' : place.kind === 'country' ? 'entity/gazetteer-country' : 'entity/gazetteer-city';
    return { start, end, type: 'location', rule, name, country: place.country, place: place.kind, strong: true };
  }
  if (span.type === 'MISC' && !titled) return null;
  // "General Manager A. J. Smith" tagged as an organisation: a title before a name of two or more
  // words makes it a person (an organisation head word at the end keeps it an organisation).
  if (span.type === 'ORG' && words.length - first >= 3 && PERSON_ROLE_WORDS.has(words[first]!.text.toLowerCase()) && !ORGANISATION_HEADS.has(words[words.length - 1]!.text.toLowerCase())) {
    let k = first;
    while (k < words.length - 2 && PERSON_ROLE_WORDS.has(words[k]!.text.toLowerCase())) k++;
    const s2 = words[k]!.start;
    return { start: s2, end, type: 'person', rule: 'entity/tagger', name: text.slice(s2, end), strong: false };
  }
  const type = span.type === 'PER' || titled ? 'person' : span.type === 'ORG' ? 'organisation' : 'location';
  return { start, end, type, rule: 'entity/tagger', name, strong: false, ...(gender ? { gender } : {}) };
}

/** Occurrences of known person and organisation aliases (whole words) not yet covered by a candidate. */
function findKnownNames(text: string, resolved: ResolvedEntities, pool: readonly Candidate[]): Candidate[] {
  // A place inside a longer known name ("Sofia" in "Sofia Petrenko") does not block it.
  const covered = (s: number, e: number): boolean => pool.some((c) => c.start < e && s < c.end && !(c.place !== undefined && c.end - c.start < e - s));
  const typeOf = new Map<string, Entity['type']>();
  for (const entity of resolved.entities) {
    if (entity.type === 'location' || entity.key.startsWith('organisation:government-of-')) continue;
    for (const alias of entity.aliases) if (alias.length >= 3 && /^\p{Lu}/u.test(alias) && !typeOf.has(alias)) typeOf.set(alias, entity.type);
  }
  if (typeOf.size === 0) return [];
  // One pass over the text with every alias, longest first so "Maria Kalesnikava" beats "Maria".
  const escaped = [...typeOf.keys()].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const out: Candidate[] = [];
  for (const m of text.matchAll(pattern)) {
    const s = m.index;
    const e = s + m[0].length;
    if (covered(s, e)) continue;
    out.push({ start: s, end: e, type: typeOf.get(m[0])!, rule: 'entity/known-alias', name: m[0], strong: true });
  }
  return out;
}

/**
 * A one-word name the report also writes in lower case ("Potash is ..." beside "belarusian
 * potash"), or a capitalised function word ("Nine of the ..."), is a common word, not a name.
 */
function isCommonWord(text: string, c: Candidate, lowerWords: ReadonlySet<string>): boolean {
  if (c.place !== undefined || c.strong) return false;
  const name = text.slice(c.start, c.end);
  if (/\s/.test(name)) return false;
  const lower = name.toLowerCase();
  if (NON_NAME_WORDS.has(lower)) return true;
  return lower !== name && lowerWords.has(lower);
}
