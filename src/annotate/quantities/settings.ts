/**
 * Tuning constants of the quantity recogniser. Each states its unit and how it was chosen.
 */

/**
 * Relative tolerance of an approximate hedge ("about 40", "some 40", "around 40"): the true value
 * may lie this fraction either side. Unit: fraction of the number. 0.1 is the reading news style
 * guides give "about" (a rounded figure, off by at most the rounding), and keeps "about 40"
 * compatible with 38 or 43 while refusing 60; calibrated on the hedge fixtures in
 * test/fixtures/annotate/quantities and the seed reports.
 */
export const APPROXIMATE_TOLERANCE = 0.1;

/**
 * Relative tolerance below the number for "nearly" / "almost" / "close to": the value is under the
 * number but near it ("nearly 40" accepts 36–40, so 38 fits and 60 does not). Unit: fraction.
 * Same calibration as `APPROXIMATE_TOLERANCE`.
 */
export const NEARLY_TOLERANCE = 0.1;

/**
 * Smallest absolute width of an approximate hedge on whole numbers, so "about 5" still allows
 * 4–6 rather than collapsing to 5. Unit: counted items.
 */
export const MIN_APPROXIMATE_SLACK = 1;

/**
 * Tolerance of "a dozen" / "two dozen", which newsrooms use loosely. Unit: fraction of the number.
 * Chosen so "a dozen" accepts 10–14 (the spread seen for "a dozen" against exact counts in the
 * fixtures).
 */
export const DOZEN_TOLERANCE = 0.2;

/** Most words a counted noun phrase may have ("123 jailed opposition political prisoners"). Unit: words. */
export const MAX_COUNTED_WORDS = 4;

/**
 * Most words between an event verb and the number it governs when the verb comes first ("ordered
 * the release of 123", "freed 123"). Unit: tokens, punctuation included. Beyond this the verb
 * usually belongs to another clause; chosen on the event fixtures.
 */
export const MAX_EVENT_WORDS_BEFORE = 6;

/**
 * Most words between the counted phrase and its verb when the number is the subject ("123 were
 * released", "40 people in the village were reported killed"). Unit: tokens.
 */
export const MAX_EVENT_WORDS_AFTER = 6;

/**
 * Most tokens from an ambiguous event word ("release", "death", "free") to the number after it
 * when "of" or "to" links them ("the release of nearly 40", "the death toll rose to 40"). Unit:
 * tokens. Four covers "toll rose to 40" and "release of some 40"; longer links on the dev articles
 * were mostly other senses ("this release introduces 18 features").
 */
export const MAX_AMBIGUOUS_EVENT_DISTANCE = 4;

/**
 * Most tokens of a parenthetical stepped over between a subject number and its verb ("Five people,
 * including two children and a police officer, were killed"). Unit: tokens.
 */
export const MAX_PARENTHETICAL_TOKENS = 12;

/**
 * Years a bare four-digit number is read as when it has no hedge and no currency: inclusive
 * bounds. Unit: calendar year. News rarely counts exactly 1800–2100 of anything unhedged, and
 * when it does it writes "2,000".
 */
export const YEAR_LIKE_MIN = 1800;
export const YEAR_LIKE_MAX = 2100;
