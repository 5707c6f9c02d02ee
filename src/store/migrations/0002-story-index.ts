import type { Migration } from './migration.js';

/**
 * The cluster stage's index: story centroids, an inverted index of retrieval keys to stories,
 * MinHash LSH bands of reports, document frequencies, and links between related stories.
 * Written only by src/store/story-index.ts. Every lookup goes through an index and is bounded
 * (latest postings per key, latest reports per story), so placing a report costs the same
 * whatever the size of the store.
 */
export const storyIndexMigration: Migration = {
  version: 2,
  name: 'story-index',
  up: `
CREATE TABLE story_index (
  story_id     text PRIMARY KEY REFERENCES stories(id),
  centroid     jsonb NOT NULL,
  report_count integer NOT NULL,
  first_date   text,
  last_date    text,
  first_seen   text,
  title_names  jsonb NOT NULL DEFAULT '[]',
  seq          bigint NOT NULL,
  active       boolean NOT NULL DEFAULT true
);

CREATE TABLE story_keys (
  term      text NOT NULL,
  story_id  text NOT NULL REFERENCES stories(id),
  seen_seq  bigint NOT NULL,
  PRIMARY KEY (term, story_id)
);
CREATE INDEX story_keys_recent_idx ON story_keys (term, seen_seq DESC);
CREATE INDEX story_keys_story_idx ON story_keys (story_id);

CREATE TABLE report_index (
  report_id    text PRIMARY KEY REFERENCES reports(id),
  story_id     text NOT NULL REFERENCES stories(id),
  derived_from text,
  seq          bigint NOT NULL,
  sketch       jsonb NOT NULL
);
CREATE INDEX report_index_story_idx ON report_index (story_id, seq DESC);

CREATE TABLE report_bands (
  band      text NOT NULL,
  report_id text NOT NULL REFERENCES reports(id),
  seq       bigint NOT NULL,
  PRIMARY KEY (band, report_id)
);
CREATE INDEX report_bands_recent_idx ON report_bands (band, seq DESC);

CREATE TABLE term_stats (
  term text PRIMARY KEY,
  df   integer NOT NULL
);

CREATE TABLE index_stats (
  id        smallint PRIMARY KEY,
  documents bigint NOT NULL
);
INSERT INTO index_stats (id, documents) VALUES (1, 0);

-- Merges repoint stories already merged into the absorbed one (chains stay one hop).
CREATE INDEX stories_merged_into_idx ON stories (merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE story_links (
  story_id    text NOT NULL REFERENCES stories(id),
  related_id  text NOT NULL REFERENCES stories(id),
  similarity  double precision NOT NULL,
  rule        text NOT NULL,
  evidence    jsonb NOT NULL,
  PRIMARY KEY (story_id, related_id)
);
CREATE INDEX story_links_related_idx ON story_links (related_id);
`,
};
