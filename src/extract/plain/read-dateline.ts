import * as chrono from 'chrono-node';
import { DATELINE_FILLER, UPDATED_WORD } from './patterns.js';
import { DATELINE_MAX_CHARS, DATELINE_MAX_EXTRA_WORDS } from './settings.js';

/** A date read from a dateline line. */
export interface Dateline {
  /** Calendar day, `YYYY-MM-DD`. */
  readonly date: string;
  /** Whether the line reports an update rather than first publication. */
  readonly updated: boolean;
  /** The words of the line that made the date. */
  readonly matched: string;
}

type Parser = { parse: (text: string, ref?: Date) => chrono.ParsedResult[] };

const PARSERS: Readonly<Record<string, Parser>> = {
  en: chrono.en.casual, de: chrono.de.casual, fr: chrono.fr.casual, es: chrono.es.casual,
  pt: chrono.pt.casual, ru: chrono.ru.casual, uk: chrono.uk.casual, it: chrono.it.casual,
  nl: chrono.nl.casual, ja: chrono.ja.casual, zh: chrono.zh.casual, sv: chrono.sv.casual,
  fi: chrono.fi.casual, id: chrono.id.casual, vi: chrono.vi.casual, ar: chrono.ar.casual,
};

/** A fixed reference for pages fetched at an unknown time: only complete dates are accepted then. */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1));

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dayOfDate(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Words of the line left once the date, filler words and separators are taken out. */
function extraWords(line: string, matched: string): number {
  const rest = line.replace(matched, ' ');
  return rest
    .split(/[\s|•·,;:()[\]/–—-]+/)
    .filter((w) => /\p{L}/u.test(w))
    .filter((w) => !DATELINE_FILLER.test(w.replace(/[.:]+$/, ''))).length;
}

/**
 * Resolves one chrono result to a calendar day. With no fetch time only fully stated dates count;
 * with one, a missing year or a bare time of day is resolved against it, never to a later day.
 */
/** A time of day as written: hours with minutes ("10:42", "9.06", "21h30"), or with AM/PM. */
const CLOCK_TIME = /\d\s?[:.h]\s?\d\d|\d\s?[ap]\.?\s?m\b/i;

function resolveDay(result: chrono.ParsedResult, fetchedAt: Date | null): string | null {
  const c = result.start;
  const hasDay = c.isCertain('day') && c.isCertain('month');
  if (!fetchedAt) {
    // Relative phrases ("2 hours ago") come back fully dated against the dummy reference.
    if (!hasDay || !c.isCertain('year') || !/\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}/.test(result.text)) return null;
    return `${c.get('year')}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
  }
  const fetchedDay = dayOfDate(fetchedAt);
  if (hasDay) {
    let year = c.get('year') ?? fetchedAt.getUTCFullYear();
    let day = `${year}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
    if (!c.isCertain('year') && day > fetchedDay) {
      year -= 1;
      day = `${year}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
    }
    return day;
  }
  // A bare time ("Updated 10:42 GMT") or a relative phrase ("3 hours ago"): the fetch day, or the
  // day before when that time has not yet come on the fetch day. Only a time written as one
  // (hours and minutes, or with AM/PM): a range of bare numbers ("Ali 22 - 3", a boxing record) is
  // no time of day.
  if (result.end || !CLOCK_TIME.test(result.text)) return null;
  const when = result.start.date();
  if (Number.isNaN(when.getTime())) return null;
  if (when.getTime() > fetchedAt.getTime()) return dayOfDate(new Date(when.getTime() - 86_400_000));
  return dayOfDate(when);
}

/**
 * Reads a dateline: a short line that is a date, maybe with "Published"/"Updated" and a time.
 * Returns null for anything else, including dates inside sentences.
 *
 * @example
 * readDateline('Sat, Dec. 13, 2025', 'en', null) // { date: '2025-12-13', updated: false, matched: 'Sat, Dec. 13, 2025' }
 */
export function readDateline(line: string, language: string | null, fetchedAt: Date | null): Dateline | null {
  if (line.length > DATELINE_MAX_CHARS || !/\d/.test(line)) return null;
  const text = closeSpacedNumbers(line);
  // The page's language first, then English (UI dates often are), then the line's own script.
  const scriptLanguages = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)
    ? ['zh', 'ja']
    : /\p{Script=Cyrillic}/u.test(text)
      ? ['ru', 'uk']
      : /\p{Script=Arabic}/u.test(text)
        ? ['ar']
        : [];
  const parsers = [...new Set([language ?? 'en', 'en', ...scriptLanguages])]
    .map((code) => PARSERS[code])
    .filter((p): p is Parser => Boolean(p));
  const results = parsers.flatMap((parser) => parser.parse(text, fetchedAt ?? NO_REFERENCE))
    .filter((r) => /\d/.test(r.text) && extraWords(text, r.text) <= DATELINE_MAX_EXTRA_WORDS);
  // A stated day before a bare time: "2 A.M. FEB. 4, 2009" is the 4th of February 2009, whatever
  // the fetch day, though the time comes first in the line.
  const ordered = [...results.filter(statesDay), ...results.filter((r) => !statesDay(r))];
  for (const result of ordered) {
    const date = resolveDay(result, fetchedAt);
    if (date) return { date, updated: UPDATED_WORD.test(text), matched: result.text };
  }
  return null;
}

function statesDay(result: chrono.ParsedResult): boolean {
  return result.start.isCertain('day') && result.start.isCertain('month');
}

/**
 * Closes the spaces that tokenised or OCR'd text puts inside numeric dates and times ("05 / 03 /
 * 2013", "2012. 08. 08", "9: 06 AM"), which the date parser otherwise reads as separate numbers
 * (a bare "06 AM" instead of the 3rd of May). Only three-part dates and hour-minute pairs: a lone
 * "5 / 3" or "22 - 3" stays as written.
 */
function closeSpacedNumbers(line: string): string {
  return line
    .replace(SPACED_DATE, (_m, a: string, sep: string, b: string, c: string) => `${a}${sep}${b}${sep}${c}`)
    .replace(SPACED_TIME, '$1:$2');
}

const SPACED_DATE = /\b(\d{1,4}) ?([/.]) (\d{1,2}) ?\2 ?(\d{2,4})\b/g;
const SPACED_TIME = /\b(\d{1,2}) ?: (\d\d)\b/g;
