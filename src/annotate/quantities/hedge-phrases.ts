/**
 * Words before a number that qualify it ("nearly 40", "at least 5"), as data. Matched against the
 * words right before the number, longest phrase first; each entry says which `Hedge` it gives and,
 * for approximate hedges, which side of the number the true value lies on.
 */
import type { Hedge } from '../../core/records.js';

/** `below`: the true value is at most the number ("nearly 40"); `both`: either side ("about 40"). */
export type HedgeSide = 'below' | 'both' | 'above';

export interface HedgePhrase {
  readonly words: readonly string[];
  readonly hedge: Hedge;
  readonly side?: HedgeSide;
}

export const HEDGE_PHRASES: readonly HedgePhrase[] = [
  { words: ['no', 'fewer', 'than'], hedge: 'at-least' },
  { words: ['no', 'less', 'than'], hedge: 'at-least' },
  { words: ['not', 'less', 'than'], hedge: 'at-least' },
  { words: ['no', 'more', 'than'], hedge: 'at-most' },
  { words: ['not', 'more', 'than'], hedge: 'at-most' },
  { words: ['a', 'little', 'over'], hedge: 'more-than' },
  { words: ['a', 'little', 'more', 'than'], hedge: 'more-than' },
  { words: ['slightly', 'more', 'than'], hedge: 'more-than' },
  { words: ['a', 'little', 'under'], hedge: 'less-than' },
  { words: ['slightly', 'fewer', 'than'], hedge: 'less-than' },
  { words: ['in', 'excess', 'of'], hedge: 'more-than' },
  { words: ['upwards', 'of'], hedge: 'more-than' },
  { words: ['as', 'many', 'as'], hedge: 'at-most' },
  { words: ['as', 'much', 'as'], hedge: 'at-most' },
  { words: ['as', 'few', 'as'], hedge: 'at-least' },
  { words: ['at', 'least'], hedge: 'at-least' },
  { words: ['at', 'most'], hedge: 'at-most' },
  { words: ['up', 'to'], hedge: 'at-most' },
  { words: ['more', 'than'], hedge: 'more-than' },
  { words: ['just', 'over'], hedge: 'more-than' },
  { words: ['well', 'over'], hedge: 'more-than' },
  { words: ['just', 'under'], hedge: 'less-than' },
  { words: ['fewer', 'than'], hedge: 'less-than' },
  { words: ['less', 'than'], hedge: 'less-than' },
  { words: ['close', 'to'], hedge: 'approximate', side: 'below' },
  { words: ['an', 'estimated'], hedge: 'approximate', side: 'both' },
  { words: ['estimated'], hedge: 'approximate', side: 'both' },
  { words: ['over'], hedge: 'more-than' },
  { words: ['above'], hedge: 'more-than' },
  { words: ['under'], hedge: 'less-than' },
  { words: ['below'], hedge: 'less-than' },
  { words: ['nearly'], hedge: 'approximate', side: 'below' },
  { words: ['almost'], hedge: 'approximate', side: 'below' },
  { words: ['about'], hedge: 'approximate', side: 'both' },
  { words: ['around'], hedge: 'approximate', side: 'both' },
  { words: ['roughly'], hedge: 'approximate', side: 'both' },
  { words: ['approximately'], hedge: 'approximate', side: 'both' },
  { words: ['some'], hedge: 'approximate', side: 'both' },
  { words: ['circa'], hedge: 'approximate', side: 'both' },
  { words: ['~'], hedge: 'approximate', side: 'both' },
];

/** Words before a number that confirm it is exact; included in the quantity's span. */
export const EXACT_PHRASES: readonly (readonly string[])[] = [
  ['a', 'total', 'of'],
  ['exactly'],
  ['precisely'],
  ['only'],
  ['just'],
];

/** Range joiners between two numbers: "10-12", "10 to 12", "between 10 and 12". */
export const RANGE_JOINERS: ReadonlySet<string> = new Set(['-', '–', '—', 'to']);
