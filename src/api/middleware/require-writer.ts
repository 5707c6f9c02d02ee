import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { HttpError } from '../http-error.js';

export interface WriterOptions {
  /** The bearer token writes must carry (`CORROBORATE_TOKEN`); null or empty for none. */
  readonly token: string | null | undefined;
  /** True when the server listens on loopback only: then writes need no token. */
  readonly loopback: boolean;
}

/** Methods that change nothing: never checked. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Decides whether a write may go ahead: on loopback anyone on this machine may write; elsewhere
 * only with the server's token (from `Authorization: Bearer ...`, or the `token` field of the
 * Add form, which a browser without script cannot put in a header). Throws the refusal.
 */
export function authorizeWrite(c: Context, options: WriterOptions, formToken?: string | null): void {
  if (options.loopback) return;
  if (!options.token) {
    throw new HttpError(403, 'writing is disabled: this server is reachable from other machines and has no token; restart it with CORROBORATE_TOKEN set');
  }
  const header = c.req.header('authorization');
  const bearer = header?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  const given = bearer ?? formToken ?? null;
  if (given === null || given === '') {
    throw new HttpError(401, 'this server needs a token to add reports: send "Authorization: Bearer <token>"', { 'WWW-Authenticate': 'Bearer realm="corroborate"' });
  }
  if (!sameToken(given, options.token)) {
    throw new HttpError(403, 'wrong token', { 'WWW-Authenticate': 'Bearer realm="corroborate", error="invalid_token"' });
  }
}

/**
 * Guards write requests: cross-site requests are refused (a page elsewhere must not post into
 * the store through a visitor's browser: forms and `text/plain` posts need no CORS preflight),
 * then the token is checked as `authorizeWrite` says. Routes that read the token from a form
 * field set `formToken: true` and call `authorizeWrite` themselves after parsing the body.
 *
 * @example
 * app.post('/api/v1/reports', requireWriter({ token: env.CORROBORATE_TOKEN, loopback: true }), handler);
 */
export function requireWriter(options: WriterOptions & { readonly formToken?: boolean }): MiddlewareHandler {
  return async function requireWriterMiddleware(c, next) {
    if (!SAFE_METHODS.has(c.req.method)) {
      rejectCrossSite(c);
      if (!options.formToken) authorizeWrite(c, options);
    }
    await next();
  };
}

/** Refuses a request a browser says comes from another site. */
function rejectCrossSite(c: Context): void {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    throw new HttpError(403, `cross-site write refused (Sec-Fetch-Site: ${site})`);
  }
  const origin = c.req.header('origin');
  if (origin === undefined) return;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new HttpError(403, `cross-site write refused (unreadable Origin "${origin}")`);
  }
  const host = c.req.header('host') ?? new URL(c.req.url).host;
  if (originHost !== host) throw new HttpError(403, `cross-site write refused (Origin ${origin} is not this server)`);
}
