/**
 * Thresholds of the reconcile stage. Each is a named constant with its unit and how it was set.
 * They were calibrated by hand on the two seed reports and the golden fixtures in
 * `test/fixtures/reconcile/` (no larger labelled set of cross-report facts exists yet); change one
 * only together with a fixture that shows why.
 */

/**
 * Days an undated claim may lie before its report's publish date and still be "the news of the
 * day" (unit: days). News reports describe events of the last day or two; three covers weekend
 * editions. Used to anchor quantities that carry no date of their own.
 */
export const RECENT_EVENT_DAYS = 3;

/**
 * Largest gap between two claims' dates for them to be the same round of an event (unit: days).
 * Rounds of prisoner releases, strikes or casualty counts in the seeds and fixtures are months
 * apart, while sources disagree about the exact day by one or two; a week separates the two.
 */
export const ROUND_TOLERANCE_DAYS = 7;

/**
 * Relative width allowed around an `approximate` amount when the annotator gave no bounds of its
 * own (unit: fraction of the value). "About 40" agrees with 37 and 43, not 60; 10% is the usual
 * rounding of reported figures.
 */
export const APPROXIMATE_TOLERANCE = 0.1;

/**
 * Largest ratio between two disagreeing figures that can still be a dispute about one thing (unit:
 * larger figure / smaller). Sources disagree by a factor of two or three (123 vs 52 freed) and
 * crowd estimates by up to ten (police vs organisers); 12 killed against "2 million died" in the
 * ECB+ dev stories are different events. Checked on the seeds, the sample corpus and ECB+ dev.
 */
export const DISPUTE_MAX_RATIO = 10;

/**
 * How far a floor or ceiling ("at least 100", "more than 200") may lie from a figure it agrees
 * with for the two to be taken as one count when nothing else ties them (unknown event, same
 * sentence) (unit: ratio, larger / smaller). "At least 100" and 123 are one count; "at least 45"
 * wounded and "about 600" evacuated in the sample quake story are not.
 */
export const OPEN_HEDGE_MAX_RATIO = 2;

/**
 * Words that may separate a quantity from the destination place naming its part ("9 left Belarus
 * for Lithuania": 3 words) (unit: words after the quantity phrase). Beyond six words the place
 * usually belongs to another phrase ("... talks with an envoy for U.S. President").
 */
export const QUALIFIER_WINDOW_WORDS = 6;

/**
 * Share of the shorter quote's words that must appear, in order, in the other for two quotes to
 * be the same quote (unit: fraction of words, longest common subsequence / shorter length).
 * 0.7 keeps a one-word edit in a six-word quote together and keeps unrelated quotes apart.
 */
export const QUOTE_MIN_OVERLAP = 0.7;

/**
 * Overlap required when two similar quotes are attributed to different speakers (unit: fraction of
 * words, as above). Higher than `QUOTE_MIN_OVERLAP` because a conflicting attribution is a strong
 * claim: only near-identical words are taken to be the same quote.
 */
export const QUOTE_CROSS_SPEAKER_OVERLAP = 0.9;

/**
 * Fewest words a quote must have to be matched by overlap rather than only verbatim (unit: words).
 * Short quotes ("a great joy") recur in unrelated statements.
 */
export const QUOTE_MIN_WORDS = 4;

/**
 * Share of content words two statement objects must share to be the same object (unit: shared
 * words over the smaller phrase's word count). "sanctions on belarusian potash" lies wholly in
 * "sanctions on belarusian potash exports, a vital fertilizer component" (3 of 3); 0.6 still
 * lets one word of a short object differ. Set on the seeds' statements.
 */
export const STATEMENT_OBJECT_MIN_OVERLAP = 0.6;

/**
 * Characters between a quote and its speaker's name for a quote fact to cite both (unit:
 * characters). Covers "..., she said" and a speaker named a sentence before; beyond it the cited
 * span would drag in unrelated text.
 */
export const SPEAKER_REACH = 200;

/** Words of a quote a fact statement repeats before cutting it short (unit: words; readability). */
export const STATEMENT_QUOTE_WORDS = 16;

/**
 * Most numbers of one sentence tried as parts of a whole (unit: numbers; all 2^n subsets are
 * tried, 256 at 8). Sentences in the seeds and samples hold at most four numbers.
 */
export const MAX_SUMMED_PARTS = 8;

/** Hex characters of the hash in a fact id (unit: characters; 12 = 48 bits, no clash in a story). */
export const FACT_ID_HASH_LENGTH = 12;

/** Every tunable of the stage, for `ReconcileOptions.settings` overrides in tests and benches. */
export interface ReconcileSettings {
  readonly recentEventDays: number;
  readonly roundToleranceDays: number;
  readonly approximateTolerance: number;
  readonly disputeMaxRatio: number;
  readonly qualifierWindowWords: number;
  readonly quoteMinOverlap: number;
  readonly quoteCrossSpeakerOverlap: number;
  readonly quoteMinWords: number;
  readonly statementObjectMinOverlap: number;
}

export const DEFAULT_SETTINGS: ReconcileSettings = {
  recentEventDays: RECENT_EVENT_DAYS,
  roundToleranceDays: ROUND_TOLERANCE_DAYS,
  approximateTolerance: APPROXIMATE_TOLERANCE,
  disputeMaxRatio: DISPUTE_MAX_RATIO,
  qualifierWindowWords: QUALIFIER_WINDOW_WORDS,
  quoteMinOverlap: QUOTE_MIN_OVERLAP,
  quoteCrossSpeakerOverlap: QUOTE_CROSS_SPEAKER_OVERLAP,
  quoteMinWords: QUOTE_MIN_WORDS,
  statementObjectMinOverlap: STATEMENT_OBJECT_MIN_OVERLAP,
};
