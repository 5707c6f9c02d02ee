import type { Term } from './term-tally.js';

/**
 * A distinct word or number as the term features need it, made once by the tokenizer and shared
 * by all its occurrences (what differs between occurrences, the capital and the sentence start,
 * is in the tokens' flags). Flat, so reading a token's hash or term is one load.
 */
export class Word {
  /**
   * The name check's notes on this word for the tokens it last marked (markNameTokens), by that
   * call's stamp: written in lower case somewhere; capitalised mid-sentence somewhere.
   */
  usedLowerAt = 0;
  capitalisedMidAt = 0;

  constructor(
    /** Lower-cased surface form (apostrophes and possessive `'s` removed; a number: its digits). */
    readonly lower: string,
    /** Stem of `lower` by its language's rules (word-rules.ts; numbers: the normalised number). */
    readonly stem: string,
    readonly isNumber: boolean,
    readonly stopword: boolean,
    /** Capitalised for what it is, not as a name ("President", "Monday"): CAPITALISED_NON_NAMES. */
    readonly capitalisedNonName: boolean,
    /** `w:stem` for a word, `n:value` for a number: shared by the words of one stem. */
    readonly term: Term,
    /** `e:lower`: the word as part of a name. */
    readonly nameTerm: Term,
    readonly lowerHash: number,
    readonly stemHash: number,
  ) {}
}
