// A labelled stream reordered as news arrives: event by event in bursts. ECB+ records carry no
// publish dates and the file interleaves its events at random, so every order the bench scores
// mixes all events from the first report on. Real streams come in time order, each event's reports
// within a few days of each other among the other events of those days; the first events of a
// stream then meet a store that has seen little else. This builds such an order from the gold
// events: each event is given a seeded time in a span, each of its reports a time within a few days
// of it, and the stream is sorted by time. `dated` also gives each record that time as its publish
// date; without it the records stay undated and only the order changes.
import { seededRandom } from '../../src/core/seeded-random.js';
import type { StreamRecord } from './dev-data.js';

/** Days over which the events' times are spread: 42 events about a month apart on average. */
const BURSTY_SPAN_DAYS = 1200;
/** Days within which one event's reports are published: a story's first days of coverage. */
const BURSTY_EVENT_DAYS = 4;

const DAY_MS = 86_400_000;
const BURSTY_START = Date.parse('2020-01-01T00:00:00Z');

/**
 * The records of a labelled stream in a seeded bursty order (see above); every record needs its
 * gold `cluster`. The same seed gives the same stream.
 */
export function burstyStream(records: readonly StreamRecord[], seed: number, options: { dated: boolean }): StreamRecord[] {
  const next = seededRandom(seed);
  const events = [...new Set(records.map((r) => eventOf(r)))].sort();
  const eventTime = new Map(events.map((e) => [e, BURSTY_START + next() * BURSTY_SPAN_DAYS * DAY_MS]));
  const timed = records.map((r) => ({ r, at: (eventTime.get(eventOf(r)) as number) + next() * BURSTY_EVENT_DAYS * DAY_MS }));
  timed.sort((a, b) => a.at - b.at || (a.r.id < b.r.id ? -1 : 1));
  return timed.map(({ r, at }) => (options.dated ? { ...r, published: new Date(at).toISOString() } : r));
}

function eventOf(r: StreamRecord): string {
  if (r.cluster === undefined || r.cluster === null) throw new Error(`record ${r.id} has no gold cluster: a bursty stream is built from the gold events`);
  return String(r.cluster);
}
