/**
 * Tuning constants shared by the extractors. Each states its unit and how it was chosen.
 */

/**
 * Characters of text below which statistical language identification is not trusted
 * (franc's own documentation puts reliable detection at "longer than 10 characters"; short
 * UI strings like "English" or a byline are misread far more often, so we ask for a sentence
 * or two before believing it).
 */
export const MIN_LANGUAGE_SAMPLE_CHARS = 40;

/** Characters of text fed to the language identifier; more adds time, not accuracy. */
export const MAX_LANGUAGE_SAMPLE_CHARS = 2000;
