import type { UnitMetrics } from './measure-unit.js';
import type { Unit } from './split-units.js';
import {
  BODY_MAX_GAP_COST, BOUNDARY_GAP_COST, FRAGMENT_GAP_COST, LIST_ITEM_GAP_COST, LIST_ITEM_MAX_WORDS, PROSE_MIN_WORDS,
  SECONDARY_BLOCK_MIN_PARAGRAPHS, SECONDARY_BLOCK_MIN_SHARE, SENTENCE_MIN_LOWERCASE_SHARE,
  SHORT_SENTENCE_MIN_WORDS,
} from './settings.js';

/** How a unit takes part in finding the body. */
export type Role =
  | 'prose' // a paragraph of running text: anchors the body
  | 'sentence' // a short sentence (a one-line quote): free inside the body, joins its edges
  | 'fragment' // headline-like or unrecognised short line: costs gap
  | 'list-item' // a bulleted or numbered line: costs a little gap
  | 'metadata' // title, byline or dateline already taken out: costs a little gap
  | 'debris' // identified debris that sits inside articles (ad label, photo credit): free
  | 'link' // a link to another story: costs gap like a headline-like line
  | 'boundary'; // identified end-of-article debris: closes the body

/** Whether a unit's shape is that of running text: long enough, sentence case, finished. */
export function isProse(m: UnitMetrics): boolean {
  if (m.words < PROSE_MIN_WORDS) return false;
  if (m.lowercaseShare !== null && m.lowercaseShare < SENTENCE_MIN_LOWERCASE_SHARE) return false;
  return m.endsSentence || m.words >= PROSE_MIN_WORDS * 2;
}

/** Whether a unit is a short finished sentence (or a lead-in ending in a colon) in sentence case. */
export function isShortSentence(m: UnitMetrics): boolean {
  if (m.words < SHORT_SENTENCE_MIN_WORDS || !(m.endsSentence || m.endsColon)) return false;
  return m.lowercaseShare === null || m.lowercaseShare >= SENTENCE_MIN_LOWERCASE_SHARE;
}

const GAP_COST: Readonly<Record<Role, number>> = {
  prose: 0,
  sentence: 0,
  fragment: FRAGMENT_GAP_COST,
  'list-item': LIST_ITEM_GAP_COST,
  metadata: LIST_ITEM_GAP_COST,
  debris: 0,
  link: FRAGMENT_GAP_COST,
  boundary: BOUNDARY_GAP_COST,
};

/** Moves a body start back over the short sentences just before it (a one-line opening). */
function widenStart(roles: readonly Role[], first: number): number {
  while (first > 0 && roles[first - 1] === 'sentence') first--;
  return first;
}

/**
 * Moves a body end forward to the last short sentence or list item reachable within the gap
 * budget: an article may close on a lead-in line, a short list and a one-line kicker.
 */
function widenEnd(roles: readonly Role[], last: number): number {
  let gap = 0;
  let end = last;
  for (let i = last + 1; i < roles.length; i++) {
    const role = roles[i]!;
    gap += GAP_COST[role];
    if (role === 'boundary' || gap > BODY_MAX_GAP_COST) break;
    if (role === 'sentence' || role === 'list-item') end = i;
  }
  return end;
}

/**
 * Short lines after a lead-in ending in a colon ("The study lists three causes:") are list items,
 * not headline-like debris, up to the next sentence or paragraph.
 *
 * @example
 * // 'It lists:' / 'Stress' / 'Depression' -> roles sentence, list-item, list-item
 */
export function markListItems(units: readonly Unit[], roles: readonly Role[]): Role[] {
  const out = [...roles];
  let inList = false;
  units.forEach((unit, i) => {
    const role = out[i]!;
    if (role === 'debris' || role === 'boundary' || role === 'link') {
      inList = false;
      return;
    }
    if (inList && role === 'fragment' && unit.metrics.words <= LIST_ITEM_MAX_WORDS) out[i] = 'list-item';
    else inList = false;
    if (unit.metrics.endsColon && (role === 'sentence' || role === 'prose')) inList = true;
    else if (out[i] === 'list-item') inList = true;
  });
  return out;
}

/** A run of units forming (part of) the article body, by unit position, inclusive. */
export interface BodyBlock {
  readonly first: number;
  readonly last: number;
  readonly proseChars: number;
  readonly paragraphs: number;
}

/**
 * Finds the article body: runs of prose paragraphs whose gaps (headline-like lines, debris that
 * ends an article) stay under BODY_MAX_GAP_COST, widened over adjacent short sentences. Returns
 * the largest run and any other run large enough to be the same article's continuation.
 *
 * @example
 * findBody(['fragment', 'prose', 'fragment', 'prose', 'boundary'], [0, 300, 0, 200, 0])
 * // [{ first: 1, last: 3, proseChars: 500, paragraphs: 2 }]
 */
export function findBody(roles: readonly Role[], chars: readonly number[]): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  let open: { first: number; last: number; proseChars: number; paragraphs: number } | null = null;
  let gap = 0;
  roles.forEach((role, i) => {
    if (role === 'prose') {
      if (open && gap <= BODY_MAX_GAP_COST) {
        open.last = i;
      } else {
        if (open) blocks.push(open);
        open = { first: i, last: i, proseChars: 0, paragraphs: 0 };
      }
      open.proseChars += chars[i] ?? 0;
      open.paragraphs++;
      gap = 0;
      return;
    }
    gap += GAP_COST[role];
  });
  if (open) blocks.push(open);
  if (blocks.length === 0) return [];

  const widened = blocks.map((b) => ({ ...b, first: widenStart(roles, b.first), last: widenEnd(roles, b.last) }));
  const best = widened.reduce((a, b) => (b.proseChars > a.proseChars ? b : a));
  return widened.filter(
    (b) => b === best || (b.proseChars >= best.proseChars * SECONDARY_BLOCK_MIN_SHARE && b.paragraphs >= SECONDARY_BLOCK_MIN_PARAGRAPHS),
  );
}
