/**
 * Tuning constants of the time-expression finder. Each states its unit and how it was chosen.
 */

/**
 * A day and month without a year ("on December 20") is placed in the publish year when it falls at
 * most this many days after the publish date, else in the year before (past-bias: news reports
 * mostly what happened; a date a few days ahead is usually an announced event). Unit: days.
 * Chosen on the time fixtures; one week covers "the vote on Friday"-style announcements.
 */
export const FUTURE_GRACE_DAYS = 7;

/**
 * Bare four-digit numbers read as years: inclusive bounds. Unit: calendar year. Outside this
 * range a four-digit number in news is almost always a count or a label.
 */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;
