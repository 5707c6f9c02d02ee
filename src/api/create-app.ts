import { Hono } from 'hono';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import type { Db } from '../store/db.js';
import { HttpError } from './http-error.js';
import { apiRoutes } from './api-routes.js';
import { securityHeaders } from './middleware/security-headers.js';
import { serverTiming } from './middleware/server-timing.js';
import { loopbackHostOnly } from './middleware/loopback-host.js';
import { webRoutes, errorPage } from '../web/web-routes.js';
import { MAX_BODY_BYTES } from './settings.js';
import type { PoliteFetcher } from '../fetch/index.js';
import type { WatcherSource } from './feeds-status.js';

export interface AppOptions {
  readonly db: Db;
  /** The bearer token writes need when the server is not on loopback (`CORROBORATE_TOKEN`). */
  readonly token?: string | null;
  /**
   * True when the server listens on loopback only (the default of `corroborate serve`): writes
   * need no token, and requests must name localhost (no DNS rebinding).
   */
  readonly loopback: boolean;
  /** The clock; tests fix it. */
  readonly now?: () => Date;
  /**
   * Fetches the page addresses posted to `POST /reports` and the Add page (default: a polite
   * fetcher refusing private and loopback addresses).
   */
  readonly fetcher?: PoliteFetcher;
  /** Where unexpected errors are logged (default: stderr). */
  readonly log?: (line: string) => void;
  /** The feed watcher running in this process (`serve --watch`), whose counters `/feeds` shows. */
  readonly watcher?: WatcherSource;
}

const isApi = (c: Context) => new URL(c.req.url).pathname.startsWith('/api/');

/**
 * The whole application, Web-standard Request in, Response out: the JSON API under `/api/v1` and
 * the web UI at `/`. Runtime glue (Node's HTTP server) is `src/cli/serve.ts`; tests call
 * `app.request()` in-process.
 *
 * @example
 * const app = createApp({ db: await openDb('memory://'), loopback: true });
 * const res = await app.request('/api/v1/stories');
 */
export function createApp(options: AppOptions): Hono {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const writer = { token: options.token ?? null, loopback: options.loopback };
  const app = new Hono();

  app.use('*', serverTiming());
  app.use('*', securityHeaders());
  if (options.loopback) app.use('*', loopbackHostOnly());
  app.use('*', bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new HttpError(413, `the body is larger than ${MAX_BODY_BYTES} bytes: send reports in several requests`);
    },
  }));

  const shared = { db: options.db, now, ...writer, ...(options.fetcher ? { fetcher: options.fetcher } : {}), watcher: options.watcher ?? null };
  app.route('/api/v1', apiRoutes(shared));
  app.route('/', webRoutes(shared));

  app.notFound((c) => {
    const error = new HttpError(404, isApi(c) ? `no such endpoint: ${c.req.method} ${new URL(c.req.url).pathname}; see /api/v1/openapi.json` : 'There is no page at this address.');
    return isApi(c) ? error.getResponse() : errorPage(404, error.message);
  });

  app.onError((err, c) => {
    let error: HttpError;
    if (err instanceof HttpError) error = err;
    else if (err instanceof HTTPException) error = new HttpError(err.status, err.message || 'the request cannot be served');
    else {
      log(`corroborate: ${c.req.method} ${new URL(c.req.url).pathname} failed: ${err.stack ?? err.message}`);
      error = new HttpError(500, 'the server failed on this request; the error is in its log');
    }
    const response = isApi(c) ? error.getResponse() : errorPage(error.status, error.message);
    for (const [name, value] of Object.entries(error.headers)) response.headers.set(name, value);
    return response;
  });

  return app;
}
