/**
 * Facts written as one readable sentence: "123 political prisoners freed", and for disputes
 * "political prisoners freed: 123 (2 sources) vs 52 (1 source)".
 */
import type { Hedge } from '../core/records.js';
import type { Bounds } from './bounds-of.js';
import { participleOf } from './classify-event.js';
import { pluralise } from './normalise-counted.js';

const VAGUE_WORDS: readonly [number, string][] = [
  [1_000_000, 'millions'],
  [1000, 'thousands'],
  [100, 'hundreds'],
  [12, 'dozens'],
  [10, 'tens'],
];

/**
 * An amount as a reader would write it.
 *
 * @example
 * formatAmount(40, 'approximate', { low: 36, high: 44 }) // 'about 40'
 */
export function formatAmount(value: number, hedge: Hedge | undefined, bounds?: Bounds): string {
  const n = value.toLocaleString('en-US');
  switch (hedge) {
    case 'approximate':
      return `about ${n}`;
    case 'at-least':
      return `at least ${n}`;
    case 'more-than':
      return `more than ${n}`;
    case 'at-most':
      return `at most ${n}`;
    case 'less-than':
      return `fewer than ${n}`;
    case 'range':
      return bounds !== undefined && Number.isFinite(bounds.high) ? `${bounds.low.toLocaleString('en-US')}-${bounds.high.toLocaleString('en-US')}` : n;
    case 'vague': {
      const word = VAGUE_WORDS.find(([size]) => value >= size)?.[1];
      return word === undefined ? n : `${word} of`;
    }
    default:
      return n;
  }
}

/** "political prisoner" and 123 -> "political prisoners"; 1 keeps the singular. */
export function countedNoun(label: string, value: number): string {
  if (value === 1) return label;
  const of = label.indexOf(' of ');
  const core = of >= 0 ? label.slice(0, of) : label;
  const words = core.split(' ');
  const head = words.pop() ?? core;
  return [...words, pluralise(head)].join(' ') + (of >= 0 ? label.slice(of) : '');
}

/** What a quantity fact is about, without its amount: "political prisoners freed (to Lithuania)". */
export function describeQuantitySubject(parts: {
  readonly label: string;
  readonly value: number;
  readonly eventLemma: string | null;
  readonly qualifier: string | null;
  readonly partitive: boolean;
  readonly date: string | null;
}): string {
  const words = [countedNoun(parts.label, parts.value)];
  if (parts.eventLemma !== null) words.push(participleOf(parts.eventLemma));
  if (parts.qualifier !== null) words.push(`(to ${parts.qualifier})`);
  if (parts.partitive && parts.qualifier === null) words.push('(of a larger group)');
  if (parts.date !== null) words.push(parts.date);
  return words.join(' ');
}

/** "123 (2 sources) vs 52 (1 source)". */
export function describeValues(values: readonly { readonly text: string; readonly sources: number }[]): string {
  return values.map((v) => `${v.text} (${v.sources} ${v.sources === 1 ? 'source' : 'sources'})`).join(' vs ');
}

/** The tail `describeValues` writes after a disputed fact's subject and ": ". */
const DISPUTED_VALUES_TAIL = /^.+? \(\d+ sources?\)(?: vs .+? \(\d+ sources?\))+$/u;

/**
 * What a disputed fact's statement is about, without its values: the inverse of the dispute
 * statements the fact builders write (`subject: a (n sources) vs b (m sources)`); null when the
 * statement is not written that way.
 *
 * @example
 * disputedSubject('people killed: 12 (1 source) vs 15 (1 source)') // 'people killed'
 */
export function disputedSubject(statement: string): string | null {
  for (let at = statement.indexOf(': '); at > 0; at = statement.indexOf(': ', at + 1)) {
    if (DISPUTED_VALUES_TAIL.test(statement.slice(at + 2))) return statement.slice(0, at);
  }
  return null;
}

/** A day interval as ISO text at its precision: `2025-12-13`, `2025-06`, `2025`, or a range. */
export function formatDate(startDate: string, endDate: string | null, precision: string | null): string {
  if (precision === 'year') return startDate.slice(0, 4);
  if (precision === 'month') return startDate.slice(0, 7);
  if (endDate !== null && endDate !== startDate) return `${startDate}/${endDate}`;
  return startDate;
}
