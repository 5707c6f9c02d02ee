import type { Queryable } from './db.js';
import type { Span } from '../core/records.js';
import { countsAsIndependent, currentStoryTitle } from './version-rows.js';
import { isoUtc, isoUtcMicro } from './sql-time.js';
import type { StoryRow } from './story-rows.js';

/**
 * The read queries behind the newsroom view that go beyond one story or one report: stories by
 * filters with keyset pagination, full-text search with ranked, highlighted snippets over
 * stories, reports, entities and quotes (migration 0003), entity lookups and filter facets. (The story thread is
 * `relatedStories` in story-index.ts.)
 * One SQL text per query, run unchanged on PGlite and PostgreSQL.
 */

/** Filters of the story list; all optional, combined with AND. */
export interface StoryFilters {
  /** Entity ids (`person:ales-bialiatski`) of which a story's reports must name at least one. */
  readonly entities?: readonly string[];
  readonly outlet?: string;
  /** ISO 639-1 code of at least one of the story's reports. */
  readonly language?: string;
  /** Inclusive day bounds (`YYYY-MM-DD`, UTC): stories active on some day in the range. */
  readonly from?: string;
  readonly to?: string;
}

/** Where the previous page ended: the last story's activity time and id. */
export interface StoryCursor {
  /** UTC time with microseconds (`2026-03-10T16:00:00.000000Z`), or null for stories with none. */
  readonly lastSeen: string | null;
  readonly id: string;
}

export interface FactCounts {
  readonly corroborated: number;
  readonly singleSource: number;
  readonly disputed: number;
}

/** A story of the list: the CLI's `stories --json` fields, fact counts and the page cursor. */
export interface StoryListRow extends StoryRow {
  /** From the cached account; null when the account must be made afresh first. */
  readonly facts: FactCounts | null;
  readonly cursor: StoryCursor;
}


/** Sort key of the list; stories never seen sort last, as in the CLI's list. */
const ACTIVITY = `coalesce(s.last_seen, '-infinity'::timestamptz)`;

/**
 * Live stories, most recently active first, narrowed by `filters`, one page at a time (by
 * `after`, a keyset cursor, else by `offset`).
 *
 * @example
 * const page = await findStories(db, { outlet: 'Radio Meridian' }, { limit: 20 });
 * const next = await findStories(db, { outlet: 'Radio Meridian' }, { limit: 20, after: page.at(-1)?.cursor });
 */
export async function findStories(
  q: Queryable,
  filters: StoryFilters,
  page: { readonly limit: number; readonly offset?: number; readonly after?: StoryCursor },
): Promise<StoryListRow[]> {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where = ['s.merged_into IS NULL'];
  const reportConditions: string[] = [];
  if (filters.entities && filters.entities.length > 0) {
    reportConditions.push(`(${filters.entities.map((id) => `r.annotations -> 'entities' @> ${param(JSON.stringify([{ key: id }]))}::jsonb`).join(' OR ')})`);
  }
  if (filters.outlet !== undefined) reportConditions.push(`r.outlet = ${param(filters.outlet)}`);
  if (filters.language !== undefined) reportConditions.push(`r.language = ${param(filters.language)}`);
  for (const condition of reportConditions) {
    where.push(`EXISTS (SELECT 1 FROM reports r WHERE r.story_id = s.id AND ${condition})`);
  }
  if (filters.from !== undefined) where.push(`s.last_seen >= ${param(filters.from)}::date`);
  if (filters.to !== undefined) where.push(`s.first_seen < ${param(filters.to)}::date + 1`);
  if (page.after) {
    const at = param(page.after.lastSeen ?? '-infinity');
    where.push(`(${ACTIVITY} < ${at}::timestamptz OR (${ACTIVITY} = ${at}::timestamptz AND s.id > ${param(page.after.id)}))`);
  }
  const limit = param(page.limit);
  const offset = param(page.after ? 0 : (page.offset ?? 0));
  const result = await q.query<{
    id: string; title: string | null; first_seen: string | null; last_seen: string | null; last_seen_exact: string | null;
    reports: number; independent_sources: number; corroborated: number | null; single_source: number | null; disputed: number | null;
  }>(
    `SELECT s.id, ${currentStoryTitle('s')} AS title, ${isoUtc('s.first_seen')} AS first_seen, ${isoUtc('s.last_seen')} AS last_seen,
            ${isoUtcMicro('s.last_seen')} AS last_seen_exact,
            (SELECT count(*) FROM reports r WHERE r.story_id = s.id)::int AS reports,
            (SELECT count(*) FROM reports r WHERE r.story_id = s.id AND ${countsAsIndependent('r')})::int AS independent_sources,
            f.corroborated, f.single_source, f.disputed
       FROM stories s
       LEFT JOIN LATERAL (
         SELECT count(*) FILTER (WHERE x ->> 'status' = 'corroborated')::int AS corroborated,
                count(*) FILTER (WHERE x ->> 'status' = 'single-source')::int AS single_source,
                count(*) FILTER (WHERE x ->> 'status' = 'disputed')::int AS disputed
           FROM jsonb_array_elements(s.account -> 'facts') x
          WHERE s.account IS NOT NULL
       ) f ON s.account IS NOT NULL
      WHERE ${where.join(' AND ')}
      ORDER BY ${ACTIVITY} DESC, s.id
      LIMIT ${limit} OFFSET ${offset}`,
    params,
  );
  return result.rows.map((r) => ({
    id: r.id,
    title: r.title,
    reports: r.reports,
    independentSources: r.independent_sources,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    facts: r.corroborated === null ? null : { corroborated: r.corroborated, singleSource: r.single_source ?? 0, disputed: r.disputed ?? 0 },
    cursor: { lastSeen: r.last_seen_exact, id: r.id },
  }));
}

// ---------------------------------------------------------------------------------------------
// full-text search

export type SearchKind = 'story' | 'report' | 'entity' | 'quote';
export const SEARCH_KINDS: readonly SearchKind[] = ['story', 'report', 'entity', 'quote'];

/** Matched words of a snippet, as half-open offsets into `text`. */
export interface Snippet {
  readonly text: string;
  readonly highlights: readonly Span[];
}

export interface SearchHit {
  readonly kind: SearchKind;
  /** Story id, report id, entity id, or for a quote `reportId:start-end` of its first report. */
  readonly id: string;
  /** The story it belongs to (null for entities, which span stories). */
  readonly story: string | null;
  /** Story or report title, entity name, or quote speaker. */
  readonly title: string | null;
  /** For reports and quotes: the report (a quote's first), and the quote's span in it. */
  readonly report: string | null;
  readonly span: Span | null;
  /** For entities: type; for quotes: how many reports carry it. */
  readonly detail: string | null;
  readonly rank: number;
  readonly snippet: Snippet;
}

/**
 * Relative weight of each kind of hit when one ranked list mixes them (ts_rank is multiplied by
 * it). A story whose title matches is what a reader most likely wants, then a named entity, then
 * a quote, then a report whose text matches. Set by reading the sample corpus's result lists:
 * with equal weights, long reports outranked the story they belong to.
 */
const KIND_WEIGHT: Readonly<Record<SearchKind, number>> = { story: 4, entity: 3, quote: 2, report: 1 };

/**
 * ts_rank normalisation for report texts: 1 divides by 1 + log(length in words), so a long
 * report that repeats a word does not bury the short story title naming it.
 */
const LENGTH_NORMALISATION = 1;

/** ts_headline settings: enough words around a match to read it, two fragments at most. */
const HEADLINE_OPTIONS = 'MaxWords=28, MinWords=10, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "';
/** Private-use characters mark matches in ts_headline's output; stripped from documents first. */
const START_MARK = '\uE000';
const STOP_MARK = '\uE001';
const MARKS = `'StartSel=' || chr(57344) || ', StopSel=' || chr(57345)`;
const STRIP_MARKS = (expr: string) => `translate(${expr}, chr(57344) || chr(57345), '')`;
const CONFIG_OF = (lang: string) => `(CASE WHEN ${lang} IS NULL OR ${lang} = 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END)`;

export interface SearchOptions {
  readonly kinds?: readonly SearchKind[];
  /** Only reports and quotes in this language (ISO 639-1). */
  readonly language?: string;
  readonly limit: number;
  readonly offset?: number;
}

/**
 * Full-text search (`websearch_to_tsquery` syntax: words, "phrases", -not, or) over story titles,
 * report titles and texts, entity names and aliases, and quotes; one list ranked by `ts_rank`
 * times `KIND_WEIGHT`, with `ts_headline` snippets made for the returned page only.
 *
 * @example
 * const { hits, total } = await searchAll(db, 'ferry rescue', { limit: 20 });
 * hits[0].snippet // { text: 'Helicopters and tugs rescue 212 passengers…', highlights: [{ start: 21, end: 27 }, …] }
 */
export async function searchAll(q: Queryable, query: string, options: SearchOptions): Promise<{ hits: SearchHit[]; total: number }> {
  const kinds = new Set(options.kinds && options.kinds.length > 0 ? options.kinds : SEARCH_KINDS);
  const params: unknown[] = [query];
  const param = (value: unknown) => `$${params.push(value)}`;
  const lang = options.language === undefined ? 'true' : `r.language = ${param(options.language)}`;
  const parts: string[] = [];
  if (kinds.has('story')) {
    parts.push(`
      SELECT 'story' AS kind, s.id, s.id AS story, s.title, NULL::text AS report, NULL::int AS span_start, NULL::int AS span_end,
             NULL::text AS detail, ts_rank(to_tsvector('english'::regconfig, coalesce(s.title, '')), qe) * ${KIND_WEIGHT.story} AS rank,
             coalesce(s.title, '') AS doc, 'english'::regconfig AS cfg, true AS whole
        FROM stories s, qs
       WHERE s.merged_into IS NULL AND to_tsvector('english'::regconfig, coalesce(s.title, '')) @@ qe`);
  }
  if (kinds.has('report')) {
    parts.push(`
      SELECT 'report' AS kind, r.id, r.story_id AS story, r.title, r.id AS report, NULL::int AS span_start, NULL::int AS span_end, r.outlet AS detail,
             ts_rank(r.search_text, qe || qsimple, ${LENGTH_NORMALISATION}) * ${KIND_WEIGHT.report} AS rank,
             left(r.text, 100000) AS doc, ${CONFIG_OF('r.language')} AS cfg, false AS whole
        FROM reports r, qs
       WHERE r.search_text @@ (qe || qsimple) AND ${lang}`);
  }
  if (kinds.has('entity')) {
    parts.push(`
      SELECT 'entity' AS kind, e.key AS id, NULL::text AS story, e.name AS title, NULL::text AS report, NULL::int AS span_start, NULL::int AS span_end,
             e.type AS detail, e.rank * ${KIND_WEIGHT.entity} AS rank, e.doc, 'simple'::regconfig AS cfg, true AS whole
        FROM (
          SELECT x ->> 'key' AS key, mode() WITHIN GROUP (ORDER BY x ->> 'name') AS name, min(x ->> 'type') AS type,
                 max(ts_rank(to_tsvector('simple'::regconfig, x -> 'aliases'), qsimple)) * (1 + ln(count(*))) AS rank,
                 string_agg(DISTINCT a.alias, ' · ') AS doc
            FROM reports r CROSS JOIN qs
            CROSS JOIN LATERAL jsonb_array_elements(r.annotations -> 'entities') x
            CROSS JOIN LATERAL jsonb_array_elements_text(x -> 'aliases') a(alias)
           WHERE r.search_entities @@ qsimple AND to_tsvector('simple'::regconfig, x -> 'aliases') @@ qsimple
           GROUP BY x ->> 'key'
        ) e`);
  }
  if (kinds.has('quote')) {
    parts.push(`
      SELECT 'quote' AS kind, (array_agg(qt.ref ORDER BY qt.seq))[1] AS id, qt.story_id AS story, min(qt.speaker) AS title,
             (array_agg(qt.report ORDER BY qt.seq))[1] AS report, NULL::int AS span_start, NULL::int AS span_end, count(*)::text AS detail,
             max(qt.rank) * ${KIND_WEIGHT.quote} AS rank, qt.words AS doc, (array_agg(qt.cfg ORDER BY qt.seq))[1] AS cfg, true AS whole
        FROM (
          SELECT r.seq, r.story_id, r.id AS report, r.id || ':' || (x ->> 'start') || '-' || (x ->> 'end') AS ref, x ->> 'text' AS words,
                 (SELECT e ->> 'name' FROM jsonb_array_elements(r.annotations -> 'entities') e WHERE e ->> 'key' = x ->> 'speaker' LIMIT 1) AS speaker,
                 ts_rank(to_tsvector(${CONFIG_OF('r.language')}, x ->> 'text'), qe || qsimple) AS rank, ${CONFIG_OF('r.language')} AS cfg
            FROM reports r CROSS JOIN qs
            CROSS JOIN LATERAL jsonb_array_elements(r.annotations -> 'quotes') x
           WHERE r.search_quotes @@ (qe || qsimple) AND ${lang}
             AND to_tsvector(${CONFIG_OF('r.language')}, x ->> 'text') @@ (qe || qsimple)
        ) qt
       GROUP BY qt.story_id, qt.words`);
  }
  if (parts.length === 0) return { hits: [], total: 0 };
  const limit = param(options.limit);
  const offset = param(options.offset ?? 0);
  const result = await q.query<{
    kind: SearchKind; id: string; story: string | null; title: string | null; report: string | null; detail: string | null;
    rank: number; headline: string; total: number;
  }>(
    `WITH qs AS (SELECT websearch_to_tsquery('english'::regconfig, $1) AS qe, websearch_to_tsquery('simple'::regconfig, $1) AS qsimple),
     hits AS (${parts.join('\n UNION ALL ')}),
     page AS (SELECT *, count(*) OVER () AS total FROM hits ORDER BY rank DESC, kind, id LIMIT ${limit} OFFSET ${offset})
     SELECT page.kind, page.id, page.story, page.title, page.report, page.detail, page.rank::float8 AS rank, page.total::int AS total,
            ts_headline(page.cfg, ${STRIP_MARKS('page.doc')}, qs.qe || qs.qsimple,
                        ${MARKS} || ', ${HEADLINE_OPTIONS}' || CASE WHEN page.whole THEN ', HighlightAll=true' ELSE '' END) AS headline
       FROM page CROSS JOIN qs
      ORDER BY page.rank DESC, page.kind, page.id`,
    params,
  );
  const hits = result.rows.map((r): SearchHit => ({
    kind: r.kind,
    id: r.id,
    story: r.story,
    title: r.title,
    report: r.report,
    span: r.kind === 'quote' ? spanOfQuoteId(r.id) : null,
    detail: r.detail,
    rank: Number(r.rank),
    snippet: parseHeadline(r.headline),
  }));
  return { hits, total: result.rows[0]?.total ?? (options.offset ? await countHits(q, query, options) : 0) };
}

/** A page past the end has no rows to carry the total; count on its own then. */
async function countHits(q: Queryable, query: string, options: SearchOptions): Promise<number> {
  const { total } = await searchAll(q, query, { ...options, offset: 0, limit: 1 });
  return total;
}

function spanOfQuoteId(id: string): Span | null {
  const match = /:(\d+)-(\d+)$/.exec(id);
  return match ? { start: Number(match[1]), end: Number(match[2]) } : null;
}

/** ts_headline's text with match markers turned into offsets (runs of whitespace collapsed). */
export function parseHeadline(headline: string): Snippet {
  let text = '';
  const highlights: Span[] = [];
  let open = -1;
  for (const ch of headline.replace(/\s+/g, ' ').trim()) {
    if (ch === START_MARK) open = text.length;
    else if (ch === STOP_MARK) {
      if (open >= 0 && text.length > open) {
        const last = highlights.at(-1);
        // ts_headline marks each word of a phrase apart; one span reads better.
        if (last && /^ ?$/.test(text.slice(last.end, open))) highlights[highlights.length - 1] = { start: last.start, end: text.length };
        else highlights.push({ start: open, end: text.length });
      }
      open = -1;
    } else text += ch;
  }
  return { text, highlights };
}

// ---------------------------------------------------------------------------------------------
// entities and facets

/**
 * The stories whose reports name an entity (by any of `ids`: an entity's id can differ by type
 * when the type is unknown), most recently active first.
 */
export async function storiesNaming(q: Queryable, ids: readonly string[], limit: number): Promise<string[]> {
  if (ids.length === 0) return [];
  const params: unknown[] = ids.map((id) => JSON.stringify([{ key: id }]));
  const result = await q.query<{ id: string }>(
    `SELECT s.id FROM stories s
      WHERE s.merged_into IS NULL
        AND EXISTS (SELECT 1 FROM reports r WHERE r.story_id = s.id AND (${ids.map((_, i) => `r.annotations -> 'entities' @> $${i + 1}::jsonb`).join(' OR ')}))
      ORDER BY ${ACTIVITY} DESC, s.id LIMIT $${ids.length + 1}`,
    [...params, limit],
  );
  return result.rows.map((r) => r.id);
}

export interface Facet {
  readonly value: string;
  readonly reports: number;
}

/** Outlets and languages present, most reports first, to offer as filters. */
export async function storyFacets(q: Queryable, limit = 200): Promise<{ outlets: Facet[]; languages: Facet[] }> {
  const facet = async (column: 'outlet' | 'language') =>
    (
      await q.query<{ value: string; reports: number }>(
        `SELECT ${column} AS value, count(*)::int AS reports FROM reports WHERE ${column} IS NOT NULL AND story_id IS NOT NULL
          GROUP BY ${column} ORDER BY count(*) DESC, ${column} LIMIT $1`,
        [limit],
      )
    ).rows;
  const [outlets, languages] = await Promise.all([facet('outlet'), facet('language')]);
  return { outlets, languages };
}

/** A story's title (following merges is the caller's: this reads the row as it is). */
export async function storyTitle(q: Queryable, storyId: string): Promise<string | null> {
  const result = await q.query<{ title: string | null }>(`SELECT ${currentStoryTitle('s')} AS title FROM stories s WHERE s.id = $1`, [storyId]);
  return result.rows[0]?.title ?? null;
}

/** When each story was last active (ISO, UTC), for feeds; stories without a time are left out. */
export async function storyActivity(q: Queryable, storyIds: readonly string[]): Promise<Map<string, string>> {
  if (storyIds.length === 0) return new Map();
  const result = await q.query<{ id: string; last_seen: string }>(
    `SELECT id, ${isoUtc('last_seen')} AS last_seen FROM stories WHERE id = ANY($1::text[]) AND last_seen IS NOT NULL`,
    [[...new Set(storyIds)]],
  );
  return new Map(result.rows.map((r) => [r.id, r.last_seen]));
}
