/**
 * Tuning constants of the cluster stage. Each says its unit and how it was calibrated.
 *
 * Calibration method (see bench/cluster/README.md): `npm run bench:cluster` streams
 * clustering-dev/ecbplus-odd-topics.jsonl (496 articles, 42 events, shuffled order) through
 * `clusterFeatures` + `placeReport`; constants were swept one at a time on that file and set at
 * the middle of the plateau where pairwise F1 stays within 0.01 of its best, never at a sharp
 * peak, so that the hidden half and other streams are not fitted to one file.
 */

/**
 * Version of the features' shape and meaning, carried in each report's features
 * (`ClusterFeatures.version`); bump it, and PIPELINE_VERSION with it, when they change. Nothing
 * recomputes stored features: the store keeps the features a report was placed with, and
 * `corroborate reprocess` renews a report's text and annotations but not its index row (see
 * src/store/samples-cache.ts), so new features reach the reports added after the change.
 */
export const FEATURES_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// features

/**
 * Content words (count) a sentence needs before it can count as written in title case. With 4 and
 * 0.75 the dev F1 fell 0.019 (ECB+ lines that are mostly names); 5 and 0.9 cost nothing there and
 * still catch a repeated headline such as the seed's.
 */
export const HEADLINE_MIN_WORDS = 5;
/** Content words (count) a title needs to count as written in title case: titles are short. */
export const TITLE_HEADLINE_MIN_WORDS = 3;
/** Share (0..1) of a sentence's content words capitalised for it to count as title case. */
export const HEADLINE_CAPITAL_SHARE = 0.9;

/** Extra term frequency for each occurrence in the title (count). Titles name the event. Dev: 0 -> 0.829, 1 -> 0.840, 2 -> 0.844, 5 -> 0.83 (offline). */
export const TITLE_TERM_BOOST = 2;
/** Words at the top of the body (count) that tell the event (the lead), counted with LEAD_BOOST. */
export const LEAD_WORDS = 60;
/** Extra term frequency per occurrence in the lead (count). Dev: 0 -> 0.832, 1 -> 0.841, 2 -> 0.835 (LEAD_WORDS 30: 0.829, 100: 0.832). */
export const LEAD_BOOST = 1;
/**
 * Multiplier on the weight of a name token (capitalised word mid-sentence, or an annotated
 * entity). Who and where separate two events of one kind (two earthquakes). Dev, at join 0.25:
 * 1 -> 0.832, 2 -> 0.839, 3 -> 0.841; 2 kept (at a stricter join 0.35, 3 is better: 0.809 vs 0.783).
 */
export const ENTITY_TERM_WEIGHT = 2;
/**
 * Multiplier on a number, and on a number with the noun it counts ("40 people"): how many tells
 * two events of one kind apart. Dev: 1 -> 0.823, 1.5 -> 0.844, 2 -> 0.850, 2.5 -> 0.844, 3 -> 0.836.
 */
export const NUMBER_TERM_WEIGHT = 2;
/** Multiplier on an ISO day a report talks about (from annotations; the dev stream has none, so not calibrated). */
export const DATE_TERM_WEIGHT = 1.5;
/**
 * Term frequency (count) given to the year and the month the report was written (`t:` terms,
 * from its publish date or dateline), as if each were mentioned this many times. Dev, through
 * the pipeline (where datelines leave the text for the publish date), mean of 5 orders:
 * 0 -> 0.900, 3 -> 0.908, 6 -> 0.909.
 */
export const REPORT_TIME_BOOST = 3;
/** Terms kept per report vector (count); the rest carry < 2% of the weight on dev articles. */
export const MAX_REPORT_TERMS = 120;
/** Terms kept per story centroid (count), by summed weight. Dev, mean of 5 orders with reviews: 150 -> 0.934, 200 -> 0.936, 300 -> 0.936; 200 reads a third less per candidate. */
export const MAX_CENTROID_TERMS = 200;
/** Retrieval keys per report (count): its heaviest names, numbers and title words. */
export const MAX_RETRIEVAL_KEYS = 24;

/** Characters at the top of a text searched for a dateline when a report has no publish date. */
export const DATELINE_CHARS = 300;

/** Words per shingle for near-duplicate detection (count). 4 is usual for news copy detection. */
export const SHINGLE_WORDS = 4;
/** MinHash signature length (hash functions). 64 = 16 bands x 4 rows. */
export const MINHASH_SIZE = 64;
/** Rows per LSH band: a pair with Jaccard j collides in some band with p = 1-(1-j^4)^16 (0.5 -> 0.64, 0.7 -> 0.98). */
export const LSH_ROWS = 4;
/** Shingle hashes kept per report for the exact check (count, smallest hashes: a bottom-k sample). */
export const MAX_SHINGLE_HASHES = 400;

// ---------------------------------------------------------------------------------------------
// decision

/**
 * Blended cosine (0..1) of a report to a story centroid from which it joins the story. Dev:
 * 0.2 -> 0.807, 0.25 -> 0.839, 0.3 -> 0.817, 0.35 -> 0.783 (entity weight 2): the plateau is narrow,
 * 0.25 sits at its top with both neighbours within 0.03 (with number weight 2: 0.23 -> 0.851,
 * 0.25 -> 0.850, 0.27 -> 0.836). The seeds join at 0.33 through the pipeline.
 */
export const JOIN_SIMILARITY = 0.25;
/** Weight (0..1) of the names/numbers/places/dates cosine in the blended similarity. Dev: 0 -> 0.839, 0.3 -> 0.843, 0.5 -> 0.841, 0.7 -> 0.839 (flat). */
export const ENTITY_SHARE = 0.3;
/**
 * Factor (0..1) on the similarity of a story whose title names conflict with the report's. On the
 * dev stream it changes nothing between 0 and 1 (wrong joins there share title names); kept at
 * 0.5 for streams where two events have different people in their headlines.
 */
export const TITLE_NAME_CONFLICT_FACTOR = 0.5;
/** A title name in more than this share of the store's reports is too common to conflict (0..1). */
export const TITLE_NAME_MAX_DF_SHARE = 0.03;
/** ...and in at most this many reports it always counts as rare (documents), for small stores. */
export const TITLE_NAME_MIN_DF = 10;
/** Title names kept per story (count). */
export const MAX_STORY_TITLE_NAMES = 30;
/**
 * Pseudo-documents added to the store in IDF (documents): idf = ln((N + S + 1) / (df + S)), so in a
 * young store (N small) every term weighs about the same instead of shared terms being crushed
 * (two reports of one event share their names: df 1 of N 1).
 */
// Dev: 1 -> 0.844, 3 -> 0.836, 10 -> 0.838 (the seeds' cosine: 0.29, 0.31, 0.34).
export const IDF_SMOOTHING = 1;
/**
 * Reports (count) a store is taken to hold in IDF until it holds more: idf = ln((max(N,
 * IDF_MIN_DOCUMENTS) + S + 1) / (df + S)). News comes in bursts: in a young store the first
 * event's reports are most of what it holds, so its own names and words look common (twenty
 * reports of one rehab stay among the first forty give "Reid" an IDF of 0.7, where a name in two
 * of them has 3.0) and its later reports fail to join it; each founds a story of its own. Read
 * against a store of at least this many reports, a term in twenty of them weighs 2.3. Beyond
 * this size the store's own count holds and nothing changes.
 */
// Means of 5 orders (quick.js; records' text / PIPE=1 on the ECB+ dev stream's shuffles, then
// BURSTY=1 undated, BURSTY=dated, BURSTY=dated PIPE=1 on its bursty orders, bursty-stream.ts):
// 0: 0.941 / 0.942, 0.903 / 0.944 / 0.947; 100: 0.941 / 0.939, 0.911 / 0.954 / 0.956;
// 200: 0.940 / 0.941, 0.912 / 0.951 / 0.960; 300: 0.937 / 0.941, 0.915 / 0.953 / 0.960;
// 500: 0.932 / 0.937 (shuffles); 1000: 0.929 / 0.927. The shuffles are flat to 200, then fall.
export const IDF_MIN_DOCUMENTS = 200;
/**
 * A dated report joins a dated story whose report dates are all more than this many days away
 * (days) only on the stronger evidence of LATE_JOIN_FACTOR. Dates are publish dates, else
 * datelines; undated reports and stories are not held apart by time. Two weeks covers the
 * reporting of a news event. Dev (datelines only, read against the right time since
 * 2026-12-02), pipeline / records' text, mean of 5 orders, without late joins: 7 -> 0.932 /
 * 0.931, 14 -> 0.932 / 0.930, 21 -> 0.932 / 0.930, 30 -> 0.936 / 0.930, 60 -> 0.936 / 0.932.
 */
export const TIME_WINDOW_DAYS = 14;
/**
 * Factor (>= 1) on JOIN_SIMILARITY from which a dated report joins a dated story beyond
 * TIME_WINDOW_DAYS, when it also repeats one of the story's counted numbers (`q:`: "killed four
 * people", "123 prisoners"). A late follow-up (the sentencing months after the arrest, the
 * anniversary piece) shares the story's names and words and retells its counts; a repeat of a
 * process at the same place (the mill's second fire five months on, next quarter's release)
 * shares names and words as strongly once IDF is read against a store of any size (0.53 for the
 * second fire placed after the 496 dev reports: `node --test --test-name-pattern='after the dev
 * stream' dist/test/cluster/fixtures.test.js`), but has counts of its own. A hard window split the
 * follow-ups: ECB+ events span up to a year and a half. Dev, pipeline / records' text, mean of 5
 * orders (2026-12-03, similarity alone): hard window (no late joins) 0.932 / 0.930, 1.2 -> 0.940
 * / 0.941, 1.4 -> 0.939 / 0.940, 1.6 -> 0.938 / 0.940, 2 -> 0.938 / 0.934, no window at all 0.941
 * / 0.942. With IDF_MIN_DOCUMENTS (2026-12-04; shuffles PIPE=1 / records' text, then bursty
 * orders dated, BURSTY=dated / PIPE=1): similarity alone 1.4 -> 0.941 / 0.940, 0.951 / 0.960; 2
 * -> 0.942 / 0.934, 0.969 / 0.972; 2.2 -> 0.940 / 0.934, 0.977 / 0.977; a shared day (`d:`)
 * required -> 0.937 / 0.930, 0.977 / 0.978; any shared number (`n:` or `q:`) -> 0.941 / 0.940,
 * 0.955 / 0.966 (years and small numbers pass it); a shared count (taken): 1.0 and 1.2 ->
 * 0.941 / 0.933, 1.4 -> 0.940 / 0.932, each 0.976 / 0.977. 1.4 kept: a late story must still
 * score 0.35, not 0.25.
 */
export const LATE_JOIN_FACTOR = 1.4;
/**
 * Days (inclusive) between a dated report and a dated story within which shared rare names count
 * as evidence of one event. Reports of one event cluster within a day of it; not calibrated on the
 * dev stream, which has no dates (so the rule cannot change its score).
 */
export const SAME_DAY_MAX_GAP_DAYS = 1;
/** Rare person/organisation/place name words a same-day report must share with the story. */
export const SAME_DAY_MIN_SHARED_NAMES = 2;
/**
 * Factor (0..1) on JOIN_SIMILARITY for a same-day report sharing rare names: short follow-ups and
 * briefs share few topic words with a long story's centroid (a three-paragraph brief on the seeds'
 * release scores 0.24 against 0.25) but their date and who-was-involved settle it.
 */
export const SAME_DAY_JOIN_FACTOR = 0.7;
/**
 * Candidate stories scored per report (count), the best by shared retrieval keys. Dev, mean of 5
 * orders: 10, 15 and 20 give the same F1; each candidate is a centroid the store reads.
 */
export const MAX_CANDIDATES = 12;
/** Earlier reports per LSH band compared for copies (count, the latest): bounds the near-duplicate lookup. */
export const LSH_HITS_PER_BAND = 20;
/**
 * Latest reports of each of the EARLIER_STORIES best candidate stories compared for copies and
 * rewrites (count): rewrites share few 4-word sequences, so LSH alone misses them; a wire rewrite
 * follows its source within hours, so the latest reports are where it is.
 */
export const EARLIER_MEMBERS_PER_STORY = 20;
/** Candidate stories (the best by shared keys) whose latest reports are compared (count). */
export const EARLIER_STORIES = 3;
/** Latest postings read per retrieval key (count): bounds the lookup however common the key. */
export const POSTINGS_PER_KEY = 50;
/**
 * Cosine (0..1) from which a story that the report does not join is linked to the report's story
 * as a related event (same process, another round), shown as a thread, never merged.
 */
export const RELATED_SIMILARITY = 0.12;
/** Keys whose document frequency exceeds this share of the store are not used to retrieve (0..1). */
export const MAX_KEY_DF_SHARE = 0.05;

// ---------------------------------------------------------------------------------------------
// review (src/cluster/review-story.ts): merges and splits decided on a story's reports

/**
 * A story is reviewed when its report count reaches its next review point, which then moves to
 * max(count + 1, ceil(count * REVIEW_GROWTH)): every report while a story is small (when its
 * first wrong joins happen), then ever more rarely, so the cost per report stays bounded.
 */
export const REVIEW_GROWTH = 1.25;
/** Most recent reports of a story (and of each neighbour) compared in a review (count). Bounds its cost: O(n^2). */
export const REVIEW_MEMBERS = 40;
/**
 * Blended similarity (0..1) of the new report to a candidate story from which that story is a
 * neighbour of the report's story in its review (cheap prefilter: the report is in the story).
 */
export const REVIEW_NEIGHBOUR_SIMILARITY = 0.1;
/**
 * Centroid cosine (0..1) from which a candidate story is compared report by report for a merge.
 * Dev, pipeline / records' own text, mean of 5 orders (2026-12-03): 0.15 -> 0.925 / 0.928, 0.2 ->
 * 0.927 / 0.925, 0.25 -> 0.930 / 0.926, 0.3 -> 0.925 / 0.924: a plateau; 0.25 is its middle and
 * equals JOIN_SIMILARITY, so a story the report could have joined is always weighed for a merge
 * (at 0.3 a short report scoring 0.25-0.3 against the story it belongs to was never reconsidered).
 */
export const REVIEW_MERGE_MIN_SIMILARITY = 0.25;
/**
 * Centroid cosine (0..1) from which a fragment (a story of fewer than REVIEW_MIN_PART reports) and
 * a story of at least REVIEW_MIN_PART are compared report by report for a merge, instead of
 * REVIEW_MERGE_MIN_SIMILARITY. A report that narrowly failed to join its event's story founds a
 * fragment whose centroid is its own words, and against a grown story's centroid that scores low
 * for its size alone: at the end of the dev stream's shuffles (a check outside the repo), the
 * fragments of one event the merge link would take but the centroid bar left out were 0.21-0.25
 * alike with their event's story (a college player's scoring record, a climber's fall). A lower
 * bar for every pair merges two one-report stories sharing one name of four
 * (bench/cluster/README.md): between single reports the residual link says little, so only the
 * fragment-to-grown pair gets it. Means of 5 orders (quick.js: records' text / PIPE=1, bursty
 * undated records / pipeline, bursty dated records / pipeline; file orders records / pipeline):
 * 0.25 (no bar of its own) -> 0.932 / 0.938, 0.902 / 0.910, 0.976 / 0.977; 0.952 / 0.960; 0.22 ->
 * 0.931 / 0.941, 0.904 / 0.913, 0.976 / 0.978; 0.20 -> 0.932 / 0.942, 0.907 / 0.916, 0.976 /
 * 0.978; 0.955 / 0.960; 0.18 and 0.15 -> 0.932 / 0.941, 0.907 / 0.916, 0.976 / 0.978; 0.955 /
 * 0.960 (`OPTS='{"reviewFragmentMergeMinSimilarity":X}'`). With a scratch variant of the sizes
 * (not kept), at 0.2: fragments of up to two reports (instead of four) give the same, of one
 * report pipeline 0.940, and of one report with the grown side at ten reports pipeline 0.940 and
 * file order 0.952. 0.18 is the plateau's middle.
 */
export const REVIEW_FRAGMENT_MERGE_MIN_SIMILARITY = 0.18;
/**
 * Average residual cosine (0..1, see residual-vectors.ts) between two stories' reports from which
 * they are one event and merge. Calibrated with REVIEW_SPLIT_LINK on the dev stream, mean of five
 * stream orders, through the whole pipeline (extracted text, as `corroborate add`) and on the
 * stream's own text (bench/cluster/README.md has the grid); lower than the split threshold so
 * that two halves of one event that arrived apart still come together. Measured again on
 * 2026-12-03 (right dates, merge prefilter 0.25), pipeline / records' text: 0.015 -> 0.929 /
 * 0.925, 0.02 -> 0.929 / 0.929, 0.025 -> 0.932 / 0.930, 0.03 -> 0.930 / 0.926, 0.035 -> 0.920 /
 * 0.919: 0.025 is the middle of the plateau.
 */
export const REVIEW_MERGE_LINK = 0.025;
/**
 * Days (gap between two stories' dated reports) beyond which a review never merges them. Wider
 * than TIME_WINDOW_DAYS: the halves of one event that a review brings together are often weeks
 * apart (the check-in and the check-out of one rehab stay, an arrest and the charges). Dev,
 * pipeline / records' own text, mean of 5 orders (`PIPE=1 quick.js`), measured again on
 * 2026-12-03 once datelines were read against the right time: 60 -> 0.925 / 0.924, 120 ->
 * 0.926 / 0.925, 365 -> 0.927 / 0.925, none -> 0.931 / 0.929. Every value is on one plateau
 * (within 0.01); the gain of none comes from ECB+ follow-ups written a year or more after their
 * event. 60 kept: it is what holds a quarterly or yearly repeat of a process (June's release,
 * September's) apart when the residual vectors alone do not, the hard case this stage exists for.
 */
export const REVIEW_MERGE_WINDOW_DAYS = 60;
/**
 * Average-link threshold (0..1 residual cosine) below which groups of a story's reports are
 * different events. Dev (pipeline / own text, mean of 5 orders, merge link 0.03): 0.03 -> 0.889 /
 * 0.936 (merge 0.025), 0.035 -> 0.908 / 0.929, 0.04 -> 0.899 / 0.915.
 */
export const REVIEW_SPLIT_LINK = 0.035;
/** Reports (count) each part of a split needs: fewer is an outlier of the story, not another event. */
export const REVIEW_MIN_PART = 5;

// ---------------------------------------------------------------------------------------------
// derivation

/** Shingle Jaccard (0..1) above which a report is a copy of an earlier one. */
export const COPY_JACCARD = 0.5;
/** Share of the later report's shingles found in the earlier one (0..1): a trimmed copy. */
export const COPY_CONTAINMENT = 0.7;
/**
 * Share of the later report's content-word pairs found in the earlier one (0..1): a rewrite. On
 * the dev stream, pairs of different events reach at most 0.40 (2 of 119,835 pairs above 0.35);
 * 0.5 leaves a margin. The 48 derivations it and the copy rules make there are all within one event.
 */
export const REWRITE_CONTAINMENT = 0.5;

/** The tunable settings as one object, so benches can sweep them without editing this file. */
export interface ClusterOptions {
  readonly titleTermBoost: number;
  readonly leadWords: number;
  readonly leadBoost: number;
  readonly entityTermWeight: number;
  readonly numberTermWeight: number;
  readonly dateTermWeight: number;
  readonly reportTimeBoost: number;
  readonly joinSimilarity: number;
  readonly entityShare: number;
  readonly timeWindowDays: number;
  readonly lateJoinFactor: number;
  readonly relatedSimilarity: number;
  readonly titleNameConflictFactor: number;
  readonly titleNameMaxDfShare: number;
  readonly titleNameMinDf: number;
  readonly sameDayMaxGapDays: number;
  readonly sameDayMinSharedNames: number;
  readonly sameDayJoinFactor: number;
  readonly reviewMembers: number;
  readonly reviewNeighbourSimilarity: number;
  readonly reviewMergeMinSimilarity: number;
  readonly reviewFragmentMergeMinSimilarity: number;
  readonly reviewMergeLink: number;
  readonly reviewMergeWindowDays: number;
  readonly reviewSplitLink: number;
  readonly reviewMinPart: number;
  readonly copyJaccard: number;
  readonly copyContainment: number;
  readonly rewriteContainment: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  titleTermBoost: TITLE_TERM_BOOST,
  leadWords: LEAD_WORDS,
  leadBoost: LEAD_BOOST,
  entityTermWeight: ENTITY_TERM_WEIGHT,
  numberTermWeight: NUMBER_TERM_WEIGHT,
  dateTermWeight: DATE_TERM_WEIGHT,
  reportTimeBoost: REPORT_TIME_BOOST,
  joinSimilarity: JOIN_SIMILARITY,
  entityShare: ENTITY_SHARE,
  timeWindowDays: TIME_WINDOW_DAYS,
  lateJoinFactor: LATE_JOIN_FACTOR,
  relatedSimilarity: RELATED_SIMILARITY,
  titleNameConflictFactor: TITLE_NAME_CONFLICT_FACTOR,
  titleNameMaxDfShare: TITLE_NAME_MAX_DF_SHARE,
  titleNameMinDf: TITLE_NAME_MIN_DF,
  sameDayMaxGapDays: SAME_DAY_MAX_GAP_DAYS,
  sameDayMinSharedNames: SAME_DAY_MIN_SHARED_NAMES,
  sameDayJoinFactor: SAME_DAY_JOIN_FACTOR,
  reviewMembers: REVIEW_MEMBERS,
  reviewNeighbourSimilarity: REVIEW_NEIGHBOUR_SIMILARITY,
  reviewMergeMinSimilarity: REVIEW_MERGE_MIN_SIMILARITY,
  reviewFragmentMergeMinSimilarity: REVIEW_FRAGMENT_MERGE_MIN_SIMILARITY,
  reviewMergeLink: REVIEW_MERGE_LINK,
  reviewMergeWindowDays: REVIEW_MERGE_WINDOW_DAYS,
  reviewSplitLink: REVIEW_SPLIT_LINK,
  reviewMinPart: REVIEW_MIN_PART,
  copyJaccard: COPY_JACCARD,
  copyContainment: COPY_CONTAINMENT,
  rewriteContainment: REWRITE_CONTAINMENT,
};

/**
 * The settings a call runs with: the defaults, overridden by `options`. Without overrides (every
 * call outside a sweep) the defaults object itself, not a copy: a placement reads its settings
 * in several functions, and copying some forty of them each time was work for nothing.
 */
export function clusterOptions(options: Partial<ClusterOptions>): ClusterOptions {
  for (const _ in options) return { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  return DEFAULT_CLUSTER_OPTIONS;
}
