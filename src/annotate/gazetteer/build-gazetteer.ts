import { createRequire } from 'node:module';
import { rawTimeZones } from '@vvo/tzdb';
import { AMBIGUOUS_PLACE_NAMES, COUNTRY_SHORT_FORMS, EXTRA_CAPITALS, EXTRA_DEMONYMS } from './place-data.js';

const require = createRequire(import.meta.url);

/** What a gazetteer name stands for. */
export type PlaceKind = 'country' | 'demonym' | 'capital' | 'city';

export interface PlaceEntry {
  /** The name as matched (case kept). */
  readonly name: string;
  readonly kind: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country the name resolves to. */
  readonly country: string;
}

/** A case-sensitive phrase table: surface form -> entry, with the longest phrase in words. */
export interface Gazetteer {
  readonly entries: ReadonlyMap<string, PlaceEntry>;
  /** Longest entry, in words, so matchers know how far to look ahead. */
  readonly maxWords: number;
  /** English short name of each country by code ("BY" -> "Belarus"). */
  readonly countryNames: ReadonlyMap<string, string>;
}

interface WorldCountry {
  readonly cca2: string;
  readonly independent: boolean | null;
  readonly area: number;
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings: readonly string[];
  readonly capital: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
}

interface IsoCountries {
  registerLocale(data: unknown): void;
  getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
  getNames(lang: string, options: { select: 'official' }): Record<string, string>;
}

/** Precedence when two kinds claim one name: a country name beats a capital, a capital a city. */
const KIND_RANK: Record<PlaceKind, number> = { country: 0, demonym: 1, capital: 2, city: 3 };

const cache = new Map<string, Gazetteer>();

/**
 * Builds (once per language) the place gazetteer: country names in English and in `language`
 * (from i18n-iso-countries), alt spellings, demonyms and capitals (world-countries), main cities
 * (@vvo/tzdb) and the hand-kept gaps in `place-data.ts`.
 *
 * @example
 * buildGazetteer('en').entries.get('Belarusian'); // { name: 'Belarusian', kind: 'demonym', country: 'BY' }
 */
export function buildGazetteer(language: string | null = 'en'): Gazetteer {
  const lang = language && /^[a-z]{2}$/.test(language) ? language : 'en';
  const cached = cache.get(lang);
  if (cached) return cached;
  const entries = new Map<string, PlaceEntry>();
  const countryNames = new Map<string, string>();
  const add = (name: string, kind: PlaceKind, country: string): void => {
    const clean = name.trim();
    if (clean.length < 2 || AMBIGUOUS_PLACE_NAMES.has(clean)) return;
    // Bare two- or three-letter codes match only when listed as short forms ("US", "UK").
    if (/^\p{Lu}{2,3}$/u.test(clean) && kind !== 'country') return;
    const old = entries.get(clean);
    if (old && KIND_RANK[old.kind] <= KIND_RANK[kind]) return;
    entries.set(clean, { name: clean, kind, country });
    // News in English often drops the diacritics of place names ("Zurich" for "Zürich").
    const folded = clean.normalize('NFKD').replace(/\p{M}/gu, '');
    if (folded !== clean && !entries.has(folded) && !AMBIGUOUS_PLACE_NAMES.has(folded)) entries.set(folded, { name: folded, kind, country });
  };
  const world = require('world-countries/countries.json') as WorldCountry[];
  // Larger independent countries first, so a demonym two countries share goes to the larger.
  const ordered = [...world].sort((a, b) => Number(b.independent) - Number(a.independent) || b.area - a.area);
  for (const c of ordered) {
    countryNames.set(c.cca2, c.name.common);
    add(c.name.common, 'country', c.cca2);
    add(c.name.official, 'country', c.cca2);
    for (const alt of c.altSpellings) if (!/^\p{Lu}{2,3}$/u.test(alt)) add(alt, 'country', c.cca2);
    const dem = c.demonyms?.eng;
    if (dem) {
      for (const d of new Set([dem.f, dem.m])) {
        if (!d) continue;
        add(d, 'demonym', c.cca2);
        add(pluraliseDemonym(d), 'demonym', c.cca2);
      }
    }
    if (c.independent) for (const cap of c.capital) add(cap.replace(/,?\s*D\.C\.$/, ''), 'capital', c.cca2);
  }
  const iso = require('i18n-iso-countries') as IsoCountries;
  for (const l of new Set(['en', lang])) {
    try {
      iso.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
    } catch {
      continue; // a language the package lacks: English names only
    }
    for (const [code, names] of Object.entries(iso.getNames(l, { select: 'all' }))) {
      for (const n of names) if (!/^\p{Lu}{2,3}$/u.test(n) || COUNTRY_SHORT_FORMS[n]) add(n, 'country', code);
    }
  }
  for (const [name, code] of Object.entries(COUNTRY_SHORT_FORMS)) add(name, 'country', code);
  for (const [name, code] of Object.entries(EXTRA_DEMONYMS)) add(name, 'demonym', code);
  for (const [name, code] of Object.entries(EXTRA_CAPITALS)) add(name, 'capital', code);
  for (const zone of rawTimeZones) for (const city of zone.mainCities) add(city, 'city', zone.countryCode);
  let maxWords = 1;
  for (const name of entries.keys()) maxWords = Math.max(maxWords, name.split(/\s+/).length);
  const gazetteer: Gazetteer = { entries, maxWords, countryNames };
  cache.set(lang, gazetteer);
  return gazetteer;
}

/** "Belarusian" -> "Belarusians"; "Swiss" and "Chinese" stay as they are. */
function pluraliseDemonym(d: string): string {
  if (/(ss|sh|ch|ese|i)$/.test(d)) return d;
  return `${d}s`;
}
