import type { Entity, EntityType, Mention } from '../../core/records.js';
import type { Gazetteer } from '../gazetteer/index.js';
import type { Candidate } from './candidate.js';
import { inferGender } from './infer-gender.js';
import { foldName, slugifyName } from './slugify-name.js';

/** Report-level entities, their mentions, and what the quotes stage needs to resolve pronouns. */
export interface ResolvedEntities {
  readonly entities: Entity[];
  readonly mentions: Mention[];
  /** Gender of person entities where an honorific gave it away, by entity key. */
  readonly genders: ReadonlyMap<string, 'm' | 'f'>;
}

interface Group {
  key: string;
  type: EntityType;
  /** Folded tokens of the canonical name, for matching shorter forms against it. */
  tokens: string[];
  name: string;
  country?: string;
  members: Candidate[];
}

/** Name precedence when candidates overlap: exact places and metonymy, confident rules, the rest. */
function rank(c: Candidate): number {
  if (c.place !== undefined || c.rule === 'entity/known-alias') return 0;
  if (c.strong) return 1;
  if (c.rule === 'entity/tagger') return 2;
  if (c.type !== null) return 3;
  return 4;
}

/** Keeps the best of overlapping candidates: by rank, then the longer span, then the earlier. */
export function selectCandidates(input: readonly Candidate[]): Candidate[] {
  // A city or capital inside a longer name ("David" in "David Rikl", "Washington" in "MaliVai
  // Washington") is part of that name; alone, a city that is a person's surname here is that person.
  const names = input.filter((c) => (c.type === 'person' || c.type === 'organisation') && c.place === undefined);
  const surnames = new Set(input.filter((c) => c.type === 'person' && nameTokens(c.name).length > 1).map((c) => nameTokens(c.name).at(-1)!));
  const candidates: Candidate[] = [];
  for (const c of input) {
    const town = c.place === 'city' || (c.place === 'capital' && c.type === 'location');
    if (town && names.some((n) => n.start <= c.start && c.end <= n.end && n.end - n.start > c.end - c.start)) continue;
    if (town && c.type === 'location' && surnames.has(nameTokens(c.name).join('-'))) {
      candidates.push({ start: c.start, end: c.end, type: null, rule: 'entity/alias', name: c.name, strong: false });
      continue;
    }
    candidates.push(c);
  }
  const sorted = [...candidates].sort((a, b) => rank(a) - rank(b) || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  // A dropped candidate for the same words may know the gender the kept one lacks.
  const genderBySpan = new Map<string, 'm' | 'f'>();
  for (const c of candidates) if (c.gender) genderBySpan.set(`${c.start}:${c.end}`, c.gender);
  const withGender = kept.map((k) => {
    const g = k.gender ? undefined : genderBySpan.get(`${k.start}:${k.end}`);
    return g ? { ...k, gender: g } : k;
  });
  return withGender.sort((a, b) => a.start - b.start);
}

/** Folded name words, cached: grouping compares every name with every other many times. */
const tokenCache = new Map<string, string[]>();
const TOKEN_CACHE_LIMIT = 20_000;

function nameTokens(name: string): string[] {
  let tokens = tokenCache.get(name);
  if (!tokens) {
    if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
    tokens = foldName(name).split('-').filter((t) => t.length > 0);
    tokenCache.set(name, tokens);
  }
  return tokens;
}

/** Whether `short` names the same person as `full`: its words appear in order, initials allowed, same surname. */
function isShorterFormOf(short: readonly string[], full: readonly string[]): boolean {
  if (short.length === 0 || short.length > full.length) return false;
  if (short.length === 1) return short[0] === full[full.length - 1] || short[0] === full[0];
  if (short[short.length - 1] !== full[full.length - 1]) return false;
  let j = 0;
  for (const t of short) {
    while (j < full.length && !(full[j] === t || (t.length === 1 && full[j]!.startsWith(t)))) j++;
    if (j >= full.length) return false;
    j++;
  }
  return true;
}

/**
 * Groups candidates into report-level entities: one per person (shorter forms, surnames and
 * initials linked to the fullest name seen), per organisation (by folded name), per country
 * (demonyms included), per city, and per government a capital stands for.
 *
 * @example
 * // candidates for "Alexander Lukashenko" and a later bare "Lukashenko" yield one entity
 * // { key: 'person:alexander-lukashenko', name: 'Alexander Lukashenko', aliases: [...] }
 */
export function resolveEntities(text: string, input: readonly Candidate[], gazetteer: Gazetteer): ResolvedEntities {
  let candidates = input;
  const groups = new Map<string, Group>();
  const persons: Group[] = [];
  const assigned = new Map<Candidate, Group>();
  const addTo = (key: string, type: EntityType, name: string, c: Candidate, country?: string): Group => {
    let g = groups.get(key);
    if (!g) {
      g = { key, type, tokens: nameTokens(name), name, members: [], ...(country ? { country } : {}) };
      groups.set(key, g);
    }
    g.members.push(c);
    assigned.set(c, g);
    return g;
  };
  // A one-word tagger guess that repeats a person's surname ("Trump's administration" tagged as an
  // organisation) is that person, whatever type the tagger gave it.
  const fullNames = candidates.filter((c) => c.type === 'person' && nameTokens(c.name).length > 1).map((c) => nameTokens(c.name));
  candidates = candidates.map((c) => {
    if (c.rule !== 'entity/tagger' || c.type === 'person' || c.type === null) return c;
    const tokens = nameTokens(c.name);
    return tokens.length === 1 && fullNames.some((f) => isShorterFormOf(tokens, f)) ? { ...c, type: null } : c;
  });
  for (const c of candidates) {
    if (c.type === 'location') {
      const isCountry = c.place === 'country' || c.place === 'demonym';
      const name = isCountry && c.country ? gazetteer.countryNames.get(c.country) ?? c.name : c.name;
      addTo(`location:${slugifyName(name)}`, 'location', name, c, c.country);
    } else if (c.type === 'organisation' && c.rule === 'entity/capital-metonymy' && c.country) {
      const name = `Government of ${withArticle(gazetteer.countryNames.get(c.country) ?? c.country)}`;
      addTo(`organisation:${slugifyName(name)}`, 'organisation', name, c, c.country);
    }
  }
  // Organisations: longest names first, so "Nobel Committee" and "EU" join "Norwegian Nobel
  // Committee" and "European Union" when the report gives the longer form.
  const orgCandidates = candidates.filter((c) => c.type === 'organisation' && c.rule !== 'entity/capital-metonymy');
  const orgs: Group[] = [];
  for (const c of [...orgCandidates].sort((a, b) => b.name.length - a.name.length || a.start - b.start)) {
    const name = c.name.replace(/^the\s+/i, '');
    const target = orgs.find((g) => isOrganisationShortForm(name, g.name));
    if (target) {
      target.members.push(c);
      assigned.set(c, target);
      continue;
    }
    const g = addTo(`organisation:${slugifyName(name)}`, 'organisation', name, c);
    if (!orgs.includes(g)) orgs.push(g);
  }
  // Persons: fullest names first, so shorter forms find the name they abbreviate.
  const personCandidates = candidates.filter((c) => c.type === 'person');
  const byLength = [...personCandidates].sort((a, b) => nameTokens(b.name).length - nameTokens(a.name).length || a.start - b.start);
  for (const c of byLength) {
    const tokens = nameTokens(c.name);
    if (tokens.length === 0) continue;
    const target = tokens.length > 1 ? persons.find((g) => isShorterFormOf(tokens, g.tokens)) : nearestMatch(persons, tokens, c.start);
    if (target) {
      target.members.push(c);
      assigned.set(c, target);
    } else {
      const g = addTo(`person:${slugifyName(c.name)}`, 'person', c.name, c);
      if (!persons.includes(g)) persons.push(g);
    }
  }
  // Bare capitalised words count only when they repeat a known person or organisation.
  for (const c of candidates) {
    if (c.type !== null) continue;
    const tokens = nameTokens(c.name);
    const person = nearestMatch(persons, tokens, c.start);
    if (person) {
      person.members.push(c);
      assigned.set(c, person);
      continue;
    }
    const org = groups.get(`organisation:${slugifyName(c.name)}`) ?? orgs.find((g) => isOrganisationShortForm(c.name, g.name));
    if (org) {
      org.members.push(c);
      assigned.set(c, org);
    }
  }
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const genders = new Map<string, 'm' | 'f'>();
  const ordered = [...groups.values()].filter((g) => g.members.length > 0);
  for (const g of ordered) g.members.sort((a, b) => a.start - b.start);
  ordered.sort((a, b) => a.members[0]!.start - b.members[0]!.start);
  for (const g of ordered) {
    const aliases = new Set<string>();
    let name = g.name;
    if (g.type === 'person') {
      // The fullest form seen is the canonical name; ties go to the earliest.
      let best = g.members[0]!;
      for (const m of g.members) if (nameTokens(m.name).length > nameTokens(best.name).length) best = m;
      name = best.name;
    }
    aliases.add(name);
    for (const m of g.members) {
      const surface = text.slice(m.start, m.end);
      aliases.add(surface);
      const type = g.type;
      mentions.push({ kind: 'mention', start: m.start, end: m.end, text: surface, type, entity: g.key, rule: m.type === null ? 'entity/alias' : m.rule });
      if (m.gender) genders.set(g.key, m.gender);
    }
    // Without an honorific or cue, a given name found on only one census list gives the gender.
    if (g.type === 'person' && !genders.has(g.key) && name.includes(' ')) {
      const inferred = inferGender(name.split(' ')[0]!);
      if (inferred) genders.set(g.key, inferred);
    }
    entities.push({ kind: 'entity', key: g.key, name, type: g.type, aliases: [...aliases], ...(g.country ? { country: g.country } : {}) });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions, genders };
}

/** The person whose name a one-word form abbreviates, nearest before `at` (else nearest after). */
function nearestMatch(persons: readonly Group[], tokens: readonly string[], at: number): Group | undefined {
  if (tokens.length !== 1) return persons.find((g) => isShorterFormOf(tokens, g.tokens));
  const bySurname = persons.filter((g) => g.tokens.length > 1 && g.tokens[g.tokens.length - 1] === tokens[0]);
  const pool = bySurname.length > 0 ? bySurname : persons.filter((g) => g.tokens[0] === tokens[0] || (g.tokens.length === 1 && g.tokens[0] === tokens[0]));
  if (pool.length <= 1) return pool[0];
  const before = (g: Group): number => Math.max(-1, ...g.members.filter((m) => m.start < at).map((m) => m.start));
  return [...pool].sort((a, b) => before(b) - before(a))[0];
}

/** "United States" -> "the United States"; names that take no article stay as they are. */
function withArticle(country: string): string {
  return /^(?:United|Czech|Dominican|Central African)\b|(?:Republic|Kingdom|Islands|Netherlands|Philippines|Emirates|Bahamas|Gambia)$/.test(country) ? `the ${country}` : country;
}

/** Words an organisation's initials skip ("Organization for Security and Co-operation in Europe" -> OSCE). */
const INITIALS_SKIP: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'de', 'du', 'des', 'la', 'le', 'et', '&']);

/**
 * Whether `short` names the organisation `long` does: its words are the end of the longer name's
 * ("Nobel Committee" of "Norwegian Nobel Committee"), or it is its acronym ("EU", "OSCE").
 */
function isOrganisationShortForm(short: string, long: string): boolean {
  if (short.length >= long.length) return false;
  const s = nameTokens(short);
  const l = nameTokens(long);
  if (s.length >= 2 && s.length < l.length && s.every((t, i) => t === l[l.length - s.length + i])) return true;
  const acronym = short.replace(/\./g, '');
  if (/^\p{Lu}{2,8}$/u.test(acronym)) {
    const initials = long.split(/[\s-]+/).filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('');
    return initials === acronym;
  }
  return false;
}
