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
  documents = 0;
  constructor(readonly options: Partial<ClusterOptions> = {}) {}

  place(id: string, features: ClusterFeatures): PlacementDecision {
    const stories: CandidateStory[] = [...this.stories.values()].filter((s) => s.mergedInto === null);
    const dfs: Record<string, number> = {};
    for (const t in features.terms) dfs[t] = this.df.get(t) ?? 0;
    for (const s of stories) for (const t in s.centroid) dfs[t] = this.df.get(t) ?? 0;
    const reports = this.reports.map((r) => ({ ...r, story: this.resolve(r.story) }));
    const decision = decidePlacement({ report: { id, features }, stories, reports, stats: { documents: this.documents, df: dfs } }, this.options);
    for (const m of decision.merges) {
      const from = this.stories.get(m.from)!;
      const into = this.stories.get(m.into)!;
      into.centroid = addToCentroid(into.centroid, from.centroid, clusterSettings.MAX_CENTROID_TERMS);
      into.reportCount += from.reportCount;
      into.titleNames = unionCapped(into.titleNames, from.titleNames);
      into.firstDate = minDate(into.firstDate, from.firstDate);
      into.lastDate = maxDate(into.lastDate, from.lastDate);
      from.mergedInto = into.id;
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
    return decision;
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
