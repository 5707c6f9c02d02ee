// How far the review's own rules can tell apart the events of one topic (ECB+ pairs two events
// of one kind per topic), judged on the gold events rather than on what a stream happened to build:
//   - merge: whether `reviewStory` merges a story of one event into a story of the other (both
//     whole; its link is then `across`, the mean residual cosine between the two events' reports);
//   - split: what `reviewStory` does with the whole topic as one story (the worst a stream can
//     build), part by part, as counts of each event's reports.
// A topic whose events merge and do not split again is one a stream keeps merged once its
// reports meet; no threshold of these rules can fix it without harming another topic.
import { pairwiseCosines } from '../../src/cluster/pairwise-cosines.js';
import { residualVectors } from '../../src/cluster/residual-vectors.js';
import { idf, reviewStory, type ClusterFeatures, type ClusterOptions, type ReviewMember, type StoryMembers, type TermStats } from '../../src/cluster/index.js';
import { clusterOptions } from '../../src/cluster/settings.js';
import { topicOf } from './thread-score.js';

export interface TopicSeparability {
  readonly topic: string;
  /** Each gold event of the topic: its report count and its reports' mean residual cosine. */
  readonly events: readonly { readonly event: string; readonly reports: number; readonly within: number }[];
  /** Mean residual cosine between reports of different events (weighed against the whole topic). */
  readonly across: number;
  /** Whether the merge review joins a story of the first event and one of the second. */
  readonly merged: boolean;
  /** The split of the whole topic as one story: each part's report count per event; one part if none. */
  readonly splitParts: readonly Readonly<Record<string, number>>[];
  /** Pairwise F1 of that split against the gold events (1: each part is one whole event). */
  readonly splitF1: number;
}

/**
 * Store-wide statistics of a whole stream, as a store holding every one of its reports would
 * count them: the stats `topicSeparability` weighs each topic against.
 */
export function streamStats(features: Iterable<Pick<ClusterFeatures, 'terms'>>): TermStats {
  const df: Record<string, number> = {};
  let documents = 0;
  for (const f of features) {
    documents++;
    for (const t in f.terms) df[t] = (df[t] ?? 0) + 1;
  }
  return { documents, df };
}

/**
 * Separability of each topic with two or more events in `events` (report id -> gold event),
 * with each report's `features` (only their terms are read) by report id and the store-wide
 * `stats` of the whole stream.
 */
export function topicSeparability(
  events: ReadonlyMap<string, string>,
  features: ReadonlyMap<string, Pick<ClusterFeatures, 'terms'>>,
  stats: TermStats,
  options: Partial<ClusterOptions> = {},
): TopicSeparability[] {
  const byTopic = new Map<string, Map<string, string[]>>();
  for (const [id, event] of events) {
    const topic = topicOf(event);
    if (topic === null) continue;
    const t = byTopic.get(topic) ?? new Map<string, string[]>();
    t.set(event, [...(t.get(event) ?? []), id]);
    byTopic.set(topic, t);
  }
  const termsOf = (id: string): ClusterFeatures['terms'] => {
    const f = features.get(id);
    if (!f) throw new Error(`topicSeparability: report ${id} has a gold event but no features; pass both for every report`);
    return f.terms;
  };
  const reviewMembers = clusterOptions(options).reviewMembers;
  const rows: TopicSeparability[] = [];
  let seq = 0;
  const member = (id: string): ReviewMember => ({ id, seq: seq++, terms: termsOf(id) });
  for (const [topic, byEvent] of [...byTopic].sort((a, b) => a[0].localeCompare(b[0], 'en', { numeric: true }))) {
    if (byEvent.size < 2) continue;
    const eventIds = [...byEvent.keys()].sort();
    const ids = eventIds.flatMap((e) => byEvent.get(e) as string[]);
    const eventOf = new Map(ids.map((id) => [id, events.get(id) as string]));
    const vectors = residualVectors(ids.map((id) => termsOf(id)), (t) => idf(stats, t));
    const cosines = pairwiseCosines(vectors);
    const n = ids.length;
    const mean = (keep: (a: string, b: string) => boolean): number => {
      let sum = 0;
      let count = 0;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < i; j++) {
          if (!keep(eventOf.get(ids[i] as string) as string, eventOf.get(ids[j] as string) as string)) continue;
          sum += cosines[i * n + j] as number;
          count++;
        }
      }
      return count > 0 ? sum / count : Number.NaN;
    };
    const storyOf = (name: string, memberIds: readonly string[]): StoryMembers => {
      const members = memberIds.map(member);
      const centroid: Record<string, number> = {};
      for (const m of members) for (const t in m.terms) centroid[t] = (centroid[t] ?? 0) + (m.terms[t] as number);
      return { story: { id: name, centroid, reportCount: members.length, firstSeen: null, firstDate: null, lastDate: null, titleNames: [], order: seq }, members };
    };
    const [first, second] = eventIds as [string, string];
    const merged = reviewStory(storyOf(first, byEvent.get(first) as string[]), [storyOf(second, byEvent.get(second) as string[])], stats, options).merges.length > 0;
    // The whole topic as one story, its newest members as many as a review reads.
    const reviewed = ids.slice(-reviewMembers);
    const whole = reviewStory(storyOf(`topic ${topic}`, reviewed), [], stats, options).split;
    const parts = whole ? whole.parts.map((p) => p.reports) : [reviewed];
    const partOf = new Map(parts.flatMap((p, k) => p.map((id) => [id, k] as const)));
    const splitIds = [...partOf.keys()];
    let both = 0;
    let samePart = 0;
    let sameEvent = 0;
    for (let i = 0; i < splitIds.length; i++) {
      for (let j = 0; j < i; j++) {
        const p = partOf.get(splitIds[i] as string) === partOf.get(splitIds[j] as string);
        const e = eventOf.get(splitIds[i] as string) === eventOf.get(splitIds[j] as string);
        if (p) samePart++;
        if (e) sameEvent++;
        if (p && e) both++;
      }
    }
    rows.push({
      topic,
      events: eventIds.map((e) => ({ event: e, reports: (byEvent.get(e) as string[]).length, within: mean((a, b) => a === e && b === e) })),
      across: mean((a, b) => a !== b),
      merged,
      splitParts: parts.map((p) => {
        const counts: Record<string, number> = {};
        for (const id of p) counts[eventOf.get(id) as string] = (counts[eventOf.get(id) as string] ?? 0) + 1;
        return counts;
      }),
      splitF1: both > 0 ? (2 * both) / (samePart + sameEvent) : 0,
    });
  }
  return rows;
}
