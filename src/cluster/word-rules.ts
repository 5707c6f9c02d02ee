import { createRequire } from 'node:module';
import { stemmer as porter } from 'stemmer';
import { CAPITALISED_NON_NAMES, STOPWORDS } from './stopwords.js';

/**
 * How the words of one language become terms: which are stopwords, what a word's stem is, and
 * whether a capital mid-sentence marks a name.
 */
export interface WordRules {
  /** ISO 639-1 code of the language these rules read ('en' also for unknown languages). */
  readonly language: string;
  isStopword(lower: string): boolean;
  stem(lower: string): string;
  /** A lower-cased word written with a capital for what it is, not as a name ("monday", "president"). */
  isCapitalisedNonName(lower: string): boolean;
}

/**
 * English: Porter stems and the project's own stopword list (function words, reporting verbs,
 * calendar words); the rules every report was read by before languages were told apart, and the
 * ones a report of unknown or unsupported language is read by still.
 */
export const ENGLISH_RULES: WordRules = {
  language: 'en',
  isStopword: (lower) => STOPWORDS.has(lower),
  stem: porter,
  isCapitalisedNonName: (lower) => CAPITALISED_NON_NAMES.has(lower),
};

/**
 * Languages read by their own rules, by ISO 639-1 code: the Snowball stemmer and the stopword
 * list of `@orama/stemmers` and `@orama/stopwords` (module names as those packages spell them).
 * In a stream that mixes languages, English rules would leave another language's function words
 * as content terms ("der", "und", "que", "les"), rare in the store and in every report of that
 * language, so its reports of different events would look alike; and its inflections ("Gefangene",
 * "Gefangenen") would stay apart.
 */
const SNOWBALL_LANGUAGES: Readonly<Record<string, string>> = {
  ar: 'arabic',
  bg: 'bulgarian',
  da: 'danish',
  de: 'german',
  el: 'greek',
  es: 'spanish',
  fi: 'finnish',
  fr: 'french',
  ga: 'irish',
  hi: 'indian',
  hu: 'hungarian',
  hy: 'armenian',
  id: 'indonesian',
  it: 'italian',
  lt: 'lithuanian',
  nb: 'norwegian',
  ne: 'nepali',
  nl: 'dutch',
  nn: 'norwegian',
  no: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
  uk: 'ukrainian',
};

/**
 * Languages that capitalise every noun: there a capital mid-sentence says nothing about a name,
 * and reading one as a name would put every noun in the name terms (and in the title-name check,
 * where two reports of one event whose titles use different nouns would look like two events).
 * Their names are matched as the words they are, like any other content word.
 */
const NOUN_CAPITALISING = new Set(['de', 'lb']);

const RULES = new Map<string, WordRules>([['en', ENGLISH_RULES]]);
const load = createRequire(import.meta.url);

/**
 * The rules for a report in `language` (an ISO 639-1 code, or a tag such as "de-AT"; null when
 * unknown). Unknown and unsupported languages are read by {@link ENGLISH_RULES}. A language's
 * stemmer and stopwords are loaded the first time a report in it is read.
 */
export function wordRulesFor(language: string | null | undefined): WordRules {
  const code = language ? (language.toLowerCase().split(/[-_]/)[0] ?? '') : 'en';
  let rules = RULES.get(code);
  if (rules === undefined) {
    rules = SNOWBALL_LANGUAGES[code] === undefined ? ENGLISH_RULES : snowballRules(code, SNOWBALL_LANGUAGES[code]);
    RULES.set(code, rules);
  }
  return rules;
}

function snowballRules(code: string, module: string): WordRules {
  const { stemmer } = load(`@orama/stemmers/${module}`) as { stemmer: (word: string) => string };
  const { stopwords } = load(`@orama/stopwords/${module}`) as { stopwords: readonly string[] };
  const stop = new Set(stopwords.map((w) => w.toLowerCase()));
  const nounsCapitalised = NOUN_CAPITALISING.has(code);
  return {
    language: code,
    isStopword: (lower) => stop.has(lower),
    // Snowball stemmers are written for lower-case input.
    stem: (lower) => stemmer(lower).toLowerCase(),
    isCapitalisedNonName: () => nounsCapitalised,
  };
}
