/** What {@link originPrecedes} needs to know of a report. */
export interface OriginCandidate {
  readonly id: string;
  readonly outlet: string | null;
  /** ISO date (`2026-03-10`, day precision) or timestamp. */
  readonly published: string | null;
  readonly text: string;
}

export interface OriginReversal {
  readonly rule: 'derive/credits-origin' | 'derive/published-earlier';
  readonly reason: string;
}

/** Outlet names shorter than this are too likely to occur in text by chance ("AP" is the exception we accept to miss). */
const MIN_CREDITED_OUTLET_CHARS = 3;

function credits(text: string, outlet: string | null): boolean {
  if (!outlet || outlet.length < MIN_CREDITED_OUTLET_CHARS) return false;
  const escaped = outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

const hasTime = (iso: string) => /T\d{2}:\d{2}/.test(iso);

/**
 * Copy detection finds pairs; arrival order does not say which of the two is the original. When
 * a report arrives that an earlier-stored report copies (the stored one credits the new one's
 * outlet, as wire copies do: "Reporting by Nordic Wire"), or that was published before it (at the
 * precision both state: a day-only date only precedes a different, later day), the new report is
 * the origin and the stored one derives from it. Returns why, or null when the stored report
 * stays the origin.
 *
 * @example
 * originPrecedes({ id: 'r2', outlet: 'Nordic Wire', published: '2026-03-10T11:45:00Z', text: '…' },
 *                { id: 'r1', outlet: null, published: '2026-03-10', text: '… Reporting by Nordic Wire' })
 * // { rule: 'derive/credits-origin', reason: '…' }
 */
export function originPrecedes(incoming: OriginCandidate, stored: OriginCandidate): OriginReversal | null {
  if (credits(stored.text, incoming.outlet) && !credits(incoming.text, stored.outlet)) {
    return { rule: 'derive/credits-origin', reason: `${stored.id} credits ${incoming.outlet}, the outlet of ${incoming.id}: it is the copy` };
  }
  if (!incoming.published || !stored.published) return null;
  const precise = hasTime(incoming.published) && hasTime(stored.published);
  const a = precise ? Date.parse(incoming.published) : Date.parse(incoming.published.slice(0, 10));
  const b = precise ? Date.parse(stored.published) : Date.parse(stored.published.slice(0, 10));
  if (Number.isNaN(a) || Number.isNaN(b) || a >= b) return null;
  return { rule: 'derive/published-earlier', reason: `${incoming.id} was published (${incoming.published}) before ${stored.id} (${stored.published})` };
}
