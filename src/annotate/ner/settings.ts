/**
 * Tuning constants of the named-entity tagger. Each states its unit and how it was chosen.
 */

/**
 * Tokens after which a run without sentence punctuation is cut for decoding. CoNLL-2003 training
 * sentences are at most 124 tokens; cutting longer runs only loses context at the cut.
 */
export const MAX_SENTENCE_TOKENS = 200;

/**
 * Distinct (word, case mode) pairs whose feature rows the tagger keeps cached; the cache is
 * cleared when full. 200k entries is a few tens of MB and covers a large news batch.
 */
export const WORD_CACHE_LIMIT = 200_000;

/**
 * Training settings used by `npm run train:ner`. Epochs: dev F1 flattens after about 10 passes
 * over CoNLL-2003 train. Folds: the training-data gazetteers are jackknifed over 5 folds (the
 * usual choice; fewer folds make the lists too unlike the full one used at tagging time).
 * pruneBelow / quantum are in weight units (one perceptron update = 1): features whose every
 * averaged weight is below pruneBelow are dropped, and weights are rounded to the quantum; both
 * chosen as the largest values that kept dev F1 within 0.1 point of the unpruned model.
 */
export const TRAINING = {
  epochs: 6,
  seed: 20030601,
  folds: 5,
  pruneBelow: 0.05,
  quantum: 0.01,
  titleCaseShare: 0.3,
  minFeatureCount: 2,
} as const;

/** Smallest population (inhabitants) of a city in the city gazetteer (see gazetteer-sources.ts). */
export const CITY_MIN_POPULATION = 50_000;

/**
 * Largest SCOWL size level (10 = most common ... 70 = rare) of the common-word gazetteer; 35 is
 * SCOWL's "small dictionary" size, past which lists take in words that are mostly names.
 */
export const COMMON_WORD_MAX_LEVEL = 35;

/**
 * Shortest surname (UTF-16 units) that document-level propagation trusts: shorter last words of
 * names ("Li", "Ng") are too often other words or initials. Chosen by hand, not tuned on data.
 */
export const SURNAME_MIN_CHARS = 3;

/**
 * Divisor of the perceptron scores before they are read as log-potentials for span confidence
 * (EntitySpan.score). Fitted by minimising the log loss of "the predicted tag is right" over the
 * tokens of CoNLL-2003 dev (scripts: see bench/ner/README.md); raw scores (1) are far too sure.
 */
export const CONFIDENCE_TEMPERATURE = 20;

/**
 * Document pass, majority relabelling: a mention keeps its own type when the tagger's span score
 * (0..1) is at least MAJORITY_MAX_SCORE, or when the majority type's summed score is less than
 * MAJORITY_RATIO times its own type's. Calibrated on CoNLL-2003 dev read in windows of 10
 * sentences (bench/ner/README.md): unconditional majority voting cost 0.2 F1 there.
 */
export const MAJORITY_MAX_SCORE = 0.9;
export const MAJORITY_RATIO = 2;
