/**
 * Second numbers joined to a first: ranges ("10-12", "between 10 and 12", "two or three") and
 * ratios ("one in five", "3 out of 4").
 */
import { RANGE_JOINERS } from './hedge-phrases.js';
import { isBetweenBefore } from './read-hedge.js';
import { readNumberAt, type NumberReading } from './read-number.js';
import { isAdjacent, isTouching, type Token } from './tokens.js';

/** Last token of the second number of a ratio ("one in five", "3 out of 4"), or null. */
export function readRatioEnd(text: string, tokens: readonly Token[], first: NumberReading): number | null {
  let k = first.last + 1;
  const word = tokens[k];
  if (word === undefined || !isAdjacent(text, tokens[first.last] as Token, word)) return null;
  if (word.lower === 'out' && tokens[k + 1]?.lower === 'of') k += 1;
  else if (word.lower !== 'in') return null;
  if (first.currency !== undefined || first.scaled) return null;
  const second = readNumberAt(text, tokens, k + 1);
  if (second === null || second.form === 'vague' || !isAdjacent(text, tokens[k] as Token, tokens[k + 1] as Token)) return null;
  return second.value > first.value ? second.last : null;
}

/** Reads the second number of "10-12", "10 to 12", "between 10 and 12", "two or three". */
export function readRangeEnd(text: string, tokens: readonly Token[], first: NumberReading): NumberReading | null {
  const joiner = tokens[first.last + 1];
  if (joiner === undefined) return null;
  const firstEnd = tokens[first.last] as Token;
  const between = isBetweenBefore(text, tokens, first.first);
  const symbolic = (joiner.text === '-' || joiner.text === '–' || joiner.text === '—');
  if (symbolic ? !isTouching(firstEnd, joiner) && !isAdjacent(text, firstEnd, joiner) : !isAdjacent(text, firstEnd, joiner)) return null;
  const joins = RANGE_JOINERS.has(joiner.lower) || (between && joiner.lower === 'and') || joiner.lower === 'or';
  if (!joins) return null;
  let at = first.last + 2;
  // "$5,000–$50,000", "from $1,500 to $10,000": the currency sign is repeated on the second end.
  if (first.currency !== undefined && tokens[at]?.kind === 'punct' && tokens[at + 1]?.kind === 'numeral') at += 1;
  const second = readNumberAt(text, tokens, at);
  if (second === null || second.form === 'vague' || (second.currency !== undefined) !== (first.currency !== undefined)) return null;
  if (!isAdjacent(text, joiner, tokens[second.first] as Token)) return null;
  if (symbolic && (first.form === 'numeral') !== (second.form === 'numeral')) return null;
  return second;
}
