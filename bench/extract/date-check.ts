import { decodeHtml } from '../../src/extract/html/decode-html.js';
import { collectPublishedCandidates, type DateSource } from '../../src/extract/html/extract-dates.js';
import { readPageSignals } from '../../src/extract/html/page-signals.js';
import { parseHtml } from '../../src/extract/html/parse-html.js';

/** Outcome of the date check on one page. */
export interface DateVerdict {
  readonly id: string;
  /** The day at least two independent source families agree on, or null. */
  readonly consensus: string | null;
  /** Families that stated a date at all. */
  readonly families: number;
  readonly ours: string | null;
}

/**
 * The consensus day of a page: each independent source family (JSON-LD, meta tags, the visible
 * page — `<time>` elements and dateline boxes together —, the URL) votes with its first date; a
 * day voted by two or more families, with no tie, is the page's stated date. Our published date
 * is then checked against it (same calendar day).
 */
export function checkDate(id: string, bytes: Uint8Array, url: string | null, ours: string | null): DateVerdict {
  const doc = parseHtml(decodeHtml(bytes).html);
  const cands = collectPublishedCandidates(readPageSignals(doc, url));
  // A <time> element and the dateline box around it are usually the same words on the page, so
  // they vote once, as "visible".
  const familyOf = (s: DateSource): string => (s === 'time-element' || s === 'dateline' ? 'visible' : s);
  const firstByFamily = new Map<string, string>();
  for (const c of cands) if (!firstByFamily.has(familyOf(c.source))) firstByFamily.set(familyOf(c.source), c.value.slice(0, 10));
  const votes = new Map<string, number>();
  for (const day of firstByFamily.values()) votes.set(day, (votes.get(day) ?? 0) + 1);
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  const tie = ranked[1] && best && ranked[1][1] === best[1];
  const consensus = best && best[1] >= 2 && !tie ? best[0] : null;
  return { id, consensus, families: firstByFamily.size, ours };
}
