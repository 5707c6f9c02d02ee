import type { Migration } from './migration.js';

/**
 * Full-text search over stories, reports, entities and quotes, the same SQL on PGlite and
 * PostgreSQL (no extension needed).
 *
 * - reports: a stored tsvector of the title (weight A) and the first 100,000 characters of the
 *   text (weight D). English reports and reports of unknown language use the `english` stemmer;
 *   other languages `simple` (exact word forms), so one query (english OR simple) finds both. The
 *   cap keeps every vector under PostgreSQL's 1 MB tsvector limit: a huge page must never make
 *   an insert fail.
 * - entities: every alias of every entity of a report, `simple` (names are not stemmed).
 * - quotes: the words of every quote of a report, stemmed like the report.
 * - stories: their title, through an expression index (titles are short; ranking recomputes it).
 * - a containment index on the report entities, for "stories that name this entity".
 *
 * Generated columns follow any later change of a report's text or annotations by themselves;
 * `reports.story_id` is joined at query time, so story merges need no search upkeep either.
 */
export const searchMigration: Migration = {
  version: 3,
  name: 'search',
  up: `
ALTER TABLE reports ADD COLUMN search_text tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(CASE WHEN language IS NULL OR language = 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END, coalesce(title, '')), 'A') ||
  setweight(to_tsvector(CASE WHEN language IS NULL OR language = 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END, left(text, 100000)), 'D')
) STORED;
CREATE INDEX reports_search_text_idx ON reports USING gin (search_text);

ALTER TABLE reports ADD COLUMN search_entities tsvector GENERATED ALWAYS AS (
  to_tsvector('simple'::regconfig, jsonb_path_query_array(annotations, '$.entities[*].aliases[*]'))
) STORED;
CREATE INDEX reports_search_entities_idx ON reports USING gin (search_entities);

ALTER TABLE reports ADD COLUMN search_quotes tsvector GENERATED ALWAYS AS (
  to_tsvector(CASE WHEN language IS NULL OR language = 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END, jsonb_path_query_array(annotations, '$.quotes[*].text'))
) STORED;
CREATE INDEX reports_search_quotes_idx ON reports USING gin (search_quotes);

CREATE INDEX stories_search_title_idx ON stories USING gin (to_tsvector('english'::regconfig, coalesce(title, '')));

CREATE INDEX reports_entities_idx ON reports USING gin ((annotations -> 'entities') jsonb_path_ops);
CREATE INDEX reports_outlet_idx ON reports (outlet);
CREATE INDEX reports_language_idx ON reports (language);
`,
};
