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
 * Training settings used by `npm run train:ner`, each checked on CoNLL-2003 dev (PER/ORG/LOC
 * micro F1, sentence by sentence; seeds of the shuffle move it by about ±0.15):
 * - epochs: passes over the training data; 4-8 score alike (91.2-91.3 before the neighbour
 *   gazetteer features), 15 loses half a point to over-fitting, so 6.
 * - folds: the training-data gazetteers are jackknifed over 5 folds (the usual choice; fewer
 *   folds make the lists too unlike the full one used at tagging time).
 * - pruneBelow / quantum, in weight units (one perceptron update = 1): features whose every
 *   averaged weight is below pruneBelow are dropped, weights are rounded to the quantum. 0.2 /
 *   0.05 scores as the unpruned model (92.09 against 92.07); 1 / 0.1 halves the features and
 *   costs 0.1 point.
 * - titleCaseShare: share of ordinary sentences also trained on as a Title Case copy; dev has no
 *   Title Case lines, so chosen on headlines of modern news (0.15 still tagged "Belarus Frees" as
 *   an organisation, 0.3 does not) at no cost on dev.
 * - minFeatureCount: features seen once are dropped before training (dev 91.47 against 91.52 with
 *   them, a model a quarter smaller).
 */
export const TRAINING = {
  epochs: 6,
  seed: 20030601,
  folds: 5,
  pruneBelow: 0.2,
  quantum: 0.05,
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
 * tokens of CoNLL-2003 dev (bench/ner/README.md): 15-20 is the flat optimum (log loss 0.054)
 * against 0.33 for the raw scores (1), which are far too sure.
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
