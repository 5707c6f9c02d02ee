/**
 * Number words and vague amounts of English, as data.
 */

/** Words for 1–19 ("zero" is left out: "zero waste", "zero tolerance" count nothing). */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19],
]);

/** Words for the tens. */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);

/** Multipliers written as words or abbreviations after a number ("1.2 million", "5bn"). */
export const MAGNITUDE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['bln', 1e9], ['tn', 1e12], ['trn', 1e12],
]);

/** Abbreviated multipliers only trusted after a currency sign ("$5m", "£20k"): "5m" alone is metres. */
export const CURRENCY_MAGNITUDE_WORDS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['b', 1e9],
]);

/** "a dozen", "two dozen": counted in twelves and usually loose. */
export const DOZEN_WORD = 'dozen';

/**
 * Plural amounts with no number ("dozens of", "hundreds of", "tens of thousands of"): inclusive
 * bounds a reader would accept. Lower bound: two of the unit (two hundred); upper: one below the
 * next unit up. "scores" are twenties. Longest phrase first so "tens of thousands" wins.
 */
export const VAGUE_AMOUNTS: readonly { readonly words: readonly string[]; readonly low: number; readonly high: number }[] = [
  { words: ['hundreds', 'of', 'thousands'], low: 200_000, high: 999_999 },
  { words: ['tens', 'of', 'thousands'], low: 20_000, high: 99_999 },
  { words: ['tens', 'of', 'millions'], low: 20_000_000, high: 99_999_999 },
  { words: ['hundreds', 'of', 'millions'], low: 200_000_000, high: 999_999_999 },
  { words: ['dozens'], low: 24, high: 99 },
  { words: ['scores'], low: 40, high: 199 },
  { words: ['hundreds'], low: 200, high: 999 },
  { words: ['thousands'], low: 2_000, high: 9_999 },
  { words: ['millions'], low: 2_000_000, high: 999_999_999 },
  { words: ['billions'], low: 2_000_000_000, high: 999_999_999_999 },
];
