import { html, type SafeHtml } from './html.js';
import type { Hedge } from '../core/records.js';

/**
 * How the web UI writes times, values and report names. Times are shown in UTC, the same for
 * every reader, as reports state them in many zones.
 */

const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hour12: false });

/** Milliseconds since the epoch of an ISO date or time (a bare day is midnight UTC), or null. */
export function parseTime(value: string | null | undefined): number | null {
  if (!value) return null;
  const time = Date.parse(/^\d{4}-\d\d-\d\d$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(time) ? null : time;
}

/** True when the value gives a time of day, not just a day. */
function hasTimeOfDay(value: string): boolean {
  return /T\d\d:\d\d/.test(value) && !/T00:00(:00(\.0+)?)?(Z|[+-]00:?00)?$/.test(value);
}

/** "10 Mar 2026" or "10 Mar 2026, 16:00 UTC", as a `<time>` element; a dash when unknown. */
export function timeElement(value: string | null | undefined): SafeHtml {
  const time = parseTime(value);
  if (time === null || !value) return html`<span class="unknown">date unknown</span>`;
  const date = new Date(time);
  const text = hasTimeOfDay(value) ? `${DAY.format(date)}, ${TIME.format(date)} UTC` : DAY.format(date);
  return html`<time datetime="${date.toISOString()}">${text}</time>`;
}

/** "10–12 Mar 2026" style span of two times; one time when both are the same day. */
export function spanElement(first: string | null | undefined, last: string | null | undefined): SafeHtml {
  const a = parseTime(first);
  const b = parseTime(last);
  if (a === null && b === null) return html`<span class="unknown">dates unknown</span>`;
  if (a === null || b === null || DAY.format(new Date(a)) === DAY.format(new Date(b))) return timeElement(first ?? last);
  return html`${timeElement(first)} – ${timeElement(last)}`;
}

export function dayLabel(time: number): string {
  return DAY.format(new Date(time));
}

/** What a report is called in chips and lists: its outlet, else its site, else its title. */
export function reportLabel(report: { id: string; outlet: string | null; url: string | null; title: string | null }): string {
  if (report.outlet?.trim()) return report.outlet.trim();
  if (report.url) {
    try {
      const host = new URL(report.url).hostname.replace(/^www\./, '');
      if (host) return host;
    } catch {
      // not a URL: fall through to the title
    }
  }
  if (report.title?.trim()) {
    const title = report.title.replace(/^#+\s*/, '').trim();
    return title.length > 32 ? `${title.slice(0, 30).replace(/\s\S*$/, '')} …` : title;
  }
  return `report ${report.id.slice(0, 8)}`;
}

const HEDGE_WORDS: Readonly<Record<Hedge, string>> = {
  exact: '',
  approximate: 'about ',
  'at-least': 'at least ',
  'more-than': 'more than ',
  'at-most': 'at most ',
  'less-than': 'fewer than ',
  range: '',
  vague: '',
};

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A fact's value as a reader says it: "about 12", "10–12", "2026-03-04". */
export function valueText(value: { value: string | number; low?: number | null; high?: number | null; hedge?: Hedge | string }): string {
  if (typeof value.value !== 'number') return String(value.value);
  const hedge = (value.hedge ?? 'exact') as Hedge;
  if (hedge === 'range' && typeof value.low === 'number' && typeof value.high === 'number') return `${NUMBER.format(value.low)}–${NUMBER.format(value.high)}`;
  return `${HEDGE_WORDS[hedge] ?? ''}${NUMBER.format(value.value)}`;
}

/** "1 report", "3 reports". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** "English (en)"; the code alone when unknown. */
export function languageName(code: string | null | undefined): string {
  if (!code) return 'language unknown';
  try {
    const name = LANGUAGE_NAMES.of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}
