import type { Migration } from './migration.js';

/**
 * When each report's page was fetched, for pages this program fetched itself (null for files,
 * dumps and posted text). The extractor reads a dateline missing its year ("Dec. 24 4:33 AM EST")
 * or a bare time ("Updated 9:06 AM") against the fetch time; before this step it read every
 * input against the time it was added, so a years-old dump line "Updated 9:06 AM" was dated the
 * day it was added. `reprocess` reads the report again against this column.
 *
 * Pages fetched before this step are the reports whose raw input is named by an http(s) URL (the
 * fetch paths name it so; files and dump lines are named by path or line): their add time was
 * their fetch time.
 */
export const fetchTimeMigration: Migration = {
  version: 8,
  name: 'fetch-time',
  up: `
ALTER TABLE reports ADD COLUMN fetched_at timestamptz;
UPDATE reports r SET fetched_at = r.added_at FROM raw_inputs i
 WHERE i.sha256 = r.raw_sha256 AND i.name ~* '^https?://';
`,
};
