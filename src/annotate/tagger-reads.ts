/**
 * Whether the shipped entity tagger reads text of `language` (ISO 639-1, null when unknown). It
 * learnt English news (CoNLL-2003): on other languages it guesses, so `annotate` runs only its
 * rules and gazetteers there, and a later stage must not read a name the annotations lack as
 * evidence that a word is not a name.
 */
export function shippedTaggerReads(language: string | null | undefined): boolean {
  return language === null || language === undefined || language === 'en';
}
