import { Hono } from 'hono';
import type { PoliteFetcher } from '../fetch/index.js';
import type { Context } from 'hono';
import type { Db } from '../store/db.js';
import { reportDetail, storyDetail } from '../pipeline/index.js';
import { searchAll, storyActivity } from '../store/search.js';
import { HttpError } from './http-error.js';
import { encodeCursor, queryOf, readId, readPage, readSearch, readStoryFilters } from './query-params.js';
import { countFacts, listStoryPage } from './story-list.js';
import { entityDetail } from './entity-detail.js';
import { addPostedReports, readPostedReports, statusOf } from './add-reports.js';
import { openApiDocument } from './openapi.js';
import { atomTime, renderAtom, type AtomEntry } from './atom-feed.js';
import { requireWriter, type WriterOptions } from './middleware/require-writer.js';
import { FEED_ENTRIES, FEED_SUMMARY_CHARS } from './settings.js';
import { feedsStatus, type WatcherSource } from './feeds-status.js';

export interface ApiOptions extends WriterOptions {
  readonly db: Db;
  /** The clock (feeds of undated stories; report arrival times); tests fix it. */
  readonly now: () => Date;
  /** Fetches posted page addresses (default: a polite fetcher refusing private addresses). */
  readonly fetcher?: PoliteFetcher;
  /** The feed watcher of this process, or null. */
  readonly watcher: WatcherSource | null;
}

/** Path and query of the same request with some query parameters replaced (null removes). */
export function withQuery(url: string, changes: Readonly<Record<string, string | null>>): string {
  const next = new URL(url);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) next.searchParams.delete(name);
    else next.searchParams.set(name, value);
  }
  return next.pathname + next.search;
}

const notFound = (what: string, id: string, hint: string) => new HttpError(404, `no ${what} "${id.slice(0, 80)}": ${hint}`);

/**
 * The JSON API, mounted at `/api/v1`: the same data as the CLI's `--json`, paginated lists,
 * search, Atom feeds and the write endpoint.
 *
 * @example
 * app.route('/api/v1', apiRoutes({ db, token: null, loopback: true, now: () => new Date() }));
 */
export function apiRoutes(options: ApiOptions): Hono {
  const { db } = options;
  const api = new Hono();
  const origin = (c: Context) => new URL(c.req.url).origin;

  api.get('/', (c) => c.json({ openapi: '/api/v1/openapi.json', stories: '/api/v1/stories', search: '/api/v1/search?q=', feeds: '/api/v1/feeds' }));
  api.get('/openapi.json', (c) => c.json(openApiDocument()));

  api.get('/stories', async (c) => {
    const query = queryOf(c.req.url);
    const page = readPage(query, { cursor: true });
    const filters = readStoryFilters(query);
    const { items, next } = await listStoryPage(db, filters, page);
    const nextCursor = next ? encodeCursor(next) : null;
    return c.json({
      items,
      limit: page.limit,
      offset: page.offset,
      nextCursor,
      next: nextCursor ? withQuery(c.req.url, { cursor: nextCursor, offset: null }) : null,
    });
  });

  api.get('/stories/:id', async (c) => {
    const id = readId('story', c.req.param('id'));
    const story = await storyDetail(db, id);
    if (!story) throw notFound('story', id, 'list stories at /api/v1/stories');
    return c.json(story);
  });

  api.get('/stories/:id/feed', async (c) => {
    const id = readId('story', c.req.param('id'));
    const story = await storyDetail(db, id);
    if (!story) throw notFound('story', id, 'list stories at /api/v1/stories');
    const now = options.now().toISOString();
    const base = origin(c);
    const reports = await Promise.all(story.reports.map((r) => reportDetail(db, r.id)));
    const entries: AtomEntry[] = reports
      .filter((r) => r !== null)
      .map((r) => ({
        id: `urn:corroborate:report:${r.id}`,
        title: r.title ?? '(untitled report)',
        updated: atomTime(r.published, story.lastSeen ? atomTime(story.lastSeen, now) : now),
        published: r.published ? atomTime(r.published, now) : null,
        link: `${base}/reports/${encodeURIComponent(r.id)}`,
        summary: summarise(r.text),
        author: r.outlet,
      }))
      .sort((a, b) => b.updated.localeCompare(a.updated))
      .slice(0, FEED_ENTRIES);
    const statuses = countFacts(story);
    return atomResponse(renderAtom({
      id: `urn:corroborate:story:${story.id}`,
      title: story.title ?? '(untitled story)',
      subtitle: `${story.reports.length} reports, ${story.independentSources} independent sources; ${statuses.corroborated} facts corroborated, ${statuses.singleSource} single-source, ${statuses.disputed} disputed`,
      updated: entries[0]?.updated ?? atomTime(story.lastSeen, now),
      self: `${base}/api/v1/stories/${encodeURIComponent(story.id)}/feed`,
      alternate: `${base}/stories/${encodeURIComponent(story.id)}`,
      entries,
    }));
  });

  api.get('/reports/:id', async (c) => {
    const id = readId('report', c.req.param('id'));
    const report = await reportDetail(db, id);
    if (!report) throw notFound('report', id, 'a story lists its reports at /api/v1/stories/{id}');
    return c.json(report);
  });

  api.post('/reports', requireWriter(options), async (c) => {
    const summary = await addPostedReports(db, await readPostedReports(c.req), { now: options.now, fetcher: options.fetcher });
    const first = summary.outcomes.find((o) => o.kind !== 'failed');
    if (first && 'report' in first) c.header('Location', `/api/v1/reports/${encodeURIComponent(first.report)}`);
    return c.json(summary, statusOf(summary));
  });

  api.get('/entities/:id', async (c) => {
    const id = readId('entity', c.req.param('id'));
    const entity = await entityDetail(db, id);
    if (!entity) throw notFound('entity', id, 'a story lists its entities at /api/v1/stories/{id}');
    return c.json(entity);
  });

  api.get('/feeds', async (c) => c.json(await feedsStatus(db, options.watcher, options.now())));

  api.get('/search', async (c) => {
    const query = queryOf(c.req.url);
    const { q, kinds, language } = readSearch(query);
    const page = readPage(query);
    const { hits, total } = await searchAll(db, q, { kinds, limit: page.limit, offset: page.offset, ...(language ? { language } : {}) });
    const more = page.offset + hits.length < total;
    return c.json({
      query: q,
      total,
      limit: page.limit,
      offset: page.offset,
      items: hits,
      next: more ? withQuery(c.req.url, { offset: String(page.offset + page.limit) }) : null,
    });
  });

  api.get('/search/feed', async (c) => {
    const query = queryOf(c.req.url);
    const { q, kinds, language } = readSearch(query);
    const base = origin(c);
    const now = options.now().toISOString();
    const { hits } = await searchAll(db, q, { kinds, limit: FEED_ENTRIES, ...(language ? { language } : {}) });
    const activity = await storyActivity(db, hits.flatMap((h) => (h.story ? [h.story] : [])));
    const entries: AtomEntry[] = hits.map((hit) => ({
      id: `urn:corroborate:${hit.kind}:${hit.id}`,
      title: `${KIND_LABEL[hit.kind]}: ${hit.title ?? hit.snippet.text.slice(0, 80)}`,
      updated: atomTime(hit.story ? activity.get(hit.story) : null, now),
      link: base + hitPath(hit),
      summary: hit.snippet.text,
      author: null,
    }));
    return atomResponse(renderAtom({
      id: `urn:corroborate:search:${encodeURIComponent(q)}`,
      title: `Corroborate: ${q}`,
      updated: entries.map((e) => e.updated).sort().at(-1) ?? now,
      self: `${base}/api/v1/search/feed?q=${encodeURIComponent(q)}`,
      alternate: `${base}/search?q=${encodeURIComponent(q)}`,
      entries,
    }));
  });

  return api;
}

const KIND_LABEL = { story: 'Story', report: 'Report', entity: 'Entity', quote: 'Quote' } as const;

/** The web page a search hit opens. */
export function hitPath(hit: { kind: string; id: string; story: string | null; report: string | null; span: { start: number; end: number } | null }): string {
  switch (hit.kind) {
    case 'story':
      return `/stories/${encodeURIComponent(hit.id)}`;
    case 'entity':
      return `/entities/${encodeURIComponent(hit.id)}`;
    case 'quote':
      return hit.report && hit.span ? `/reports/${encodeURIComponent(hit.report)}?mark=${hit.span.start}-${hit.span.end}#mark-0` : `/stories/${encodeURIComponent(hit.story ?? '')}`;
    default:
      return `/reports/${encodeURIComponent(hit.id)}`;
  }
}

function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}

function summarise(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= FEED_SUMMARY_CHARS ? flat : `${flat.slice(0, FEED_SUMMARY_CHARS).replace(/\s\S*$/, '')} …`;
}
