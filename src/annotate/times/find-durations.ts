/**
 * Lengths of time: "two days of talks", "a decade", "10-year", "for years".
 */
import { countOf, matches, unitOf, type Candidate } from './candidate.js';
import { DURATION_PATTERN, FREQUENCY_BEFORE_PATTERN, VAGUE_DURATION_PATTERN } from './time-patterns.js';
import { DURATION_UNITS } from './time-words.js';

export function findDurations(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(DURATION_PATTERN, text)) {
    if (/^an?$/iu.test(m.groups?.count ?? '') && FREQUENCY_BEFORE_PATTERN.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const count = countOf(m.groups?.count ?? '');
    const unit = unitOf(m.groups?.unit ?? '');
    const spec = DURATION_UNITS.get(unit);
    if (spec === undefined) continue;
    // "a second draft", "a minute's silence": ordinals and idioms, not lengths of time.
    if ((unit === 'second' || unit === 'minute') && /^an?$/iu.test(m.groups?.count ?? '')) continue;
    const end = m.index + m[0].length;
    const duration = count === null ? null : `P${spec.time ? 'T' : ''}${count * spec.factor}${spec.designator}`;
    out.push({
      start: m.index, end, rule: count === null ? 'time/duration-vague' : 'time/duration', type: 'duration', range: null,
      precision: null, duration, priority: 1,
    });
  }
  return out;
}

export function findVagueDurations(text: string): Candidate[] {
  return [...matches(VAGUE_DURATION_PATTERN, text)].map((m) => ({
    start: m.index, end: m.index + m[0].length, rule: 'time/duration-vague', type: 'duration' as const, range: null,
    precision: null, duration: null, priority: 1,
  }));
}
