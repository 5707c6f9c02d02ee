// An in-memory stand-in for the story index, for sweeping settings quickly on the dev stream.
// It applies `decidePlacement` and `reviewStory` the way src/store/story-index.ts does, with the
// same candidate retrieval (latest postings of the report's rarest keys) and the same review
// points, so the numbers it gives are those of the pure decisions.
import {
  addToCentroid,
  cachedIdf,
  centroidNorms,
  normsFresh,
  clusterSettings,
  decidePlacement,
  lshBands,
  mergeCandidates,
  nextReviewAt,
  reviewStory,
  splitStoryId,
  subtractFromCentroid,
  type CandidateStory,
  type CentroidNorms,
  type ClusterOptions,
  type ClusterFeatures,
  type EarlierReport,
  type PlacementDecision,
  type PlacementInput,
  type StoryMembers,
  type TermStats,
  type ReviewMember,
  type StoryReview,
} from '../../src/cluster/index.js';
import { termList } from '../../src/cluster/term-list.js';

/** One pure decision as the index made it: enough to make it again, without the index. */
export type RecordedDecision =
  | { readonly kind: 'placement'; readonly input: PlacementInput }
  | {
      readonly kind: 'review';
      readonly target: StoryMembers;
      readonly candidates: readonly CandidateStory[];
      readonly centroidStats: TermStats;
      readonly neighbours: readonly StoryMembers[];
      readonly stats: TermStats;
    };

/** Makes a recorded decision again (the replayed half of `bench:cluster`'s timing). */
export function replayDecision(d: RecordedDecision, options: Partial<ClusterOptions> = {}): unknown {
  if (d.kind === 'placement') return decidePlacement(d.input, options);
  mergeCandidates(d.target.story, d.candidates, d.centroidStats, options);
  return reviewStory(d.target, d.neighbours, d.stats, options);
}

interface MemoryStory {
  id: string;
  centroid: Record<string, number>;
  reportCount: number;
  firstSeen: string | null;
  firstDate: string | null;
  lastDate: string | null;
  order: number;
  titleNames: string[];
  mergedInto: string | null;
  nextReview: number;
  /** Every report of the story, in arrival order. */
  members: ReviewMember[];
  /** Norms of the centroid with the frequencies of when it last changed, as the store keeps them. */
  norms: CentroidNorms | null;
}

interface MemoryReport extends EarlierReport {
  readonly features: ClusterFeatures;
  readonly seq: number;
  readonly date: string | null;
  /** When published, else added (ISO), or null when the caller did not say. */
  readonly seen: string | null;
  readonly titleNames: readonly string[];
  readonly terms: Record<string, number>;
}

export class MemoryIndex {
  readonly stories = new Map<string, MemoryStory>();
  readonly storyOf = new Map<string, string>();
  readonly reports: MemoryReport[] = [];
  private readonly byId = new Map<string, MemoryReport>();
  readonly df = new Map<string, number>();
  readonly bands = new Map<string, string[]>();
  readonly postings = new Map<string, Map<string, number>>();
  private seq = 0;
  documents = 0;
  merges = 0;
  splits = 0;
  /** Pairs of stories a review split apart, `a|b` both ways. */
  private readonly apart = new Set<string>();
  /** When set, every decision's input is kept, so a benchmark can replay the pure decisions alone. */
  recorded: RecordedDecision[] | null = null;
  constructor(readonly options: Partial<ClusterOptions> = {}) {}

  /**
   * Document frequencies of the terms one decision weighs (lists of terms), as a plain object:
   * what the store reads from term_stats for the same decision.
   */
  private statsFor(termLists: Iterable<readonly string[]>): TermStats {
    const df: Record<string, number> = {};
    for (const terms of termLists) {
      for (const t of terms) {
        if (t in df) continue;
        const n = this.df.get(t);
        if (n !== undefined) df[t] = n;
      }
    }
    return { documents: this.documents, df };
  }

  /**
   * Places a report. `seen`: when it was published or else added (ISO), as the store's
   * `first_seen` keeps it for the stories it founds; reviews keep the older of two merged stories.
   */
  place(id: string, features: ClusterFeatures, seen: string | null = null): PlacementDecision {
    const { stories, keys } = this.candidates(features);
    const reports = this.earlier(features, stories.slice(0, clusterSettings.EARLIER_STORIES).map((s) => s.id));
    // As the store reads them: the report's terms, every candidate's title names (for title
    // conflicts), and the centroid terms of candidates whose kept norms have gone stale.
    const stale = stories.filter((s) => !normsFresh(s.norms, this.documents)).map((s) => termsOf(s.centroid));
    const input: PlacementInput = { report: { id, features }, stories, reports, stats: this.statsFor([termsOf(features.terms), stories.flatMap((s) => s.titleNames), ...stale]) };
    const decision = decidePlacement(input, this.options);
    for (const r of decision.refreshedNorms) this.stories.get(r.story)!.norms = r.norms;
    this.recorded?.push({ kind: 'placement', input });
    let storyId = decision.story;
    this.seq++;
    const seenIso = seen === null ? null : new Date(seen).toISOString();
    if (storyId === null) {
      storyId = 's' + id.slice(1);
      // A story is ordered by its first report's place in the stream, as story_index.seq.
      this.stories.set(storyId, { ...emptyStory(storyId, this.seq), firstSeen: seenIso });
    }
    const story = this.stories.get(storyId)!;
    const date = features.date?.date ?? null;
    const report: MemoryReport = { id, story: storyId, derivedFrom: decision.derivation?.from ?? null, features, seq: this.seq, date, seen: seenIso, titleNames: features.titleNames, terms: { ...features.terms } };
    this.addMember(story, report);
    this.storyOf.set(id, storyId);
    this.reports.push(report);
    this.byId.set(id, report);
    for (const t of termList(features.terms).terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.documents++;
    for (const b of lshBands(features.minhash)) {
      const band = this.bands.get(b);
      if (band) band.push(id);
      else this.bands.set(b, [id]);
    }
    // The keys it was searched with and its first keys, as the store indexes them: a key too
    // common to search with today may be the one a later report needs.
    for (const k of new Set([...keys, ...features.keys.slice(0, clusterSettings.MAX_RETRIEVAL_KEYS)])) this.post(k, storyId);
    this.refreshNorms([story]);
    // The neighbours as they were retrieved, with the norms they had then (the store's review gets
    // the rows it read before the placement wrote refreshed norms).
    if (story.reportCount >= story.nextReview) this.review(story, stories.filter((c) => c.id !== storyId && decision.neighbours.includes(c.id)));
    return decision;
  }

  /** Reviews a story at its review point against the report's candidates: merges, then a split. */
  private review(story: MemoryStory, candidates: readonly CandidateStory[]): StoryReview {
    const window = (s: MemoryStory) => ({ story: asCandidate(s), members: s.members.slice(-clusterSettings.REVIEW_MEMBERS) });
    const live = candidates.filter((c) => c.id !== story.id && this.stories.get(c.id)!.mergedInto === null);
    const target = window(story);
    const centroidStats = this.statsFor([story.centroid, ...live.map((s) => s.centroid)].map(termsOf));
    const close = mergeCandidates(target.story, live, centroidStats, this.options);
    const neighbours = close.map((c) => ({ ...window(this.stories.get(c.story.id)!), splitApart: this.apart.has(`${story.id}|${c.story.id}`) }));
    const stats = this.statsFor([story.centroid, ...live.map((s) => s.centroid), ...[target, ...neighbours].flatMap((n) => n.members.map((m) => m.terms))].map(termsOf));
    const review = reviewStory(target, neighbours, stats, this.options);
    this.recorded?.push({ kind: 'review', target, candidates: live, centroidStats, neighbours, stats });
    for (const m of review.merges) this.merge(m.from, m.into);
    const survivor = this.stories.get(this.resolve(story.id))!;
    const created = review.split ? this.split(review.split.story, review.split.parts.slice(1).map((p) => p.reports)) : [];
    for (const s of [survivor, ...created]) s.nextReview = nextReviewAt(s.reportCount);
    if (review.merges.length || created.length) this.refreshNorms([survivor, ...created, this.stories.get(review.split?.story ?? survivor.id)!]);
    return review;
  }

  private merge(fromId: string, intoId: string): void {
    const from = this.stories.get(fromId)!;
    const into = this.stories.get(intoId)!;
    into.centroid = addToCentroid(into.centroid, from.centroid, clusterSettings.MAX_CENTROID_TERMS);
    into.reportCount += from.reportCount;
    into.titleNames = unionCapped(into.titleNames, from.titleNames);
    into.firstDate = minDate(into.firstDate, from.firstDate);
    into.lastDate = maxDate(into.lastDate, from.lastDate);
    into.members = [...into.members, ...from.members].sort((a, b) => a.seq - b.seq);
    from.mergedInto = into.id;
    from.members = [];
    for (const p of this.postings.values()) {
      const at = p.get(from.id);
      if (at === undefined) continue;
      p.delete(from.id);
      p.set(into.id, Math.max(at, p.get(into.id) ?? 0));
    }
    this.merges++;
  }

  /** Moves each part's reports into a new story named after its first report, as the store does. */
  private split(storyId: string, parts: readonly (readonly string[])[]): MemoryStory[] {
    const story = this.stories.get(storyId)!;
    const created: MemoryStory[] = [];
    for (const part of parts) {
      const moved = part.map((id) => this.byId.get(id)!).sort((a, b) => a.seq - b.seq);
      const gone = new Set(part);
      let attempt = 0;
      while (this.stories.has(splitStoryId(moved[0]!.id, storyId, attempt))) attempt++;
      // Ordered and dated by its first report, as the store's split gives story_index.seq and first_seen.
      const fresh: MemoryStory = { ...emptyStory(splitStoryId(moved[0]!.id, storyId, attempt), moved[0]!.seq), firstSeen: moved[0]!.seen };
      this.stories.set(fresh.id, fresh);
      for (const r of moved) {
        this.addMember(fresh, r);
        this.storyOf.set(r.id, fresh.id);
        for (const k of r.features.keys.slice(0, clusterSettings.MAX_RETRIEVAL_KEYS)) this.post(k, fresh.id, r.seq);
      }
      created.push(fresh);
      this.apart.add(`${storyId}|${fresh.id}`).add(`${fresh.id}|${storyId}`);
      story.members = story.members.filter((m) => !gone.has(m.id));
      story.reportCount -= moved.length;
      story.centroid = subtractFromCentroid(story.centroid, moved.map((r) => r.terms));
      this.splits++;
    }
    return created;
  }

  private refreshNorms(stories: readonly MemoryStory[]): void {
    const idfOf = cachedIdf(this.statsFor(stories.map((s) => termsOf(s.centroid))));
    for (const s of stories) s.norms = centroidNorms(s.centroid, idfOf, this.documents);
  }

  private addMember(story: MemoryStory, r: MemoryReport): void {
    story.centroid = addToCentroid(story.centroid, r.terms, clusterSettings.MAX_CENTROID_TERMS);
    story.reportCount++;
    story.titleNames = unionCapped(story.titleNames, r.titleNames);
    story.firstDate = minDate(story.firstDate, r.date);
    story.lastDate = maxDate(story.lastDate, r.date);
    story.members.push({ id: r.id, seq: r.seq, terms: r.terms });
  }

  private post(key: string, storyId: string, seq = this.seq): void {
    const p = this.postings.get(key) ?? new Map<string, number>();
    p.set(storyId, Math.max(seq, p.get(storyId) ?? 0));
    this.postings.set(key, p);
  }

  /**
   * Like the store: stories sharing the report's rarest keys (latest postings first), the
   * MAX_CANDIDATES with most hits (ties by story id, as the SQL orders them), then ordered by hits
   * and age. Also returns the keys searched with, which the report is indexed under.
   */
  private candidates(features: ClusterFeatures): { stories: CandidateStory[]; keys: string[] } {
    const limit = Math.max(1, this.documents * clusterSettings.MAX_KEY_DF_SHARE);
    const keys = features.keys
      .filter((k) => (this.df.get(k) ?? 0) <= limit || this.documents < 1 / clusterSettings.MAX_KEY_DF_SHARE)
      .slice(0, clusterSettings.MAX_RETRIEVAL_KEYS);
    const hits = new Map<string, number>();
    for (const k of keys) {
      const p = this.postings.get(k);
      if (!p) continue;
      const latest = [...p].sort((a, b) => b[1] - a[1]).slice(0, clusterSettings.POSTINGS_PER_KEY);
      for (const [s] of latest) hits.set(s, (hits.get(s) ?? 0) + 1);
    }
    const stories = [...hits]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, clusterSettings.MAX_CANDIDATES)
      .map(([id, n]) => ({ story: this.stories.get(id)!, n }))
      .filter((x) => x.story.mergedInto === null)
      .sort((a, b) => b.n - a.n || a.story.order - b.story.order)
      .map((x) => asCandidate(x.story));
    return { stories, keys };
  }

  /** LSH hits and the latest members of the given stories. */
  private earlier(features: ClusterFeatures, stories: readonly string[]): EarlierReport[] {
    const ids = new Set<string>();
    for (const b of lshBands(features.minhash)) for (const id of (this.bands.get(b) ?? []).slice(-clusterSettings.LSH_HITS_PER_BAND)) ids.add(id);
    for (const s of stories) for (const m of this.stories.get(s)!.members.slice(-clusterSettings.EARLIER_MEMBERS_PER_STORY)) ids.add(m.id);
    // In stream order, as the store reads them.
    return [...ids]
      .map((id) => this.byId.get(id)!)
      .sort((a, b) => a.seq - b.seq)
      .map((r) => ({ id: r.id, story: this.clusterOf(r.id), derivedFrom: r.derivedFrom, features: r.features }));
  }

  resolve(story: string): string {
    let s = story;
    for (;;) {
      const next = this.stories.get(s)?.mergedInto;
      if (!next) return s;
      s = next;
    }
  }

  clusterOf(id: string): string {
    return this.resolve(this.storyOf.get(id)!);
  }
}


function termsOf(v: Readonly<Record<string, number>>): readonly string[] {
  return termList(v).terms;
}

function emptyStory(id: string, order: number): MemoryStory {
  return { id, centroid: {}, reportCount: 0, firstSeen: null, firstDate: null, lastDate: null, order, titleNames: [], mergedInto: null, nextReview: 1, members: [], norms: null };
}

function asCandidate(s: MemoryStory): CandidateStory {
  const c: CandidateStory = { id: s.id, centroid: s.centroid, reportCount: s.reportCount, firstSeen: s.firstSeen, firstDate: s.firstDate, lastDate: s.lastDate, titleNames: s.titleNames, order: s.order };
  return s.norms ? { ...c, norms: s.norms } : c;
}

function unionCapped(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].slice(0, clusterSettings.MAX_STORY_TITLE_NAMES);
}

function minDate(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a < b ? a : b;
}

function maxDate(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a > b ? a : b;
}
