import * as chrono from 'chrono-node';
import { attr, classAndId, collapsedText, walkElements, type HtmlElement } from './dom.js';
import { metaContent, type PageSignals } from './page-signals.js';
import { stringProp } from './read-json-ld.js';
import {
  DATELINE_HINT, ISO_DATE, MODIFIED_META_KEYS, PUBLISHED_META_KEYS, URL_DATE_COMPACT, URL_DATE_PATH,
} from './patterns.js';
import { MAX_DATELINE_CHARS, MAX_DATELINE_ELEMENTS, MIN_PLAUSIBLE_YEAR } from './settings.js';

/** Where a date was read; each is an independent source family for the date check in the bench. */
export type DateSource = 'json-ld' | 'meta' | 'time-element' | 'dateline' | 'url';

export interface DateCandidate {
  readonly source: DateSource;
  /** Normalised ISO 8601 date or date-time (local date kept as stated). */
  readonly value: string;
}

export interface PageDates {
  readonly published: string | null;
  readonly modified: string | null;
  /** The family the published date came from, for diagnostics. */
  readonly publishedSource: DateSource | null;
}

const CHRONO_STRICT = [chrono.strict, chrono.de.strict, chrono.fr.strict, chrono.es.strict, chrono.pt.strict, chrono.nl.strict, chrono.it.strict, chrono.ru.strict];

/**
 * Normalises a stated date to ISO 8601 without moving it across time zones: an ISO string keeps
 * its local date and offset; other forms ("Dec 13, 2025", "13.12.2025", RFC 2822) are read by
 * chrono-node's strict parsers and returned as a calendar date. Returns null when no year is
 * stated or it is implausible.
 */
export function normaliseDate(raw: string): string | null {
  const s = raw.trim();
  if (!s) return null;
  const iso = ISO_DATE.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, zone] = iso;
    if (!validDay(+y!, +mo!, +d!)) return null;
    const day = `${y}-${mo}-${d}`;
    if (h === undefined) return day;
    const z = zone ? (zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${day}T${h}:${mi}:${sec ?? '00'}${z}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact && validDay(+compact[1]!, +compact[2]!, +compact[3]!)) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const numeric = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(s);
  if (numeric) {
    // Day-first is the norm outside the US; a US month-first date shows as day > 12 in the second slot.
    let d = +numeric[1]!, m = +numeric[2]!;
    if (m > 12 && d <= 12) [d, m] = [m, d];
    if (validDay(+numeric[3]!, m, d)) return `${numeric[3]}-${pad(m)}-${pad(d)}`;
  }
  // Every accepted form states a year: without one, skip the (costly) chrono parsers.
  if (!/(?:^|\D)(?:19|20|21)\d{2}(?:\D|$)/.test(s)) return null;
  for (const parser of CHRONO_STRICT) {
    const r = parser.parse(s.slice(0, MAX_DATELINE_CHARS))[0];
    if (!r || !r.start.isCertain('year') || !r.start.isCertain('day')) continue;
    const y = r.start.get('year')!, m = r.start.get('month')!, d = r.start.get('day')!;
    if (validDay(y, m, d)) return `${y}-${pad(m)}-${pad(d)}`;
  }
  return null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  return y >= MIN_PLAUSIBLE_YEAR && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** True when a normalised date is not after the fetch time (same-day dates always pass). */
function notAfter(value: string, fetchedAt: string | undefined): boolean {
  if (!fetchedAt) return true;
  const fetchedDay = normaliseDate(fetchedAt)?.slice(0, 10);
  if (!fetchedDay) return true;
  const day = value.slice(0, 10);
  if (day <= fetchedDay) return true;
  // A stated offset can put the local day one ahead of the UTC fetch day: compare instants then.
  if (/[zZ]|[+-]\d{2}:\d{2}$/.test(value)) {
    const t = Date.parse(value), f = Date.parse(fetchedAt);
    return Number.isFinite(t) && Number.isFinite(f) && t <= f;
  }
  return false;
}

/** Every date the page states for its publication, by source family, in priority order. */
export function collectPublishedCandidates(signals: PageSignals): DateCandidate[] {
  return [...publishedCandidates(signals)];
}

/**
 * The page's publication dates, lazily in priority order (JSON-LD, meta, time elements, visible
 * datelines, URL): the costly dateline parsing runs only when the structured sources fail.
 */
function* publishedCandidates(signals: PageSignals): Generator<DateCandidate> {
  const normalised = (source: DateSource, raw: string | null | undefined): DateCandidate | null => {
    const v = raw ? normaliseDate(raw) : null;
    return v ? { source, value: v } : null;
  };
  for (const a of signals.articles) {
    const c = normalised('json-ld', stringProp(a, 'datePublished') ?? stringProp(a, 'dateCreated'));
    if (c) yield c;
  }
  for (const k of PUBLISHED_META_KEYS) {
    const c = normalised('meta', signals.meta.get(k));
    if (c) yield c;
  }
  const later: DateCandidate[] = [];
  const push = (source: DateSource, raw: string | null): void => {
    const c = normalised(source, raw);
    if (c) later.push(c);
  };
  collectTimeElements(signals.doc.root, push);
  yield* later.splice(0);
  collectDatelines(signals.doc.root, push);
  yield* later.splice(0);
  if (signals.url) {
    const c = normalised('url', dateFromUrl(signals.url));
    if (c) yield c;
  }
}

function collectTimeElements(root: HtmlElement, push: (s: DateSource, raw: string | null) => void): void {
  const preferred: string[] = [];
  const others: string[] = [];
  walkElements(root, (el) => {
    const itemprop = (el.attrs['itemprop'] ?? '').toLowerCase();
    if (itemprop === 'datepublished' || itemprop === 'datecreated') {
      const v = el.attrs['datetime'] || el.attrs['content'] || collapsedText(el);
      if (v) preferred.push(v);
    } else if (el.tag === 'time') {
      const v = el.attrs['datetime'] || collapsedText(el);
      if (!v) return true;
      if ('pubdate' in el.attrs || /publish|posted|created/.test(classAndId(el))) preferred.push(v);
      else if (!/modif|updat/.test(classAndId(el)) && others.length < 3) others.push(v);
    }
    return true;
  });
  for (const v of [...preferred, ...others]) push('time-element', v);
}

function collectDatelines(root: HtmlElement, push: (s: DateSource, raw: string | null) => void): void {
  let seen = 0;
  walkElements(root, (el) => {
    if (seen >= MAX_DATELINE_ELEMENTS) return false;
    const hint = classAndId(el);
    if (!hint || !DATELINE_HINT.test(hint) || /modif|updat/.test(hint)) return true;
    const text = collapsedText(el);
    if (text.length === 0 || text.length > MAX_DATELINE_CHARS) return true;
    seen++;
    push('dateline', text);
    return false;
  });
}

/** A date in the URL path: /2025/12/13/, /2025-12-13-, /20251213/. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DATE_PATH.exec(path);
  if (m && validDay(+m[1]!, +m[2]!, +m[3]!)) return `${m[1]}-${m[2]}-${m[3]}`;
  const c = URL_DATE_COMPACT.exec(path);
  if (c && validDay(+c[1]!, +c[2]!, +c[3]!)) return `${c[1]}-${c[2]}-${c[3]}`;
  return null;
}

/**
 * Published and modified dates: the first candidate in priority order (JSON-LD, meta, time
 * elements, visible dateline, URL) that is not after `fetchedAt`.
 */
export function extractDates(signals: PageSignals, fetchedAt?: string): PageDates {
  let pub: DateCandidate | null = null;
  for (const c of publishedCandidates(signals)) {
    if (notAfter(c.value, fetchedAt)) {
      pub = c;
      break;
    }
  }
  let modified: string | null = null;
  const rawModified = [
    ...signals.articles.map((a) => stringProp(a, 'dateModified')),
    metaContent(signals, MODIFIED_META_KEYS),
    findItempropDate(signals.doc.root, 'datemodified'),
  ];
  for (const raw of rawModified) {
    const v = raw ? normaliseDate(raw) : null;
    if (v && notAfter(v, fetchedAt)) {
      modified = v;
      break;
    }
  }
  return { published: pub?.value ?? null, modified, publishedSource: pub?.source ?? null };
}

function findItempropDate(root: HtmlElement, prop: string): string | null {
  let found: string | null = null;
  walkElements(root, (el) => {
    if (found) return false;
    if ((el.attrs['itemprop'] ?? '').toLowerCase() === prop) found = attr(el, 'datetime') || attr(el, 'content') || null;
    return !found;
  });
  return found;
}
