import type { Queryable } from '../store/db.js';
import type { QuoteDiff } from '../core/records.js';
import { storyAccount, storyDetail, type StoryDetail } from '../pipeline/index.js';
import { relatedStories, type RelatedStory } from '../store/story-index.js';

/** A story as the story page shows it: the detail, quote differences, and the story thread. */
export interface StoryView {
  readonly story: StoryDetail;
  /** For each quote (by index in `story.quotes`), how altered versions differ from its text. */
  readonly quoteDiffs: ReadonlyArray<readonly QuoteDiff[]>;
  /** Stories of the same thread (earlier or later rounds of the same events). */
  readonly related: readonly RelatedStory[];
}

/**
 * Everything the story page needs; null when there is no such story. Quote differences come
 * from the (cached) account when the detail does not carry them.
 */
export async function storyView(q: Queryable, id: string): Promise<StoryView | null> {
  const story = await storyDetail(q, id);
  if (!story) return null;
  const needsDiffs = story.quotes.some((quote) => quote.match === 'altered' && !('diff' in quote));
  const account = needsDiffs ? await storyAccount(q, story.id) : null;
  const quoteDiffs = story.quotes.map((quote) => {
    const own = (quote as { diff?: readonly QuoteDiff[] }).diff;
    if (own) return own;
    const same = account?.quotes.find((a) => a.text === quote.text && a.speaker === quote.speaker);
    return same?.diff ?? [];
  });
  const related = await relatedStories(q, story.id);
  return { story, quoteDiffs, related };
}
