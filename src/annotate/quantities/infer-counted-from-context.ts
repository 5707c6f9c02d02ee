/**
 * Fills in what a bare number counts from the quantities before it: "(14 freed)" after "freed 123
 * political prisoners" counts political prisoners; "Nine of the released prisoners went to
 * Lithuania and 114 were taken to Ukraine" counts prisoners in both.
 */
import type { Quantity } from '../../core/records.js';
import { UNIT_NOUNS } from './counted-lexicon.js';

/** A quantity under construction, with the token positions the context rules need. */
export interface QuantityDraft {
  readonly quantity: Quantity;
  readonly firstToken: number;
  readonly lastToken: number;
  /** First and last token of the sentence. */
  readonly sentence: readonly [number, number];
  /** False for money and percentages, which never lend or borrow a counted noun. */
  readonly countable: boolean;
  /** The quantity (with its hedge) opens its sentence ("Twelve were later charged"). */
  readonly opensSentence: boolean;
}

/**
 * Gives each countable quantity without a counted noun (that has an event or is partitive) the
 * counted noun of an earlier quantity: first the nearest earlier one in the same sentence ("9
 * activists (3 freed)"), then the nearest earlier one of the same event anywhere before it in the
 * report ("freed 123 political prisoners ... in June (14 freed)"), then, for partitives and numbers
 * opening their sentence, the nearest earlier one in the same paragraph ("arrested 57
 * demonstrators. Twelve were later charged"). Units of
 * measure, money and percentages never lend their noun. The borrowed phrase's span becomes
 * `countedSpan`, and the rule `quantity/counted-from-context` records the inference.
 *
 * @example
 * // "... freed 123 political prisoners ... in June (14 freed)"
 * inferCountedFromContext(text, drafts)[1].quantity.counted // 'political prisoner'
 */
export function inferCountedFromContext(text: string, drafts: readonly QuantityDraft[]): QuantityDraft[] {
  const out: QuantityDraft[] = [];
  for (const draft of drafts) {
    const q = draft.quantity;
    if (q.counted !== null || !draft.countable || (q.event === null && !q.partitive)) {
      out.push(draft);
      continue;
    }
    const source = findInSentence(out, draft) ?? findSameEvent(out, q.event)
      ?? (q.partitive || draft.opensSentence ? findInParagraph(text, out, draft) : undefined);
    if (source === undefined) {
      out.push(draft);
      continue;
    }
    out.push({
      ...draft,
      quantity: {
        ...q, counted: source.quantity.counted, countedSpan: source.quantity.countedSpan, rule: 'quantity/counted-from-context',
      },
    });
  }
  return out;
}

function findSameEvent(earlier: readonly QuantityDraft[], event: string | null): QuantityDraft | undefined {
  if (event === null) return undefined;
  for (let d = earlier.length - 1; d >= 0; d--) {
    const candidate = earlier[d] as QuantityDraft;
    if (canLend(candidate) && candidate.quantity.event === event) return candidate;
  }
  return undefined;
}

function findInSentence(earlier: readonly QuantityDraft[], draft: QuantityDraft): QuantityDraft | undefined {
  for (let d = earlier.length - 1; d >= 0; d--) {
    const candidate = earlier[d] as QuantityDraft;
    if (candidate.firstToken < draft.sentence[0]) return undefined;
    if (canLend(candidate)) return candidate;
  }
  return undefined;
}

function findInParagraph(text: string, earlier: readonly QuantityDraft[], draft: QuantityDraft): QuantityDraft | undefined {
  const paragraphStart = Math.max(0, text.lastIndexOf('\n\n', draft.quantity.start));
  for (let d = earlier.length - 1; d >= 0; d--) {
    const candidate = earlier[d] as QuantityDraft;
    if (candidate.quantity.start < paragraphStart) return undefined;
    // Across sentences only a group something happened to is picked up again ("arrested 57 ...
    // Twelve were charged"); a number describing the scene ("a 6.1 earthquake") is not.
    if (canLend(candidate) && (draft.quantity.partitive || candidate.quantity.event !== null)) return candidate;
  }
  return undefined;
}

/** Only counts of things lend their noun: not money, percentages or units of measure. */
function canLend(candidate: QuantityDraft): boolean {
  const counted = candidate.quantity.counted;
  if (!candidate.countable || counted === null) return false;
  const head = counted.split(' ').at(-1) as string;
  return !UNIT_NOUNS.has(head) && !UNIT_NOUNS.has(counted);
}
