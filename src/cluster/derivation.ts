import type { ClusterFeatures } from './cluster-features.js';
import { estimateJaccard, type SampleComparison } from './minhash.js';
import { SampleTable } from './sample-table.js';
import { clusterOptions, type ClusterOptions } from './settings.js';

/** An earlier report that the new one might copy or rewrite. */
export interface EarlierReport {
  readonly id: string;
  readonly story: string;
  /** The origin this report itself derives from, if any (so chains resolve to the first). */
  readonly derivedFrom: string | null;
  /** Its samples: arrays, or typed arrays as the store reads them packed. */
  readonly features: WordingSamples;
}

/** A report's MinHash signature and bottom-k samples, sorted, as numbers however they are held. */
export interface WordingSamples {
  readonly minhash: ArrayLike<number>;
  readonly shingles: ArrayLike<number>;
  readonly phrases: ArrayLike<number>;
}

/** Why a report counts as derived from an earlier one (stored in `reports.derivation`). */
export interface Derivation {
  readonly kind: 'derivation';
  /** The earliest report of the near-duplicate group: the independent source this one repeats. */
  readonly from: string;
  /** The report the text was matched against (equal to `from` unless that one is itself derived). */
  readonly matched: string;
  /** `derive/copy` (same wording, light edits) or `derive/rewrite` (same reporting, reworded). */
  readonly rule: 'derive/copy' | 'derive/rewrite';
  /** The score the rule tested: shingle Jaccard or containment for copies, phrase containment for rewrites. */
  readonly similarity: number;
  readonly evidence: {
    readonly minhashJaccard: number;
    readonly shingleJaccard: number;
    readonly shingleContainment: number;
    readonly phraseContainment: number;
    readonly sharedPhrases: number;
    readonly reason: string;
  };
}

/**
 * Finds the earlier report the new one copies or rewrites, if any.
 *
 * A copy shares its word 4-grams with the earlier report (Jaccard >= COPY_JACCARD, or most of
 * its own 4-grams found there: a trimmed copy). A rewrite is reworded, so its 4-grams differ,
 * but it keeps the source's content: most of its consecutive content-word pairs (stopwords
 * dropped, words stemmed: "lift sanctions", "belarusian potash", "global producer") occur in
 * the earlier report. Two independent reports of one event share names and numbers but word
 * their own sentences, so they share far fewer such pairs. A derived report is not an
 * independent source: it counts once, with its origin.
 *
 * @example
 * ```ts
 * const d = detectDerivation(features, [{ id: 'r1', story: 's1', derivedFrom: null, features: earlier }]);
 * d?.rule; // 'derive/copy'
 * ```
 */
export function detectDerivation(
  report: Pick<ClusterFeatures, 'minhash' | 'shingles' | 'phrases'>,
  earlier: readonly EarlierReport[],
  options: Partial<ClusterOptions> = {},
): Derivation | null {
  return detectIn(report, compareWording(report, earlier), options);
}

/** How the wording of a report compares with one earlier report: shingle and phrase overlap. */
export interface WordingComparison {
  readonly earlier: EarlierReport;
  readonly shingle: SampleComparison;
  readonly phrase: SampleComparison;
}

/** Compares a report's wording with each earlier report once, for both derivation and originality. */
export function compareWording(report: Pick<ClusterFeatures, 'shingles' | 'phrases'>, earlier: readonly EarlierReport[]): WordingComparison[] {
  const shingles = REPORT_SHINGLES.hold(report.shingles);
  const phrases = REPORT_PHRASES.hold(report.phrases);
  return earlier.map((e) => ({ earlier: e, shingle: shingles.compare(e.features.shingles), phrase: phrases.compare(e.features.phrases) }));
}

/**
 * The new report's two samples as tables, refilled for each call of compareWording (which runs
 * to the end before anything else can use them): one pair for the process, not a pair per report.
 */
const REPORT_SHINGLES = new SampleTable();
const REPORT_PHRASES = new SampleTable();

/** {@link detectDerivation} on comparisons already made. */
export function detectIn(report: Pick<ClusterFeatures, 'minhash'>, comparisons: readonly WordingComparison[], options: Partial<ClusterOptions> = {}): Derivation | null {
  const o = clusterOptions(options);
  let best: Derivation | null = null;
  let bestScore = 0;
  for (const { earlier: e, shingle, phrase } of comparisons) {
    const copy = shingle.jaccard >= o.copyJaccard || shingle.containment >= o.copyContainment;
    if (!copy && phrase.containment < o.rewriteContainment) continue;
    const evidenceBase = {
      minhashJaccard: round(estimateJaccard(report.minhash, e.features.minhash)),
      shingleJaccard: round(shingle.jaccard),
      shingleContainment: round(shingle.containment),
      phraseContainment: round(phrase.containment),
      sharedPhrases: phrase.shared,
    };
    let candidate: Derivation | null = null;
    let score = 0;
    if (copy) {
      score = 2 + Math.max(shingle.jaccard, shingle.containment);
      candidate = {
        kind: 'derivation',
        from: e.derivedFrom ?? e.id,
        matched: e.id,
        rule: 'derive/copy',
        similarity: round(Math.max(shingle.jaccard, shingle.containment)),
        evidence: {
          ...evidenceBase,
          reason: `${pct(shingle.containment)} of its 4-word sequences appear in ${e.id} (Jaccard ${pct(shingle.jaccard)}): a copy with light edits`,
        },
      };
    } else if (phrase.containment >= o.rewriteContainment) {
      score = 1 + phrase.containment;
      candidate = {
        kind: 'derivation',
        from: e.derivedFrom ?? e.id,
        matched: e.id,
        rule: 'derive/rewrite',
        similarity: round(phrase.containment),
        evidence: {
          ...evidenceBase,
          reason: `${pct(phrase.containment)} of its content-word pairs (${phrase.shared} shared) appear in ${e.id}, though only ${pct(shingle.containment)} of its 4-word sequences do: a rewrite of that report`,
        },
      };
    }
    if (candidate && score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The closest earlier report when none is close enough to count as a source: why this report is original. */
export interface OriginalityCheck {
  readonly kind: 'originality-check';
  readonly nearest: string;
  readonly shingleContainment: number;
  readonly phraseContainment: number;
  readonly rule: 'derive/independent';
  readonly reason: string;
}

/**
 * Explains why a report counts as an independent source: the earlier report closest to it in
 * wording and how far it stays below the copy and rewrite thresholds. Null when there was no
 * earlier report to compare with.
 *
 * @example
 * ```ts
 * checkOriginality(features, earlier)?.reason; // "closest earlier report r1 shares 11% of its content-word pairs ..."
 * ```
 */
export function checkOriginality(
  report: Pick<ClusterFeatures, 'shingles' | 'phrases'>,
  earlier: readonly EarlierReport[],
  options: Partial<ClusterOptions> = {},
): OriginalityCheck | null {
  return originalityIn(compareWording(report, earlier), options);
}

/** {@link checkOriginality} on comparisons already made. */
export function originalityIn(comparisons: readonly WordingComparison[], options: Partial<ClusterOptions> = {}): OriginalityCheck | null {
  const o = clusterOptions(options);
  // The first comparison with the highest phrase containment; its explanation is written once.
  let best: WordingComparison | null = null;
  for (const c of comparisons) if (best === null || c.phrase.containment > best.phrase.containment) best = c;
  if (best === null) return null;
  const phrase = best.phrase.containment;
  const shingle = best.shingle.containment;
  return {
    kind: 'originality-check',
    nearest: best.earlier.id,
    shingleContainment: round(shingle),
    phraseContainment: round(phrase),
    rule: 'derive/independent',
    reason:
      `closest earlier report ${best.earlier.id} shares ${pct(phrase)} of this report's content-word pairs (a rewrite needs ${pct(o.rewriteContainment)}) ` +
      `and ${pct(shingle)} of its 4-word sequences (a copy needs ${pct(o.copyContainment)}): reworded and not copied, so counted as an independent source`,
  };
}
