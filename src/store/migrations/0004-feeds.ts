import type { Migration } from './migration.js';

/**
 * Followed feeds and the items already taken from them. A feed's row is its polling state:
 * validators for conditional GET, the outcome of the last fetch, when it is next due and how many
 * fetches in a row failed (for backoff; a failing feed is slowed down, never dropped). An item is
 * remembered by its GUID (or URL when it has none) and its URL, so it is ingested once; its date
 * stamp as the feed gave it tells when the article was updated. An updated article (same URL,
 * changed content) is a new report; `report_versions` links it to the version it replaces, and
 * both are kept.
 */
export const feedsMigration: Migration = {
  version: 4,
  name: 'feeds',
  up: `
CREATE TABLE feeds (
  id             serial PRIMARY KEY,
  url            text NOT NULL UNIQUE,
  title          text,
  site_url       text,
  etag           text,
  last_modified  text,
  last_fetch     timestamptz,
  status         text NOT NULL DEFAULT 'new',
  last_error     text,
  next_due       timestamptz NOT NULL DEFAULT now(),
  failures       integer NOT NULL DEFAULT 0,
  interval_s     integer NOT NULL,
  items_ingested integer NOT NULL DEFAULT 0,
  added_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX feeds_next_due_idx ON feeds (next_due);

CREATE TABLE feed_items (
  feed_id        integer NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
  item_key       text NOT NULL,
  url            text,
  content_sha256 text,
  report_id      text,
  published      text,
  first_seen     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (feed_id, item_key)
);
CREATE INDEX feed_items_url_idx ON feed_items (feed_id, url);

CREATE TABLE report_versions (
  report_id   text PRIMARY KEY REFERENCES reports(id),
  previous_id text NOT NULL REFERENCES reports(id),
  url         text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX report_versions_previous_idx ON report_versions (previous_id);
`,
};
