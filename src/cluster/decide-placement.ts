import type { ClusterFeatures } from './cluster-features.js';
import { compareWording, detectIn, originalityIn, type Derivation, type EarlierReport, type OriginalityCheck } from './derivation.js';
import { clusterOptions, type ClusterOptions } from './settings.js';
import { termList } from './term-list.js';
import { currentNorms, idf, isSpecificTerm, type CentroidNorms, type Norms, type TermStats, type TermVector } from './term-vector.js';

/** A story the new report might belong to, as the store knows it. */
export interface CandidateStory {
  readonly id: string;
  /** Summed term weights of its reports (before IDF). */
  readonly centroid: TermVector;
  readonly reportCount: number;
  /** ISO timestamp of its earliest report (publish time, else add time): its age, for merges. */
  readonly firstSeen: string | null;
  /** Earliest and latest report date (ISO days) of its dated reports, null when none is dated. */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** Name terms of its reports' titles (union, capped): who or where the story is about. */
  readonly titleNames: readonly string[];
  /** IDF-weighted norms of `centroid` as of its last change; recomputed here when absent or stale (`normsFresh`). */
  readonly norms?: CentroidNorms;
  /** Creation order in the store (smaller = older); breaks first-seen ties when merging. */
  readonly order: number;
}

/** Everything one placement decision looks at. */
export interface PlacementInput {
  readonly report: {
    readonly id: string;
    readonly features: ClusterFeatures;
  };
  readonly stories: readonly CandidateStory[];
  /** Earlier reports that may be copied or rewritten (LSH hits, recent members of top stories). */
  readonly reports: readonly EarlierReport[];
  readonly stats: TermStats;
}

/** Why a report was put where it was: the overlap between it and its story. */
export interface PlacementEvidence {
  /** TF-IDF cosine between the report and the story centroid (0..1). */
  readonly similarity: number;
  readonly sharedNames: readonly string[];
  readonly sharedNumbers: readonly string[];
  readonly sharedDates: readonly string[];
  readonly sharedPlaces: readonly string[];
  /** The shared terms that contributed most to the similarity, heaviest first. */
  readonly rareTerms: readonly string[];
  /** Days between the report and the story's nearest report, when both have a time. */
  readonly timeGapDays: number | null;
  /** Best similarity to any candidate, and the runner-up, for review of close calls. */
  readonly runnerUp: { readonly story: string; readonly similarity: number } | null;
}


export type PlacementRule = 'cluster/new-story' | 'cluster/join-centroid' | 'cluster/join-same-day-names' | 'cluster/join-derived';

/** The outcome of {@link decidePlacement}. */
export interface PlacementDecision {
  readonly kind: 'placement-decision';
  /** The story to join (after merges: the surviving id), or null to found a new story. */
  readonly story: string | null;
  readonly rule: PlacementRule;
  readonly evidence: PlacementEvidence;
  readonly derivation: Derivation | null;
  /** When not derived: the closest earlier report and why it is not a source of this one. */
  readonly originality: OriginalityCheck | null;
  /** Candidate stories close to the report but not joined: related events, for threads. */
  readonly related: readonly RelatedLink[];
  /**
   * Candidate stories (other than the one joined) at least `reviewNeighbourSimilarity` like the
   * report, best first: the ones a review of the report's story compares it with.
   */
  readonly neighbours: readonly string[];
  /** Candidates whose kept norms had gone stale and were recomputed: the caller keeps them. */
  readonly refreshedNorms: readonly { readonly story: string; readonly norms: CentroidNorms }[];
}

/** A story related to the report's story (an earlier round of the same process), not merged. */
export interface RelatedLink {
  readonly story: string;
  readonly similarity: number;
  readonly rule: 'cluster/related-thread';
  readonly evidence: PlacementEvidence;
}

const EMPTY_EVIDENCE: PlacementEvidence = {
  similarity: 0,
  sharedNames: [],
  sharedNumbers: [],
  sharedDates: [],
  sharedPlaces: [],
  rareTerms: [],
  timeGapDays: null,
  runnerUp: null,
};

/**
 * Decides which story a new report belongs to and whether it copies or rewrites an earlier
 * report. Pure: the caller retrieves the
 * candidates and applies the decision.
 *
 * Rules: `cluster/join-derived` (a copy or rewrite joins its origin's story), `cluster/join-centroid`
 * (TF-IDF cosine to the best story centroid >= JOIN_SIMILARITY within TIME_WINDOW_DAYS, and
 * >= JOIN_SIMILARITY * LATE_JOIN_FACTOR beyond it; `evidence.timeGapDays` shows the gap),
 * `cluster/new-story` otherwise. Merges and splits are not decided here but when the story is
 * reviewed report by report (review-story.ts): a centroid blurs who and when.
 *
 * @example
 * ```ts
 * const d = decidePlacement({ report: { id: 'r01', features }, stories: [], reports: [], stats: { documents: 0, df: {} } });
 * d.rule; // 'cluster/new-story'
 * ```
 */
export function decidePlacement(input: PlacementInput, options: Partial<ClusterOptions> = {}): PlacementDecision {
  const o = clusterOptions(options);
  const { report, stats } = input;
  // Each term's IDF is needed about once (the report's terms for the probe, a stale centroid's
  // for its norms): computing it again is cheaper than a cache's lookups and insertions.
  const idfOf = (term: string): number => idf(stats, term);
  const probe = reportProbe(report.features.terms, idfOf);
  const refreshedNorms: { story: string; norms: CentroidNorms }[] = [];
  const date = report.features.date?.date ?? null;
  // Every candidate is scored: one outside the time window can be joined only on stronger
  // evidence (LATE_JOIN_FACTOR), but it can also be an earlier round of the same process (a
  // related thread) or, at the review, the other half of one long event.
  const conflictsWith = titleConflictWith(report.features, stats, o);
  // The report's counts, listed only when a candidate beyond the window is alike enough to need them.
  let counts: string[] | null = null;
  const retellsCount = (story: CandidateStory): boolean => (counts ??= countedNumbers(report.features.terms)).some((t) => story.centroid[t] !== undefined);
  const all: Scored[] = input.stories
    .map((story) => {
      const conflict = conflictsWith(story);
      const norms = currentNorms(story, stats, idfOf, (fresh) => refreshedNorms.push({ story: story.id, norms: fresh }));
      const similarity = blendedSimilarity(probe, story.centroid, norms, o) * (conflict ? o.titleNameConflictFactor : 1);
      // A dated report is kept apart from a dated story more than the window away (undated ones
      // always fit), unless it is a late follow-up: strongly alike, and repeating one of the
      // story's counts (LATE_JOIN_FACTOR).
      const gap = gapDays(date, story);
      const joinable = gap === null || gap <= o.timeWindowDays || (similarity >= o.joinSimilarity * o.lateJoinFactor && retellsCount(story));
      return { story, similarity, norms, gap, joinable };
    })
    .sort((a, b) => b.similarity - a.similarity || a.story.order - b.story.order);
  const scored = all.filter((x) => x.joinable);

  const wording = compareWording(report.features, input.reports);
  const derivation = detectIn(report.features, wording, o);
  const originality = derivation ? null : originalityIn(wording, o);
  let chosen: (typeof scored)[number] | undefined;
  let rule: PlacementRule = 'cluster/new-story';
  if (derivation) {
    const originStory = input.reports.find((r) => r.id === derivation.matched)?.story;
    chosen = scored.find((x) => x.story.id === originStory);
    if (originStory !== undefined) rule = 'cluster/join-derived';
    if (!chosen && originStory !== undefined) {
      // The origin's story was outside the candidates (e.g. its centroid drifted): join it anyway.
      return {
        kind: 'placement-decision',
        story: originStory,
        rule,
        evidence: { ...EMPTY_EVIDENCE, runnerUp: runnerUp(scored, originStory) },
        derivation,
        originality,
        related: [],
        neighbours: neighboursOf(all, originStory, o),
        refreshedNorms,
      };
    }
  }
  if (!chosen) {
    const best = scored[0];
    if (best && best.similarity >= o.joinSimilarity) {
      chosen = best;
      rule = 'cluster/join-centroid';
    } else if (best && best.similarity >= o.joinSimilarity * o.sameDayJoinFactor && sharesSameDayNames(report.features, best, stats, o)) {
      chosen = best;
      rule = 'cluster/join-same-day-names';
    }
  }
  if (!chosen) {
    return {
      kind: 'placement-decision',
      story: null,
      rule: 'cluster/new-story',
      evidence: { ...EMPTY_EVIDENCE, runnerUp: runnerUp(scored, null) },
      derivation,
      originality,
      related: relatedOf(all, new Set(), report.features, probe, o),
      neighbours: neighboursOf(all, null, o),
      refreshedNorms,
    };
  }

  const evidence = explain(report.features, chosen, probe, runnerUp(scored, chosen.story.id));
  const related = relatedOf(all, new Set([chosen.story.id]), report.features, probe, o);
  return { kind: 'placement-decision', story: chosen.story.id, rule, evidence, derivation, originality, related, neighbours: neighboursOf(all, chosen.story.id, o), refreshedNorms };
}

function neighboursOf(scored: readonly Scored[], except: string | null, o: ClusterOptions): string[] {
  return scored.filter((x) => x.story.id !== except && x.similarity >= o.reviewNeighbourSimilarity).map((x) => x.story.id);
}

function relatedOf(
  scored: readonly Scored[],
  except: ReadonlySet<string>,
  features: ClusterFeatures,
  probe: ReportProbe,
  o: ClusterOptions,
): RelatedLink[] {
  return scored
    .filter((x) => !except.has(x.story.id) && x.similarity >= o.relatedSimilarity)
    .slice(0, MAX_RELATED)
    .map((x) => ({
      story: x.story.id,
      similarity: round(x.similarity),
      rule: 'cluster/related-thread' as const,
      evidence: explain(features, x, probe, null),
    }));
}

const MAX_RELATED = 3;

/**
 * Tests whether the report and a story are about different someone (or somewhere): the report's
 * title names none of the names the story uses, and the story's titles name none the report
 * uses. Two events of one kind (two players arrested, two earthquakes) usually differ so; reports
 * of one event nearly never (dev stream: 40 of 2,925 same-event pairs, 896 of 2,957 same-topic
 * other-event pairs). Only rare names count: a name in more than `titleNameMaxDfShare` of the
 * store (a team, a country) says nothing about which event.
 */
function titleConflictWith(f: ClusterFeatures, stats: TermStats, o: ClusterOptions): (s: CandidateStory) => boolean {
  const limit = Math.max(o.titleNameMinDf, stats.documents * o.titleNameMaxDfShare);
  const rare = (t: string): boolean => (stats.df[t] ?? 0) <= limit;
  const mine = f.titleNames.filter(rare);
  if (mine.length === 0) return () => false;
  return (s) => {
    const theirs = s.titleNames.filter(rare);
    if (theirs.length === 0) return false;
    return mine.every((t) => s.centroid[t] === undefined) && theirs.every((t) => f.terms[t] === undefined);
  };
}

/**
 * Cosine over all terms, blended with the cosine over name, number, place and date terms only:
 * two events of one kind share their topic words, so who, where, when and how many must agree
 * too. `entityShare` is the weight of the second cosine (0 = plain TF-IDF cosine).
 */
function blendedSimilarity(probe: ReportProbe, centroid: TermVector, norms: Norms, o: ClusterOptions): number {
  // Walk the report's terms (a hundred-odd), not the centroid's (hundreds): the norms are kept.
  let dotAll = 0;
  let dotSpecific = 0;
  const { terms, idf, all, spec } = probe;
  for (let i = 0; i < terms.length; i++) {
    const c = centroid[terms[i] as string];
    if (c === undefined) continue;
    const w = c * (idf[i] as number);
    dotAll += w * (all[i] as number);
    dotSpecific += w * (spec[i] as number);
  }
  const a = norms.all > 0 ? dotAll / norms.all : 0;
  if (o.entityShare <= 0) return a;
  const sp = norms.specific > 0 && probe.hasSpecific ? dotSpecific / norms.specific : 0;
  return (1 - o.entityShare) * a + o.entityShare * sp;
}

/**
 * The report's IDF-weighted terms as parallel arrays: term, IDF, weight in the full vector and
 * in the vector of its specific terms (each scaled to unit length; 0 for a topic word in the
 * second). Built in one pass over the report's terms, as weightVector would build the two.
 */
interface ReportProbe {
  readonly terms: readonly string[];
  readonly idf: Float64Array;
  readonly all: Float64Array;
  readonly spec: Float64Array;
  readonly hasSpecific: boolean;
}

function reportProbe(v: TermVector, idfOf: (term: string) => number): ReportProbe {
  const terms: string[] = [];
  const idfs: number[] = [];
  const weights: number[] = [];
  let normAll = 0;
  let normSpec = 0;
  let specificCount = 0;
  const list = termList(v);
  for (let k = 0; k < list.terms.length; k++) {
    const t = list.terms[k] as string;
    const i = idfOf(t);
    const w = (list.weights[k] as number) * i;
    if (w <= 0) continue;
    terms.push(t);
    idfs.push(i);
    weights.push(w);
    normAll += w * w;
    if (isSpecificTerm(t)) {
      normSpec += w * w;
      specificCount++;
    }
  }
  normAll = Math.sqrt(normAll);
  normSpec = Math.sqrt(normSpec);
  const n = terms.length;
  const idf = Float64Array.from(idfs);
  const all = new Float64Array(n);
  const spec = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const w = weights[k] as number;
    all[k] = normAll > 0 ? w / normAll : 0;
    if (normSpec > 0 && isSpecificTerm(terms[k] as string)) spec[k] = w / normSpec;
  }
  return { terms, idf, all, spec, hasSpecific: specificCount > 0 };
}

interface Scored {
  readonly story: CandidateStory;
  readonly similarity: number;
  /** Its centroid's norms in today's store. */
  readonly norms: Norms;
  /** Days between the report and the story's nearest report, when both have a time. */
  readonly gap: number | null;
  /** Within TIME_WINDOW_DAYS of the report, or similar enough to join from beyond it (LATE_JOIN_FACTOR). */
  readonly joinable: boolean;
}

const DAY_MS = 86_400_000;

/** The counted-number terms (`q:123 prison`) of a report's vector: how many of what it tells. */
function countedNumbers(terms: TermVector): string[] {
  const out: string[] = [];
  for (const t in terms) if (t.startsWith('q:')) out.push(t);
  return out;
}

function runnerUp(scored: readonly { story: CandidateStory; similarity: number }[], except: string | null): PlacementEvidence['runnerUp'] {
  const r = scored.find((x) => x.story.id !== except);
  return r ? { story: r.story.id, similarity: round(r.similarity) } : null;
}

function explain(features: ClusterFeatures, scored: Scored, probe: ReportProbe, second: PlacementEvidence['runnerUp']): PlacementEvidence {
  const { story, similarity, norms } = scored;
  // Each shared term's part of the cosine: the report's weight times the centroid's, IDF applied
  // and scaled by the centroid's norm (the probe holds the IDF of each report term).
  const shared: [string, number][] = [];
  if (norms.all > 0) {
    for (let i = 0; i < probe.terms.length; i++) {
      const t = probe.terms[i] as string;
      const c = story.centroid[t];
      if (c !== undefined) shared.push([t, (probe.all[i] as number) * ((c * (probe.idf[i] as number)) / norms.all)]);
    }
  }
  shared.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // One pass over the shared terms, heaviest first, sorting them by kind.
  const names = new Set<string>();
  const counted: string[] = [];
  const bare: string[] = [];
  const dates: string[] = [];
  const places: string[] = [];
  for (const [t] of shared) {
    const rest = t.slice(2);
    if (t.startsWith('e:')) {
      if (names.size < MAX_SHOWN) names.add(features.names[t] ?? rest);
    } else if (t.startsWith('q:')) counted.push(features.numbers[t] ?? rest);
    else if (t.startsWith('n:')) bare.push(rest);
    else if (t.startsWith('d:')) {
      if (dates.length < MAX_SHOWN) dates.push(rest);
    } else if (t.startsWith('p:') && places.length < MAX_SHOWN) places.push(rest);
  }
  // Counted numbers ("123 prisoners") first, then the bare numbers none of them already shows.
  const countedValues = new Set(counted.map((c) => c.split(' ')[0]));
  const numbers = [...counted, ...bare.filter((n) => !countedValues.has(n))];
  return {
    similarity: round(similarity),
    sharedNames: [...names],
    sharedNumbers: numbers.slice(0, MAX_SHOWN),
    sharedDates: dates,
    sharedPlaces: places,
    rareTerms: shared.slice(0, MAX_SHOWN).map(([t]) => t),
    timeGapDays: scored.gap,
    runnerUp: second,
  };
}

/** Shared terms shown per kind in a placement's evidence (count). */
const MAX_SHOWN = 8;

/**
 * A report dated within a day of the story that shares at least two rare name words with it
 * (names, not topic words: two prisoner releases a day apart rarely free the same people).
 */
function sharesSameDayNames(f: ClusterFeatures, candidate: Scored, stats: TermStats, o: ClusterOptions): boolean {
  const { gap, story: s } = candidate;
  if (gap === null || gap > o.sameDayMaxGapDays) return false;
  const limit = Math.max(o.titleNameMinDf, stats.documents * o.titleNameMaxDfShare);
  let shared = 0;
  for (const t of termList(f.terms).terms) {
    if (t.startsWith('e:') && s.centroid[t] !== undefined && (stats.df[t] ?? 0) <= limit) shared++;
  }
  return shared >= o.sameDayMinSharedNames;
}

function gapDays(date: string | null, s: CandidateStory): number | null {
  if (date === null || s.firstDate === null || s.lastDate === null) return null;
  const t = Date.parse(date);
  const first = Date.parse(s.firstDate);
  const last = Date.parse(s.lastDate);
  if ([t, first, last].some(Number.isNaN)) return null;
  const gap = t < first ? first - t : t > last ? t - last : 0;
  return round(gap / DAY_MS);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
