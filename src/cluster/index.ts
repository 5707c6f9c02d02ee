/**
 * The cluster stage: groups reports of one event into a story and finds reports that copy or
 * rewrite another. Pure: `clusterFeatures` describes one report, `decidePlacement` decides where
 * it goes given the candidates the store retrieved; src/store/story-index.ts does the I/O.
 */
export { clusterFeatures, type ClusterFeatures, type ClusterFeaturesInput } from './cluster-features.js';
export {
  decidePlacement,
  type CandidateStory,
  type PlacementDecision,
  type PlacementEvidence,
  type PlacementInput,
  type PlacementRule,
  type RelatedLink,
} from './decide-placement.js';
export { originPrecedes, type OriginCandidate, type OriginReversal } from './choose-origin.js';
export { checkOriginality, detectDerivation, type Derivation, type EarlierReport, type OriginalityCheck, type WordingSamples } from './derivation.js';
export { lshBands, estimateJaccard, compareSamples } from './minhash.js';
export { addToCentroid, subtractFromCentroid, cachedIdf, centroidCosine, centroidNorms, cosine, currentNorms, idf, isSpecificTerm, normsFresh, weightVector, type CentroidNorms, type Norms, type TermStats, type TermVector } from './term-vector.js';
export * as clusterSettings from './settings.js';
export { DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from './settings.js';
export { mergeCandidates, nextReviewAt, reviewStory, splitStoryId, type MergeDecision, type ReviewEvidence, type ReviewMember, type SplitDecision, type SplitPart, type StoryMembers, type StoryReview } from './review-story.js';
export { residualVector, residualVectors, type ResidualVectors } from './residual-vectors.js';
export { pairwiseCosines } from './pairwise-cosines.js';
export { averageLink, type AverageLinkResult } from './average-link.js';
