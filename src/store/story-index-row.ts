import { clusterSettings, type CentroidNorms } from '../cluster/index.js';

/** A row of `story_index` as the drivers return it (json columns parsed or not, bigints as strings). */
export interface StoryIndexRow {
  story_id: string;
  centroid: Record<string, number> | string;
  report_count: number;
  first_date: string | null;
  last_date: string | null;
  first_seen: string | null;
  title_names: string[] | string;
  seq: string | number;
  norms: CentroidNorms | string | null;
}

/** A json column's value: PGlite and pg parse json; a driver that does not hands back text. */
export function json<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

/** A story's title names with another's added, at most MAX_STORY_TITLE_NAMES. */
export function unionCapped(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].slice(0, clusterSettings.MAX_STORY_TITLE_NAMES);
}
