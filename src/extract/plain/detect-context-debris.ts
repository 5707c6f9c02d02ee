import type { Verdict } from './detect-debris.js';
import { isProse, isShortSentence } from './find-body.js';
import { isNameLike } from './read-byline.js';
import { COMMENT_FORM_LINE, COMMENT_THREAD_LINE, COMMENTS_MARKER, LINK_LIST_MARKER, STAFF_TITLE } from './patterns.js';
import {
  COMMENTS_LOOKAHEAD_UNITS, COMMENTS_MIN_BODY_CHARS, DEBRIS_BLOCK_MIN_SHARE, LINK_ITEM_MAX_WORDS, NAV_ITEM_MAX_WORDS,
} from './settings.js';
import type { Unit } from './split-units.js';

/** Per-unit verdicts; null for units not (yet) judged debris. Functions here fill in more. */
export type Verdicts = Array<Verdict | null>;

/**
 * The name under a masthead staff credit ("Chairman and Chief Editor" / "Bedour Ibrahim"): the
 * next line of the same block when it is a bare name.
 */
export function markStaffNames(units: readonly Unit[], verdicts: Verdicts): void {
  units.forEach((unit, i) => {
    const next = units[i + 1];
    if (!next || next.block !== unit.block || verdicts[i + 1]) return;
    if (verdicts[i]?.rule !== 'extract/plain-masthead' || !STAFF_TITLE.test(unit.bare)) return;
    if (next.metrics.words <= NAV_ITEM_MAX_WORDS && isNameLike(next.bare)) {
      verdicts[i + 1] = { rule: 'extract/plain-masthead', reason: `name under the staff credit "${unit.bare}"`, weight: 'inline' };
    }
  });
}

/**
 * The links under a "Related" / "Read more" heading: following headline-like lines, up to the
 * next paragraph of prose or short sentence.
 */
export function markLinkLists(units: readonly Unit[], verdicts: Verdicts): void {
  units.forEach((unit, i) => {
    if (verdicts[i]?.rule !== 'extract/plain-link-list' || !LINK_LIST_MARKER.test(unit.bare)) return;
    for (let j = i + 1; j < units.length; j++) {
      const item = units[j]!;
      const seen = verdicts[j];
      if (seen && seen.rule !== 'extract/plain-link-list') break; // another widget: the list is over
      if (seen) continue;
      const m = item.metrics;
      if (m.words > LINK_ITEM_MAX_WORDS || isProse(m) || (isShortSentence(m) && /\.["'”’»)]*$/u.test(item.text))) break;
      verdicts[j] = { rule: 'extract/plain-link-list', reason: `link listed under "${unit.bare}"`, weight: 'list' };
    }
  });
}

/**
 * Mastheads and footers come as one block of short lines: when most lines of a block are debris
 * and none is prose, its remaining short lines (a street address, a slogan) go with them.
 */
export function markDebrisBlocks(units: readonly Unit[], verdicts: Verdicts): void {
  const byBlock = new Map<number, number[]>();
  units.forEach((u, i) => byBlock.set(u.block, [...(byBlock.get(u.block) ?? []), i]));
  for (const members of byBlock.values()) {
    if (members.length < 2) continue;
    if (members.some((i) => isProse(units[i]!.metrics) || isShortSentence(units[i]!.metrics))) continue;
    const judged = members.filter((i) => verdicts[i]);
    if (judged.length / members.length < DEBRIS_BLOCK_MIN_SHARE) continue;
    const first = verdicts[judged[0]!]!;
    for (const i of members) {
      if (verdicts[i] || units[i]!.metrics.words > NAV_ITEM_MAX_WORDS) continue;
      verdicts[i] = { rule: first.rule, reason: `short line in a block of ${judged.length} debris lines (${first.reason})`, weight: 'inline' };
    }
  }
}

/** Whether a comment thread or form follows closely: reply buttons, "X says:", form fields. */
function isThreadNear(units: readonly Unit[], from: number): boolean {
  for (let j = from + 1; j < Math.min(units.length, from + 1 + COMMENTS_LOOKAHEAD_UNITS); j++) {
    const u = units[j]!;
    if (COMMENT_THREAD_LINE.test(u.bare) || COMMENT_FORM_LINE.test(u.bare) || COMMENTS_MARKER.test(u.bare)) return true;
  }
  return false;
}

/**
 * Everything after a comment-section heading that follows the body is comments: user names,
 * dates and opinions that would otherwise pass as prose. A heading only counts when a thread or
 * comment form follows it (a "33 Comments" link beside the headline is just a counter).
 */
export function cutComments(units: readonly Unit[], verdicts: Verdicts): void {
  let prose = 0;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (!verdicts[i] && isProse(unit.metrics)) prose += unit.text.length;
    if (prose < COMMENTS_MIN_BODY_CHARS || !COMMENTS_MARKER.test(unit.bare)) continue;
    if (!isThreadNear(units, i)) continue;
    for (let j = i + 1; j < units.length; j++) {
      if (verdicts[j]) continue;
      verdicts[j] = { rule: 'extract/plain-comments', reason: `after the comment section heading "${unit.bare}"`, weight: 'boundary' };
    }
    return;
  }
}
