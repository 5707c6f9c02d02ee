import { createHash } from 'node:crypto';
import type { PoliteFetcher } from '../fetch/index.js';
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import type { Context } from 'hono';
import type { Db } from '../store/db.js';
import { reportDetail, storyDetail } from '../pipeline/index.js';
import { searchAll, storyFacets, storyTitle } from '../store/search.js';
import { HttpError } from '../api/http-error.js';
import { encodeCursor, queryOf, readId, readMarks, readPage, readSearch, readStoryFilters } from '../api/query-params.js';
import { listStoryPage } from '../api/story-list.js';
import { storyView } from '../api/story-view.js';
import { feedsStatus, type WatcherSource } from '../api/feeds-status.js';
import { renderFeedsPage } from './pages/feeds-page.js';
import { entityDetail } from '../api/entity-detail.js';
import { addPostedReports, readPostedReports, statusOf } from '../api/add-reports.js';
import { authorizeWrite, requireWriter, type WriterOptions } from '../api/middleware/require-writer.js';
import { withQuery } from '../api/api-routes.js';
import { renderPage, type AssetUrls, type PageOptions } from './layout.js';
import { renderStoriesPage } from './pages/stories-page.js';
import { renderStoryPage } from './pages/story-page.js';
import { renderReportPage } from './pages/report-page.js';
import { renderEntityPage } from './pages/entity-page.js';
import { renderSearchPage } from './pages/search-page.js';
import { renderAddPage } from './pages/add-page.js';
import { renderErrorPage } from './pages/error-page.js';
import { reportLabel } from './format.js';
import { ICON_SVG, STYLE_CSS } from './assets/style-css.js';
import type { HtmlValue } from './html.js';

export interface WebOptions extends WriterOptions {
  readonly db: Db;
  readonly now: () => Date;
  /** Fetches page addresses given on the Add page (default: a polite fetcher refusing private addresses). */
  readonly fetcher?: PoliteFetcher;
  /** The feed watcher of this process, or null: the Feeds page shows its counters. */
  readonly watcher: WatcherSource | null;
}

interface Asset {
  readonly body: string;
  readonly type: string;
  readonly version: string;
}

function asset(body: string, type: string): Asset {
  return { body, type, version: createHash('sha256').update(body).digest('hex').slice(0, 12) };
}

/**
 * The compiled client script (tsc puts it beside this module); its source map comment is dropped,
 * as the map is not served.
 */
function loadClientScript(): string {
  const path = new URL('./client/app.js', import.meta.url);
  try {
    return readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
  } catch {
    throw new Error(`the web client script ${path.pathname} is missing: run "npm run build" first`);
  }
}

const ASSETS = (() => {
  let cached: Record<'style' | 'script' | 'icon', Asset> | undefined;
  return () =>
    (cached ??= {
      style: asset(STYLE_CSS, 'text/css; charset=utf-8'),
      script: asset(loadClientScript(), 'text/javascript; charset=utf-8'),
      icon: asset(ICON_SVG, 'image/svg+xml'),
    });
})();

/** The asset URLs of the page frame, each with its content version for long caching. */
export function assetUrls(): AssetUrls {
  const a = ASSETS();
  return { style: `/assets/style.css?v=${a.style.version}`, script: `/assets/app.js?v=${a.script.version}`, icon: `/assets/icon.svg?v=${a.icon.version}` };
}

/** Sends a full page. */
export function sendPage(c: Context, options: Omit<PageOptions, 'assets'>, main: HtmlValue, status: 200 | 201 | 400 | 404 | 422 = 200): Response {
  c.header('Cache-Control', 'no-cache');
  return c.html(renderPage({ ...options, assets: assetUrls() }, main), status);
}

/** The HTML error page for an error the app caught. */
export function errorPage(status: number, message: string): Response {
  return new Response(renderPage({ title: 'Error', assets: assetUrls() }, renderErrorPage(status, message)), {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/**
 * The web UI's pages, server-rendered: stories, story, report (with marks), entity, search, add,
 * and the static assets.
 *
 * @example
 * app.route('/', webRoutes({ db, token: null, loopback: true, now: () => new Date() }));
 */
export function webRoutes(options: WebOptions): Hono {
  const { db } = options;
  const web = new Hono();

  web.get('/assets/:name', (c) => {
    const name = c.req.param('name');
    const key = ({ 'style.css': 'style', 'app.js': 'script', 'icon.svg': 'icon' } as const)[name as 'style.css'];
    if (!key) throw new HttpError(404, `no asset "${name.slice(0, 60)}"`);
    const found = ASSETS()[key];
    const versioned = c.req.query('v') === found.version;
    return c.body(found.body, 200, {
      'content-type': found.type,
      'cache-control': versioned ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag: `"${found.version}"`,
    });
  });

  web.get('/', async (c) => {
    const query = queryOf(c.req.url);
    const page = readPage(query, { cursor: true });
    const { entity, ...filters } = readStoryFilters(query);
    const [{ items, next }, facets] = await Promise.all([listStoryPage(db, filters, page), storyFacets(db)]);
    let entityName: string | null = null;
    if (entity && items[0]) {
      const first = await storyDetail(db, items[0].id);
      entityName = first?.entities.find((e) => filters.entities?.includes(e.id))?.name ?? entity;
    }
    const shown = { entity, outlet: filters.outlet, language: filters.language, from: filters.from, to: filters.to };
    return sendPage(c, { title: 'Stories', current: 'stories' }, renderStoriesPage({
      items,
      filters: shown,
      entityName,
      facets,
      nextHref: next ? withQuery(c.req.url, { cursor: encodeCursor(next), offset: null }) : null,
      paged: Boolean(page.after || page.offset),
    }));
  });

  web.get('/stories/:id', async (c) => {
    const id = readId('story', c.req.param('id'));
    const view = await storyView(db, id);
    if (!view) throw new HttpError(404, `There is no story "${id.slice(0, 80)}". It may have been merged into another; see the latest stories.`);
    // A story merged into another lives on under the other's id: send readers (and bookmarks) there.
    if (view.story.id !== id) return c.redirect(`/stories/${encodeURIComponent(view.story.id)}`, 301);
    return sendPage(c, {
      title: view.story.title ?? 'Story',
      feed: { href: `/api/v1/stories/${encodeURIComponent(view.story.id)}/feed`, title: `Reports of: ${view.story.title ?? 'this story'}` },
    }, renderStoryPage(view));
  });

  web.get('/reports/:id', async (c) => {
    const id = readId('report', c.req.param('id'));
    const report = await reportDetail(db, id);
    if (!report) throw new HttpError(404, `There is no report "${id.slice(0, 80)}".`);
    const marks = readMarks(queryOf(c.req.url), report.text.length);
    const [title, origin] = await Promise.all([
      report.story ? storyTitle(db, report.story) : Promise.resolve(null),
      report.derivedFrom ? reportDetail(db, report.derivedFrom) : Promise.resolve(null),
    ]);
    return sendPage(c, { title: report.title ?? 'Report' }, renderReportPage({
      report,
      marks,
      storyTitle: title,
      origin: origin ? { id: origin.id, label: reportLabel(origin) } : null,
    }));
  });

  web.get('/entities/:id', async (c) => {
    const id = readId('entity', c.req.param('id'));
    const entity = await entityDetail(db, id);
    if (!entity) throw new HttpError(404, `No story names "${id.slice(0, 80)}".`);
    return sendPage(c, { title: entity.name }, renderEntityPage(entity));
  });

  web.get('/search', async (c) => {
    const query = queryOf(c.req.url);
    const facets = await storyFacets(db);
    if (!query.get('q')?.trim()) {
      return sendPage(c, { title: 'Search', current: 'search' }, renderSearchPage({
        query: '', kinds: [], language: undefined, languages: facets.languages, hits: [], total: 0, offset: 0, prevHref: null, nextHref: null,
      }));
    }
    const { q, kinds, language } = readSearch(query);
    const page = readPage(query);
    const { hits, total } = await searchAll(db, q, { kinds, limit: page.limit, offset: page.offset, ...(language ? { language } : {}) });
    return sendPage(c, {
      title: `Search: ${q}`,
      query: q,
      current: 'search',
      feed: { href: `/api/v1/search/feed?q=${encodeURIComponent(q)}`, title: `Search: ${q}` },
    }, renderSearchPage({
      query: q, kinds, language, languages: facets.languages, hits, total, offset: page.offset,
      prevHref: page.offset > 0 ? withQuery(c.req.url, { offset: String(Math.max(0, page.offset - page.limit)) }) : null,
      nextHref: page.offset + hits.length < total ? withQuery(c.req.url, { offset: String(page.offset + page.limit) }) : null,
    }));
  });

  web.get('/feeds', async (c) =>
    sendPage(c, { title: 'Feeds', current: 'feeds' }, renderFeedsPage(await feedsStatus(db, options.watcher, options.now()))));

  web.get('/add', (c) => sendPage(c, { title: 'Add reports', current: 'add' }, renderAddPage({ needsToken: !options.loopback })));

  web.post('/add', requireWriter({ ...options, formToken: true }), async (c) => {
    const needsToken = !options.loopback;
    let posted;
    try {
      posted = await readPostedReports(c.req);
    } catch (error) {
      if (!(error instanceof HttpError) || error.status >= 500) throw error;
      return sendPage(c, { title: 'Add reports', current: 'add' }, renderAddPage({ needsToken, error: error.message }), 400);
    }
    authorizeWrite(c, options, posted.formToken);
    const summary = await addPostedReports(db, posted, { now: options.now, fetcher: options.fetcher });
    return sendPage(c, { title: 'Add reports', current: 'add' }, renderAddPage({ needsToken, summary }), statusOf(summary));
  });

  return web;
}
