import type { Queryable } from '../store/db.js';
import { findStories, type FactCounts, type StoryCursor, type StoryFilters } from '../store/search.js';
import type { StoryRow } from '../store/story-rows.js';
import { storyAccount } from '../pipeline/index.js';
import type { FactStatus } from '../core/records.js';

/** A story of the list: the CLI's `stories --json` fields and its fact counts by status. */
export interface StoryListItem extends StoryRow {
  readonly facts: FactCounts;
}

export interface StoryListPage {
  readonly items: StoryListItem[];
  /** Where the next page starts, or null on the last page. */
  readonly next: StoryCursor | null;
}

/** Counts an account's facts by status. */
export function countFacts(account: { readonly facts: ReadonlyArray<{ readonly status: FactStatus }> }): FactCounts {
  let corroborated = 0;
  let singleSource = 0;
  let disputed = 0;
  for (const fact of account.facts) {
    if (fact.status === 'corroborated') corroborated++;
    else if (fact.status === 'disputed') disputed++;
    else singleSource++;
  }
  return { corroborated, singleSource, disputed };
}

/**
 * One page of stories, filtered, with fact counts; a story whose cached account is stale has it
 * made afresh (and cached) here, so the counts always match the story page.
 *
 * @example
 * const { items, next } = await listStoryPage(db, { outlet: 'Radio Meridian' }, { limit: 20 });
 */
export async function listStoryPage(
  q: Queryable,
  filters: StoryFilters,
  page: { readonly limit: number; readonly offset?: number; readonly after?: StoryCursor },
): Promise<StoryListPage> {
  // One extra row tells whether there is a next page without a count query.
  const rows = await findStories(q, filters, { ...page, limit: page.limit + 1 });
  const shown = rows.slice(0, page.limit);
  const items: StoryListItem[] = [];
  for (const row of shown) {
    const facts = row.facts ?? countFacts(await storyAccount(q, row.id));
    items.push({
      id: row.id,
      title: row.title,
      reports: row.reports,
      independentSources: row.independentSources,
      firstSeen: row.firstSeen,
      lastSeen: row.lastSeen,
      facts,
    });
  }
  return { items, next: rows.length > page.limit ? shown.at(-1)!.cursor : null };
}
