/**
 * Words of English date and time expressions, as data.
 */

/** Month names and abbreviations -> month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Weekday names -> 0 = Sunday … 6 = Saturday. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

/** Units of a duration and their ISO 8601 designator. */
export const DURATION_UNITS: ReadonlyMap<string, { readonly designator: string; readonly time: boolean; readonly factor: number }> = new Map([
  ['second', { designator: 'S', time: true, factor: 1 }],
  ['minute', { designator: 'M', time: true, factor: 1 }],
  ['hour', { designator: 'H', time: true, factor: 1 }],
  ['day', { designator: 'D', time: false, factor: 1 }],
  ['night', { designator: 'D', time: false, factor: 1 }],
  ['week', { designator: 'W', time: false, factor: 1 }],
  ['fortnight', { designator: 'W', time: false, factor: 2 }],
  ['month', { designator: 'M', time: false, factor: 1 }],
  ['year', { designator: 'Y', time: false, factor: 1 }],
  ['decade', { designator: 'Y', time: false, factor: 10 }],
  ['century', { designator: 'Y', time: false, factor: 100 }],
]);

/** Prepositions before a date and the relation they give. Longest first. */
export const RELATION_WORDS: readonly { readonly words: string; readonly relation: 'on' | 'since' | 'until' | 'before' | 'after' }[] = [
  { words: 'prior to', relation: 'before' },
  { words: 'ahead of', relation: 'before' },
  { words: 'up to', relation: 'until' },
  { words: 'up until', relation: 'until' },
  { words: 'since', relation: 'since' },
  { words: 'from', relation: 'since' },
  { words: 'until', relation: 'until' },
  { words: 'till', relation: 'until' },
  { words: 'through', relation: 'until' },
  { words: 'by', relation: 'until' },
  { words: 'before', relation: 'before' },
  { words: 'after', relation: 'after' },
  { words: 'following', relation: 'after' },
  { words: 'on', relation: 'on' },
  { words: 'in', relation: 'on' },
  { words: 'during', relation: 'on' },
];

/**
 * Words before a bare four-digit number that make it a count, not a year ("about 2000 people",
 * "more than 1500").
 */
export const COUNT_CUES_BEFORE_YEAR: ReadonlySet<string> = new Set([
  'about', 'around', 'some', 'nearly', 'almost', 'over', 'than', 'least', 'approximately', 'roughly',
  'estimated', 'total', 'all', 'additional', 'another', 'extra',
]);

/** Number words of durations and "ago" expressions ("two days", "a couple of weeks"). */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['a couple of', 2],
]);
