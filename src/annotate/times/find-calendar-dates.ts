/**
 * Written-out calendar dates ("December 13, 2025", "13 Dec 2025", "2025-12-13", "Sat, Dec. 13"),
 * read by chrono-node in strict mode, line by line, with a missing year re-derived with past-bias.
 */
import * as chrono from 'chrono-node';
import type { Span } from '../../core/records.js';
import { addDays, compareDates, daysInMonth, isValidDate, monthRange, type CalendarDate } from './calendar.js';
import { type Candidate } from './candidate.js';
import { FUTURE_GRACE_DAYS } from './settings.js';

/**
 * Calendar dates written out, read by chrono-node within each sentence. Kept only when the month
 * is stated with a day or a year; a missing year is re-derived with past-bias.
 */
export function findCalendarDates(text: string, ref: CalendarDate | null, sentences: readonly Span[] | undefined): Candidate[] {
  const out: Candidate[] = [];
  // Lines, not sentences: a sentence splitter may break "Sat, Dec. 13, 2025" at "Dec.", while no
  // date runs across a line break.
  void sentences;
  const segments = splitLines(text);
  const instant = ref ? new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  for (const segment of segments) {
    const slice = text.slice(segment.start, segment.end);
    if (!/\d/u.test(slice)) continue;
    // Strict mode: formal dates only. The casual parsers ("this morning", "last week") are
    // re-done here with past-bias, and they would otherwise swallow a date ("morning on Sunday,
    // February 1, 2009").
    for (const result of chrono.en.strict.parse(slice, { instant, timezone: 0 }, { forwardDate: false })) {
      const known = result.start;
      const tags = typeof known.tags === 'function' ? [...known.tags()] : [];
      if (tags.some((tag) => tag.includes('relative') || tag.includes('casual'))) continue;
      const month = known.isCertain('month') ? known.get('month') : null;
      const day = known.isCertain('day') ? known.get('day') : null;
      const yearKnown = known.isCertain('year') ? known.get('year') : null;
      if (month === null || (day === null && yearKnown === null)) continue;
      // All-digit dates without a year ("3/4", "5/10", "24/7") are fractions, ratings and slogans.
      if (yearKnown === null && !/\p{L}/u.test(result.text)) continue;
      let start = segment.start + result.index;
      let end = start + result.text.length;
      if (known.isCertain('hour')) end = start + cutTimeOfDay(result.text).length;
      const trimmed = trimSpan(text, start, end);
      start = trimmed.start;
      end = trimmed.end;
      let range: [CalendarDate, CalendarDate] | null;
      if (day === null) {
        range = yearKnown === null ? null : monthRange(yearKnown, month);
      } else {
        const year = yearKnown ?? pastBiasYear(month, day, ref);
        const first = year === null ? null : { year, month, day };
        range = first && isValidDate(first) ? [first, first] : null;
        const endComponent = result.end;
        if (range && endComponent && endComponent.isCertain('day')) {
          const last = { year: endComponent.isCertain('year') ? endComponent.get('year') ?? year! : year!, month: endComponent.get('month') ?? month, day: endComponent.get('day') ?? day };
          if (isValidDate(last) && compareDates(last, range[0]) >= 0) range = [range[0], last];
        }
      }
      out.push({
        start, end, rule: 'time/calendar-date', type: 'date', range, precision: day === null ? 'month' : 'day', duration: null, priority: 0,
        closedRange: result.end !== null && result.end !== undefined,
      });
    }
  }
  return out;
}

/** Year of a day and month written without one: the publish year unless that is too far ahead. */
function pastBiasYear(month: number, day: number, ref: CalendarDate | null): number | null {
  if (ref === null) return null;
  const candidate = { year: ref.year, month, day: Math.min(day, daysInMonth(ref.year, month)) };
  return compareDates(candidate, addDays(ref, FUTURE_GRACE_DAYS)) <= 0 ? ref.year : ref.year - 1;
}

/**
 * The date part of a chrono match that also read a clock time ("March 13, 2013, 12:38 AM",
 * "Thu Jun 13, 2013 08:45"): times of day are not recorded, and their digits are not part of the date.
 */
function cutTimeOfDay(matched: string): string {
  const cut = /^(.*?\d{4}|.*?\b\d{1,2}(?:st|nd|rd|th)?\b(?=[,\s]+(?:at\s+)?\d{1,2}\s*(?:[:.h]|[ap]\.?\s?m)))/isu.exec(matched);
  if (cut?.[1] && /[A-Za-z]/u.test(cut[1]) && /\d/u.test(cut[1])) return cut[1];
  const before = /^(.*?)(?:,?\s*(?:(?:at|after|before|by|around|about|from|until|till)\s+)?\d{1,2}(?:\s*[:.]\s*\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?)$/su.exec(matched);
  return before?.[1] && /\d/u.test(before[1]) ? before[1] : matched;
}

/** Drops spaces, commas and a leading preposition chrono sometimes includes. */
function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (e > s && /[\s,;:]/u.test(text[e - 1] as string)) e--;
  const lead = /^(?:on|in|at|since|from|by|until)\s+/iu.exec(text.slice(s, e));
  if (lead) s += lead[0].length;
  while (s < e && /\s/u.test(text[s] as string)) s++;
  return { start: s, end: e };
}

function splitLines(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n/gu)) {
    spans.push({ start, end: m.index });
    start = m.index + 1;
  }
  spans.push({ start, end: text.length });
  return spans;
}
