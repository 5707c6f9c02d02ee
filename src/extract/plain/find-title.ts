import type { Unit } from './split-units.js';
import {
  STEM_PREFIX_CHARS, TITLE_ABOVE_MIN_WORDS, TITLE_BEFORE_METADATA_WEIGHT, TITLE_DEK_PENALTY, TITLE_MAX_WORDS, TITLE_METADATA_WINDOW_UNITS,
  TITLE_MIN_SCORE, TITLE_MIN_WORDS, TITLE_OVERLAP_WEIGHT, TITLE_PROXIMITY_UNITS, TITLE_PROXIMITY_WEIGHT,
  TITLE_REPEAT_WEIGHT,
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

/** What the title scorer knows about the page around the candidates. */
export interface TitleContext {
  /** Content tokens of the body paragraphs. */
  readonly bodyTokens: ReadonlySet<string>;
  /** Unit index where the body starts. */
  readonly bodyStart: number;
  /** Lines (not counting identified debris) from a unit down to the next byline or dateline. */
  readonly metadataGap: (unit: Unit) => number;
  /** How many other lines repeat or quote a unit (breadcrumb, "Comments on ...", a second copy). */
  readonly mentions: (unit: Unit) => number;
  /** The nearest line above a unit that is neither debris nor metadata, if any. */
  readonly previous: (unit: Unit) => Unit | null;
  /** Keys of lines given twice in a row within one block: captions plus alt text. */
  readonly captionKeys: ReadonlySet<string>;
}

/**
 * Picks the headline among the candidate units above the body: the one whose words recur in the
 * body, that the page repeats or quotes (breadcrumbs, share text), that sits just above the byline
 * or dateline, and that is closest to the body.
 *
 * @example
 * // units: 'Site Name', 'Minsk frees 123 prisoners', 'Sat, Dec. 13, 2025', 'Minsk freed 123 prisoners on ...'
 * findTitle(candidates, { bodyTokens, bodyStart: 3, metadataGap: () => 1, mentions: () => 0, previous: () => null, captionKeys: new Set() })?.unit.text
 * // 'Minsk frees 123 prisoners'
 */
export function findTitle(candidates: readonly Unit[], context: TitleContext): TitleChoice | null {
  let best: TitleChoice | null = null;
  for (const unit of candidates) {
    if (!isHeadlineLike(unit) || unit.metrics.listItem) continue;
    const tokens = contentTokens(unit.key);
    if (tokens.size === 0) continue;
    let shared = 0;
    for (const t of tokens) if (context.bodyTokens.has(t)) shared++;
    const overlap = shared / tokens.size;
    // A line doubled within one block is a caption plus its alt text: no repetition bonus.
    const repeated = context.mentions(unit) > 0 && !context.captionKeys.has(unit.key) ? 1 : 0;
    const proximity = Math.max(0, 1 - Math.abs(context.bodyStart - unit.index) / TITLE_PROXIMITY_UNITS);
    const aboveMetadata = Math.max(0, 1 - (context.metadataGap(unit) - 1) / TITLE_METADATA_WINDOW_UNITS);
    if (unit.index >= context.bodyStart && aboveMetadata === 0) continue; // below the body start only as a dek-led headline
    // A longer headline-like line right under a shorter one is the standfirst (dek) under its
    // headline, not the headline.
    const above = context.previous(unit);
    const dek = above && isHeadlineLike(above) && above.metrics.words >= TITLE_ABOVE_MIN_WORDS && above.metrics.words < unit.metrics.words ? 1 : 0;
    const score =
      overlap * TITLE_OVERLAP_WEIGHT +
      repeated * TITLE_REPEAT_WEIGHT +
      proximity * TITLE_PROXIMITY_WEIGHT +
      aboveMetadata * TITLE_BEFORE_METADATA_WEIGHT -
      dek * TITLE_DEK_PENALTY;
    if (score >= TITLE_MIN_SCORE && (!best || score > best.score)) best = { unit, score };
  }
  return best;
}
