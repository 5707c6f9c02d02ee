/**
 * Word lists the sentence splitter consults before ending a sentence at a full stop.
 * Lower case, without the final dot.
 */

/** Titles and honorifics: always followed by a name, so a dot after them never ends a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'fr', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'maj',
  'capt', 'cpt', 'sgt', 'cpl', 'adm', 'cmdr', 'sen', 'rep', 'gov', 'pres', 'supt', 'insp', 'hon',
  'amb', 'messrs', 'mme', 'mlle', 'sec', 'atty', 'brig', 'pvt', 'mt', 'ft',
]);

/**
 * Abbreviations that usually sit inside a sentence ("Dec. 13", "No. 5", "vs. Russia") and only
 * end one when the next word is a typical sentence opener (see SENTENCE_OPENERS).
 */
export const INNER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'nr', 'vol', 'vols', 'art', 'fig', 'figs', 'pp', 'p', 'ch', 'sec', 'para', 'op', 'cit',
  'vs', 'v', 'etc', 'approx', 'est', 'inc', 'corp', 'co', 'ltd', 'plc', 'bros', 'dept', 'univ',
  'assn', 'intl', 'govt', 'e.g', 'i.e', 'cf', 'al', 'ca', 'c', 'min', 'max', 'avg', 'km', 'kg',
  'mln', 'bln', 'bn', 'tr', 'ave', 'blvd', 'rd', 'hwy',
]);

/**
 * Words that open a new sentence often enough that an abbreviation before them ("the U.S. The
 * talks ...") is taken to end the sentence. Deliberately function words only: a capitalised
 * name after "U.S." ("U.S. President") stays in the sentence.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'there', 'but', 'and', 'or', 'so', 'yet', 'however', 'in', 'on', 'at', 'after', 'before', 'when',
  'while', 'if', 'as', 'his', 'her', 'its', 'their', 'our', 'my', 'some', 'many', 'most', 'all',
  'no', 'not', 'one', 'two', 'three', 'last', 'earlier', 'later', 'meanwhile', 'since', 'still',
  'also', 'both', 'neither', 'what', 'who', 'why', 'how', 'where', 'then', 'now', 'officials',
]);
