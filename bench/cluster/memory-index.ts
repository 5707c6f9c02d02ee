// An in-memory stand-in for the story index, for sweeping settings quickly on the dev stream.
// It applies `decidePlacement` the way src/store/story-index.ts does, with every story as a
// candidate (the dev stream is small), so the numbers it gives are those of the decision alone.
import {
  addToCentroid,
  clusterSettings,
  decidePlacement,
  lshBands,
  type CandidateStory,
  type ClusterOptions,
  type ClusterFeatures,
  type EarlierReport,
  type PlacementDecision,
} from '../../src/cluster/index.js';

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
}

export class MemoryIndex {
  readonly stories = new Map<string, MemoryStory>();
  readonly storyOf = new Map<string, string>();
  readonly reports: EarlierReport[] = [];
  readonly df = new Map<string, number>();
  readonly bands = new Map<string, string[]>();
  readonly postings = new Map<string, Map<string, number>>();
  private seq = 0;
  documents = 0;
  /** Milliseconds spent inside decidePlacement (the pure decision alone). */
  decisionMs = 0;
  /** CPU microseconds of this process spent inside decidePlacement (less sensitive to a busy machine). */
  decisionCpuUs = 0;
  constructor(readonly options: Partial<ClusterOptions> = {}) {}

  place(id: string, features: ClusterFeatures): PlacementDecision {
    const stories = this.candidates(features);
    // The store looks document frequencies up per term; a proxy over the map does the same here.
    const dfs = new Proxy({} as Record<string, number>, { get: (_, t) => (typeof t === 'string' ? this.df.get(t) : undefined) });
    const reports = this.earlier(features, stories.slice(0, 3).map((s) => s.id));
    const started = performance.now();
    const cpu = process.cpuUsage();
    const decision = decidePlacement({ report: { id, features }, stories, reports, stats: { documents: this.documents, df: dfs } }, this.options);
    this.decisionMs += performance.now() - started;
    const used = process.cpuUsage(cpu);
    this.decisionCpuUs += used.user + used.system;
    for (const m of decision.merges) {
      const from = this.stories.get(m.from)!;
      const into = this.stories.get(m.into)!;
      into.centroid = addToCentroid(into.centroid, from.centroid, clusterSettings.MAX_CENTROID_TERMS);
      into.reportCount += from.reportCount;
      into.titleNames = unionCapped(into.titleNames, from.titleNames);
      into.firstDate = minDate(into.firstDate, from.firstDate);
      into.lastDate = maxDate(into.lastDate, from.lastDate);
      from.mergedInto = into.id;
      for (const p of this.postings.values()) {
        const at = p.get(from.id);
        if (at === undefined) continue;
        p.delete(from.id);
        p.set(into.id, Math.max(at, p.get(into.id) ?? 0));
      }
    }
    let storyId = decision.story;
    if (storyId === null) {
      storyId = 's' + id.slice(1);
      this.stories.set(storyId, { id: storyId, centroid: {}, reportCount: 0, firstSeen: null, firstDate: null, lastDate: null, order: this.stories.size, titleNames: [], mergedInto: null });
    }
    const story = this.stories.get(storyId)!;
    story.centroid = addToCentroid(story.centroid, features.terms, clusterSettings.MAX_CENTROID_TERMS);
    story.reportCount++;
    story.titleNames = unionCapped(story.titleNames, features.titleNames);
    const date = features.date?.date ?? null;
    story.firstDate = minDate(story.firstDate, date);
    story.lastDate = maxDate(story.lastDate, date);
    this.storyOf.set(id, storyId);
    this.reports.push({ id, story: storyId, derivedFrom: decision.derivation?.from ?? null, features });
    for (const t in features.terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.documents++;
    for (const b of lshBands(features.minhash)) this.bands.set(b, [...(this.bands.get(b) ?? []), id]);
    this.seq++;
    for (const k of features.keys.slice(0, clusterSettings.MAX_RETRIEVAL_KEYS)) {
      const p = this.postings.get(k) ?? new Map<string, number>();
      p.set(storyId, this.seq);
      this.postings.set(k, p);
    }
    return decision;
  }

  /** Like the store: stories sharing the report's rarest keys, latest postings first, best by hits. */
  private candidates(features: ClusterFeatures): CandidateStory[] {
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
    return [...hits]
      .map(([id, n]) => ({ story: this.stories.get(id)!, n }))
      .filter((x) => x.story.mergedInto === null)
      .sort((a, b) => b.n - a.n || a.story.order - b.story.order)
      .slice(0, clusterSettings.MAX_CANDIDATES)
      .map((x) => x.story);
  }

  /** LSH hits and the latest members of the given stories. */
  private earlier(features: ClusterFeatures, stories: readonly string[]): EarlierReport[] {
    const ids = new Set<string>();
    for (const b of lshBands(features.minhash)) for (const id of (this.bands.get(b) ?? []).slice(-20)) ids.add(id);
    const wanted = new Set(stories);
    const byStory = new Map<string, number>();
    for (let i = this.reports.length - 1; i >= 0; i--) {
      const r = this.reports[i]!;
      const s = this.resolve(r.story);
      if (!wanted.has(s) || (byStory.get(s) ?? 0) >= 20) continue;
      byStory.set(s, (byStory.get(s) ?? 0) + 1);
      ids.add(r.id);
    }
    return this.reports.filter((r) => ids.has(r.id)).map((r) => ({ ...r, story: this.resolve(r.story) }));
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

function unionCapped(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].slice(0, clusterSettings.MAX_STORY_TITLE_NAMES);
}

function minDate(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a < b ? a : b;
}

function maxDate(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a > b ? a : b;
}
