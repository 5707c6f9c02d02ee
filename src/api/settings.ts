/**
 * Limits and defaults of the HTTP API and web UI. Each states its unit and why it is where it is.
 */

/** Items per page when the client does not say: a screenful of stories. */
export const DEFAULT_PAGE_SIZE = 20;

/** Most items per page: bounds the work one request can ask for (each story may need its account made). */
export const MAX_PAGE_SIZE = 100;

/** Largest offset, in items: deeper pages are for the cursor (stories) or for narrower queries. */
export const MAX_OFFSET = 100_000;

/** Longest id, in characters: real ids are under 60; external ids are the caller's own, so some room. */
export const MAX_ID_LENGTH = 512;

/** Longest search query or filter value, in characters: a sentence or two. */
export const MAX_QUERY_LENGTH = 500;

/**
 * Largest request body, in bytes: one report may be 32 MiB (ingest's MAX_REPORT_BYTES); a
 * multipart upload of several files or an NDJSON batch a little more.
 */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** Most records in one JSON post: each is analysed while the client waits. */
export const MAX_RECORDS_PER_POST = 100;

/** Stories an entity page lists, and of those, the most recent ones whose facts and quotes it shows. */
export const ENTITY_STORIES = 50;
export const ENTITY_STORIES_WITH_DETAIL = 12;

/** Entries of an Atom feed: readers poll; older entries they have already seen. */
export const FEED_ENTRIES = 50;

/** Characters of a report's text in a feed entry's summary. */
export const FEED_SUMMARY_CHARS = 400;
