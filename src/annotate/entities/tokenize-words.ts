/** A word of the text with its span; possessive "'s" is left out of the word and flagged. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The word is followed by a possessive "'s" / "’s" (or a bare "'" after an s). */
  readonly possessive: boolean;
}

/**
 * Dotted acronyms ("U.S.", "U.K."), then words with inner hyphens or apostrophes ("O'Brien",
 * "Kyiv-based"); a trailing possessive is not part of the word.
 */
const WORD_PATTERN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}\p{M}]+(?:[-‑][\p{L}\p{N}\p{M}]+)*(?:['’](?![sS]\b)\p{L}+)*/gu;
const POSSESSIVE_AFTER = /^(?:['’][sS]\b|['’](?=\s))/;

/**
 * Splits `text` (or the range `start..end` of it) into words with their offsets.
 *
 * @example
 * tokenizeWords("Lukashenko's U.S. deal").map((w) => w.text); // ['Lukashenko', 'U.S.', 'deal']
 */
export function tokenizeWords(text: string, start = 0, end = text.length): Word[] {
  const words: Word[] = [];
  WORD_PATTERN.lastIndex = start;
  for (let m = WORD_PATTERN.exec(text); m && m.index < end; m = WORD_PATTERN.exec(text)) {
    const wEnd = Math.min(end, m.index + m[0].length);
    const after = text.slice(wEnd, wEnd + 3);
    const possessive = POSSESSIVE_AFTER.test(after) && (after[1] !== undefined && /[sS]/.test(after[1]) ? true : /s$/i.test(m[0]));
    words.push({ start: m.index, end: wEnd, text: text.slice(m.index, wEnd), possessive });
  }
  return words;
}
