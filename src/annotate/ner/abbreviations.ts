/**
 * Word lists the tokenizer and sentence splitter use to keep a period attached to its word.
 * Lower-cased, without the final period.
 */

/** Abbreviations that keep their period ("Mr.", "Jan.", "Corp.") and rarely end a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt',
  'cpt', 'sgt', 'cmdr', 'adm', 'gov', 'sen', 'rep', 'rev', 'pres', 'hon', 'fr', 'messrs', 'mme',
  'mlle', 'no', 'nos', 'vol', 'vs', 'v', 'etc', 'approx', 'dept', 'est', 'fig', 'al',
]);

/** Abbreviations that keep their period but may well end a sentence ("... of Acme Inc."). */
export const TRAILING_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'ltd', 'co', 'bros', 'plc', 'llc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs',
  'fri', 'sat', 'sun', 'ave', 'blvd', 'rd', 'jr', 'sr', 'ft', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n',
]);

/** English clitics split off a word the way the CoNLL-2003 / Penn Treebank tokenisation does. */
export const CLITICS: readonly string[] = ["'s", "'re", "'ve", "'ll", "'d", "'m", "n't"];
