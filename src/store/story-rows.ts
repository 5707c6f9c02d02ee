import type { Queryable } from './db.js';
import type { Account } from '../core/records.js';
import { parseJson } from './report-rows.js';
import { isoUtc } from './sql-time.js';
import { countsAsIndependent, currentStoryTitle } from './version-rows.js';

export interface StoryRow {
  readonly id: string;
  readonly title: string | null;
  readonly reports: number;
  readonly independentSources: number;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
}


const STORY_SELECT = `
  SELECT s.id, ${currentStoryTitle('s')} AS title, ${isoUtc('s.first_seen')} AS first_seen, ${isoUtc('s.last_seen')} AS last_seen,
         count(r.id)::int AS reports,
         count(r.id) FILTER (WHERE ${countsAsIndependent('r')})::int AS independent_sources
    FROM stories s LEFT JOIN reports r ON r.story_id = s.id`;

interface RawStory {
  id: string;
  title: string | null;
  first_seen: string | null;
  last_seen: string | null;
  reports: number;
  independent_sources: number;
}

const toStoryRow = (r: RawStory): StoryRow => ({
  id: r.id,
  title: r.title,
  reports: r.reports,
  independentSources: r.independent_sources,
  firstSeen: r.first_seen,
  lastSeen: r.last_seen,
});

/** Live stories (not merged into another), most recently active first. */
export async function listStoryRows(q: Queryable, options: { limit?: number; offset?: number } = {}): Promise<StoryRow[]> {
  const result = await q.query<RawStory>(
    `${STORY_SELECT} WHERE s.merged_into IS NULL GROUP BY s.id
      ORDER BY s.last_seen DESC NULLS LAST, s.id LIMIT $1 OFFSET $2`,
    [options.limit ?? 1000, options.offset ?? 0],
  );
  return result.rows.map(toStoryRow);
}

/**
 * Merge hops followed from an old story id before giving up. Each merge adds one hop to the ids
 * it absorbed; a chain this long would mean a cycle (a bug), not news.
 */
const MAX_MERGE_HOPS = 100;

/** A story by id; an id that was merged away resolves to the story it was merged into. */
export async function findStoryRow(q: Queryable, id: string): Promise<StoryRow | null> {
  let current = id;
  for (let hops = 0; hops < MAX_MERGE_HOPS; hops++) {
    const merged = await q.query<{ merged_into: string | null }>('SELECT merged_into FROM stories WHERE id = $1', [current]);
    const row = merged.rows[0];
    if (!row) return null;
    if (!row.merged_into) break;
    current = row.merged_into;
  }
  const result = await q.query<RawStory>(`${STORY_SELECT} WHERE s.id = $1 GROUP BY s.id`, [current]);
  return result.rows[0] ? toStoryRow(result.rows[0]) : null;
}

export async function cachedAccount(q: Queryable, storyId: string): Promise<Account | null> {
  const result = await q.query<{ account: Account | string | null }>('SELECT account FROM stories WHERE id = $1', [storyId]);
  const account = result.rows[0]?.account;
  return account ? parseJson(account) : null;
}

