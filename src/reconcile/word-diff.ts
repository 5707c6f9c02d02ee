/**
 * Word-level difference between two versions of a quote.
 */
import type { QuoteWord } from './quote-words.js';

export interface WordDiff {
  readonly removed: readonly string[];
  readonly added: readonly string[];
  /** The new version against the old: `[-removed-]` and `{+added+}` inline, equal words plain. */
  readonly edits: string;
}

/**
 * Diffs `after` against `before` word by word (longest common subsequence of normalised words;
 * the words shown are as written).
 *
 * @example
 * diffWords(quoteWords('our struggle continues').words, quoteWords('our fight continues').words).edits
 * // 'our [-struggle-] {+fight+} continues'
 */
export function diffWords(before: readonly QuoteWord[], after: readonly QuoteWord[]): WordDiff {
  const n = before.length;
  const m = after.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = before[i]!.norm === after[j]!.norm ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const removed: string[] = [];
  const added: string[] = [];
  const parts: string[] = [];
  let pendingRemoved: string[] = [];
  let pendingAdded: string[] = [];
  const flush = (): void => {
    if (pendingRemoved.length > 0) parts.push(`[-${pendingRemoved.join(' ')}-]`);
    if (pendingAdded.length > 0) parts.push(`{+${pendingAdded.join(' ')}+}`);
    pendingRemoved = [];
    pendingAdded = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i]!.norm === after[j]!.norm) {
      flush();
      parts.push(after[j]!.raw);
      i++;
      j++;
    } else if (j < m && (i === n || table[i]![j + 1]! >= table[i + 1]![j]!)) {
      added.push(after[j]!.raw);
      pendingAdded.push(after[j]!.raw);
      j++;
    } else {
      removed.push(before[i]!.raw);
      pendingRemoved.push(before[i]!.raw);
      i++;
    }
  }
  flush();
  return { removed, added, edits: parts.join(' ') };
}
