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
  // day before when that time has not yet come on the fetch day.
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
  // The page's language first, then English (UI dates often are), then the line's own script.
  const scriptLanguages = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(line)
    ? ['zh', 'ja']
    : /\p{Script=Cyrillic}/u.test(line)
      ? ['ru', 'uk']
      : /\p{Script=Arabic}/u.test(line)
        ? ['ar']
        : [];
  const parsers = [...new Set([language ?? 'en', 'en', ...scriptLanguages])]
    .map((code) => PARSERS[code])
    .filter((p): p is Parser => Boolean(p));
  for (const parser of parsers) {
    const results = parser.parse(line, fetchedAt ?? NO_REFERENCE);
    for (const result of results) {
      if (!/\d/.test(result.text)) continue;
      if (extraWords(line, result.text) > DATELINE_MAX_EXTRA_WORDS) continue;
      const date = resolveDay(result, fetchedAt);
      if (!date) continue;
      return { date, updated: UPDATED_WORD.test(line), matched: result.text };
    }
  }
  return null;
}
