import type { PollSummary } from './poll-round.js';

/** One readable line for a round of polling, as `watch` (and `serve --watch`) log it. */
export function describeRound(s: PollSummary): string {
  return `polled ${s.feeds} feeds: ${s.fetched} fetched, ${s.unchanged} unchanged, ${s.failed} failed; ${s.newItems} new items, ${s.ingested} ingested (${s.updated} updated versions), ${s.present} already stored, ${s.itemFailures} failed; ${s.rechecked} pages re-checked`;
}
