import type { Migration } from './migration.js';

/**
 * Raw inputs, reports and stories. Raw bytes are kept verbatim and content-addressed so that
 * re-adding an input is a no-op and every report can be reprocessed by a newer pipeline.
 */
export const coreMigration: Migration = {
  version: 1,
  name: 'core',
  up: `
CREATE TABLE raw_inputs (
  sha256      text PRIMARY KEY,
  bytes       bytea NOT NULL,
  name        text NOT NULL,
  size        integer NOT NULL,
  added_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE stories (
  id           text PRIMARY KEY,
  title        text,
  first_seen   timestamptz,
  last_seen    timestamptz,
  report_count integer NOT NULL DEFAULT 0,
  merged_into  text REFERENCES stories(id),
  account      jsonb,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE reports (
  id               text PRIMARY KEY,
  seq              bigserial UNIQUE,
  content_sha256   text NOT NULL UNIQUE,
  raw_sha256       text NOT NULL REFERENCES raw_inputs(sha256),
  raw_part         integer NOT NULL DEFAULT 0,
  external_id      text,
  url              text,
  title            text,
  byline           text,
  outlet           text,
  published        text,
  published_at     timestamptz,
  language         text,
  canonical_url    text,
  text             text NOT NULL,
  article          jsonb NOT NULL,
  annotations      jsonb NOT NULL,
  pipeline_version integer NOT NULL,
  story_id         text REFERENCES stories(id),
  derived_from     text REFERENCES reports(id),
  derivation       jsonb,
  added_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reports_story_idx ON reports (story_id);
CREATE INDEX reports_external_idx ON reports (external_id);

CREATE TABLE story_merges (
  from_story  text NOT NULL REFERENCES stories(id),
  into_story  text NOT NULL REFERENCES stories(id),
  evidence    jsonb NOT NULL,
  merged_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (from_story, into_story)
);
`,
};
