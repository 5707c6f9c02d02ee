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
