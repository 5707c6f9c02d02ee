import type { Migration } from './migration.js';

/**
 * Re-checking items a feed does not re-date. Each taken item keeps the validators its page was
 * served with (ETag, Last-Modified), so a re-check is a conditional GET that costs a 304 when
 * nothing changed, and when it is next due (`next_check`, null once the re-check horizon has
 * passed) and how often it was checked. Items taken before this step are due one hour after they
 * were first seen; the watcher drops those already past the horizon without fetching them.
 *
 * Accounts cached before this step are cleared: accounts now carry their reports' revisions.
 */
export const itemRechecksMigration: Migration = {
  version: 5,
  name: 'item-rechecks',
  up: `
ALTER TABLE feed_items ADD COLUMN etag text;
ALTER TABLE feed_items ADD COLUMN last_modified text;
ALTER TABLE feed_items ADD COLUMN next_check timestamptz;
ALTER TABLE feed_items ADD COLUMN last_check timestamptz;
ALTER TABLE feed_items ADD COLUMN checks integer NOT NULL DEFAULT 0;
UPDATE feed_items SET next_check = first_seen + interval '1 hour' WHERE url IS NOT NULL AND report_id IS NOT NULL;
CREATE INDEX feed_items_next_check_idx ON feed_items (next_check) WHERE next_check IS NOT NULL;
UPDATE stories SET account = NULL;
`,
};
