// How well a stored clustering links related stories into threads, against a gold stream whose
// event ids name their topic (ECB+: `9_ecb` and `9_ecbplus` are two events of topic 9, a rule
// change and its reversal). The shared scorer rates the stories; this rates the links between
// them (`story_links`, what `relatedStories` shows as a thread), which it does not see.
import type { Queryable } from '../../src/store/db.js';

export interface ThreadScore {
  /** Links between two live stories (each pair once). */
  readonly links: number;
  /** ... between stories of two events of one topic: the links a thread should have. */
  readonly acrossEvents: number;
  /** ... between two stories of one event (a story split in two, linked instead of one). */
  readonly withinEvent: number;
  /** ... between stories of different topics. */
  readonly acrossTopics: number;
  /** Topics with two or more gold events. */
  readonly topics: number;
  /** ... whose events' main stories are linked (the topic's thread is there). */
  readonly linked: number;
  /** ... whose events' main stories are one story (merged: no thread to link). */
  readonly merged: number;
}

/**
 * The topic of a gold event id, `9` of `9_ecbplus`, or null when the id names none: the thread
 * score is only computed when every event id names its topic.
 */
export function topicOf(event: string): string | null {
  const cut = event.indexOf('_');
  return cut > 0 ? event.slice(0, cut) : null;
}

/**
 * Scores the links of the clustering stored in `q` against `gold` (external id -> gold event);
 * `pred` is the stored clustering (external id -> live story, as `storedClusters` reads it). A
 * story stands for the gold event most of its reports belong to; an event's main story is the one
 * holding most of its reports.
 */
export async function threadScore(q: Queryable, gold: ReadonlyMap<string, string>, pred: ReadonlyMap<string, string>): Promise<ThreadScore> {
  const counts = new Map<string, Map<string, number>>(); // story -> event -> reports
  for (const [id, story] of pred) {
    const event = gold.get(id);
    if (event === undefined) continue;
    const byEvent = counts.get(story) ?? new Map<string, number>();
    byEvent.set(event, (byEvent.get(event) ?? 0) + 1);
    counts.set(story, byEvent);
  }
  const eventOf = new Map<string, string>();
  const main = new Map<string, { story: string; reports: number }>(); // event -> its main story
  for (const [story, byEvent] of counts) {
    eventOf.set(story, heaviest(byEvent));
    for (const [event, n] of byEvent) {
      const m = main.get(event);
      if (!m || n > m.reports || (n === m.reports && story < m.story)) main.set(event, { story, reports: n });
    }
  }

  const rows = await q.query<{ a: string; b: string }>(
    `SELECT DISTINCT LEAST(x.a, x.b) AS a, GREATEST(x.a, x.b) AS b FROM (
       SELECT COALESCE(s.merged_into, s.id) AS a, COALESCE(t.merged_into, t.id) AS b
         FROM story_links l JOIN stories s ON s.id = l.story_id JOIN stories t ON t.id = l.related_id) x
      WHERE x.a <> x.b`,
  );
  const linkedPairs = new Set<string>();
  let acrossEvents = 0;
  let withinEvent = 0;
  let acrossTopics = 0;
  for (const { a, b } of rows.rows) {
    linkedPairs.add(`${a}|${b}`);
    const ea = eventOf.get(a);
    const eb = eventOf.get(b);
    if (ea === undefined || eb === undefined) continue;
    if (ea === eb) withinEvent++;
    else if (topicOf(ea) === topicOf(eb)) acrossEvents++;
    else acrossTopics++;
  }

  const eventsOfTopic = new Map<string, string[]>();
  for (const event of new Set(gold.values())) {
    const topic = topicOf(event);
    if (topic !== null) eventsOfTopic.set(topic, [...(eventsOfTopic.get(topic) ?? []), event]);
  }
  let topics = 0;
  let linked = 0;
  let merged = 0;
  for (const events of eventsOfTopic.values()) {
    if (events.length < 2) continue;
    topics++;
    const stories = [...new Set(events.map((e) => main.get(e)?.story).filter((s): s is string => s !== undefined))].sort();
    if (stories.length < 2) {
      merged++;
      continue;
    }
    // Linked when every main story is linked to another of the topic's (one hop: what a thread shows).
    const joined = stories.every((s) => stories.some((t) => t !== s && linkedPairs.has(s < t ? `${s}|${t}` : `${t}|${s}`)));
    if (joined) linked++;
  }
  return { links: rows.rows.length, acrossEvents, withinEvent, acrossTopics, topics, linked, merged };
}

function heaviest(byEvent: ReadonlyMap<string, number>): string {
  let best = '';
  let most = -1;
  for (const [event, n] of byEvent) if (n > most || (n === most && event < best)) [best, most] = [event, n];
  return best;
}
