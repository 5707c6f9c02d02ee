/**
 * Quotes as words, for comparing versions of one quote across reports: case, punctuation and
 * curly apostrophes are ignored, an ellipsis ("...", "…") marks words left out.
 */

export interface QuoteWord {
  /** The word as written, punctuation included. */
  readonly raw: string;
  /** Lower case, without punctuation: what versions compare by. */
  readonly norm: string;
}

export interface QuoteWords {
  readonly words: readonly QuoteWord[];
  /** Runs of words between ellipses. */
  readonly segments: readonly (readonly string[])[];
}

const ELLIPSIS = /^(?:\.{3,}|…|\[\.{3}\]|\[…\])$/u;

/**
 * Splits a quote into comparable words.
 *
 * @example
 * quoteWords('Our struggle ... continues.').segments // [['our', 'struggle'], ['continues']]
 */
export function quoteWords(text: string): QuoteWords {
  const words: QuoteWord[] = [];
  const segments: string[][] = [[]];
  for (const raw of text.split(/\s+/u)) {
    if (raw === '') continue;
    if (ELLIPSIS.test(raw)) {
      if (segments[segments.length - 1]!.length > 0) segments.push([]);
      continue;
    }
    const norm = raw
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[’‘`]/gu, "'")
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (norm === '') continue;
    words.push({ raw, norm });
    segments[segments.length - 1]!.push(norm);
  }
  return { words, segments: segments.filter((s) => s.length > 0) };
}

/** Length of the longest common subsequence of two word lists. */
export function commonWordCount(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const wa of a) {
    const current = [0];
    for (let j = 0; j < b.length; j++) current.push(wa === b[j] ? previous[j]! + 1 : Math.max(previous[j + 1]!, current[j]!));
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * True when every segment of `part` appears, contiguously and in order, in `whole`: `part` is a
 * trimmed version of `whole` (an excerpt, or the whole with words left out at its ellipses).
 */
export function isTrimmedFrom(part: QuoteWords, whole: QuoteWords): boolean {
  const target = whole.words.map((w) => w.norm);
  let from = 0;
  for (const segment of part.segments) {
    const at = indexOfRun(target, segment, from);
    if (at < 0) return false;
    from = at + segment.length;
  }
  return part.segments.length > 0;
}

function indexOfRun(haystack: readonly string[], needle: readonly string[], from: number): number {
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
