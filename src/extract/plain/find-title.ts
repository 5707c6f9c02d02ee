import type { Unit } from './split-units.js';
import {
  STEM_PREFIX_CHARS, TITLE_BEFORE_METADATA_WEIGHT, TITLE_MAX_WORDS, TITLE_MIN_SCORE, TITLE_MIN_WORDS, TITLE_OVERLAP_WEIGHT,
  TITLE_PROXIMITY_WEIGHT, TITLE_REPEAT_WEIGHT, TITLE_SEARCH_UNITS,
} from './settings.js';

const UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]+/gu;

/**
 * Content tokens of a text for overlap: crude stems (a fixed prefix) of words of four or more
 * letters, and character pairs of unspaced scripts.
 */
export function contentTokens(key: string): Set<string> {
  const out = new Set<string>();
  for (const run of key.match(UNSPACED_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  for (const word of key.replace(UNSPACED_RUN, ' ').split(' ')) {
    if ([...word].length >= 4) out.add([...word].slice(0, STEM_PREFIX_CHARS).join(''));
  }
  return out;
}

/** Whether a unit has the shape of a headline: a few words, no closing full stop. */
export function isHeadlineLike(unit: Unit): boolean {
  const { words, endsSentence } = unit.metrics;
  if (words < TITLE_MIN_WORDS || words > TITLE_MAX_WORDS) return false;
  return !endsSentence || /[?!]["'”’»]*$/u.test(unit.text);
}

/** A title candidate and its score, for the explanation. */
export interface TitleChoice {
  readonly unit: Unit;
  readonly score: number;
}

/**
 * Picks the headline among the candidate units before the body: the one whose words recur in the
 * body, that the page repeats, that comes before the byline or dateline, and that sits closest to
 * the body. Lines given twice in a row within one block are captions (caption plus alt text) and
 * never titles.
 *
 * @example
 * // units: 'Site Name', 'Minsk frees 123 prisoners', 'Minsk freed 123 prisoners on Saturday ...'
 * findTitle(candidates, bodyTokens, 2, counts, 3, new Set())?.unit.text // 'Minsk frees 123 prisoners'
 */
export function findTitle(
  candidates: readonly Unit[],
  bodyTokens: ReadonlySet<string>,
  bodyStart: number,
  keyCounts: ReadonlyMap<string, number>,
  firstMetadata: number,
  captionKeys: ReadonlySet<string>,
): TitleChoice | null {
  let best: TitleChoice | null = null;
  for (const unit of candidates) {
    if (!isHeadlineLike(unit) || captionKeys.has(unit.key)) continue;
    const tokens = contentTokens(unit.key);
    if (tokens.size === 0) continue;
    let shared = 0;
    for (const t of tokens) if (bodyTokens.has(t)) shared++;
    const overlap = shared / tokens.size;
    const repeated = (keyCounts.get(unit.key) ?? 0) > 1 ? 1 : 0;
    const distance = Math.abs(bodyStart - unit.index);
    const proximity = Math.max(0, 1 - distance / TITLE_SEARCH_UNITS);
    const beforeMetadata = unit.index < firstMetadata ? 1 : 0;
    const score =
      overlap * TITLE_OVERLAP_WEIGHT +
      repeated * TITLE_REPEAT_WEIGHT +
      proximity * TITLE_PROXIMITY_WEIGHT +
      beforeMetadata * TITLE_BEFORE_METADATA_WEIGHT;
    if (score >= TITLE_MIN_SCORE && (!best || score > best.score)) best = { unit, score };
  }
  return best;
}
