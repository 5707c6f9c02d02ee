import type { Migration } from './migration.js';

/**
 * Story reviews (src/cluster/review-story.ts): each story's next review point, its centroid's
 * IDF-weighted norms as of its last change (so a report is scored against it from the report's
 * terms alone, see `CentroidNorms`), and the record of splits (a story found to hold two events gives the reports of one to a new story). Merges are
 * recorded in `story_merges` as before. Report sketches in `report_index` now also carry the
 * report's term vector, keys, title names and date, which a review and a split need, and the
 * MinHash and shingle samples move to `samples` (packed bytes, see report-samples.ts); rows
 * written before this step keep their samples in the sketch and are left out of reviews.
 */
export const storyReviewMigration: Migration = {
  version: 6,
  name: 'story-review',
  up: `
ALTER TABLE story_index ADD COLUMN next_review integer NOT NULL DEFAULT 1;
ALTER TABLE story_index ADD COLUMN norms jsonb;
ALTER TABLE report_index ADD COLUMN samples bytea;

CREATE TABLE story_splits (
  story_id   text NOT NULL REFERENCES stories(id),
  new_story  text NOT NULL REFERENCES stories(id),
  evidence   jsonb NOT NULL,
  split_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (story_id, new_story)
);
CREATE INDEX story_splits_new_idx ON story_splits (new_story);
`,
};
