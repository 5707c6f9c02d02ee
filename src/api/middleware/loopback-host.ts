import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../http-error.js';

/** Host names that can only mean this machine. */
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** True for a host name or address that is this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase();
  return LOOPBACK_NAMES.has(name) || /^127(\.\d{1,3}){3}$/.test(name) || name.endsWith('.localhost');
}

/**
 * For a server bound to loopback: refuses requests whose `Host` header names another machine.
 * A web page elsewhere can point a DNS name it controls at 127.0.0.1 (DNS rebinding) and read or
 * write through the visitor's browser; such requests carry the foreign name in `Host`.
 *
 * @example
 * if (loopback) app.use('*', loopbackHostOnly());
 */
export function loopbackHostOnly(): MiddlewareHandler {
  return async function loopbackHostOnlyMiddleware(c, next) {
    const host = c.req.header('host');
    if (host !== undefined) {
      const name = host.replace(/:\d+$/, '');
      if (!isLoopbackHost(name)) {
        throw new HttpError(421, `this server only answers to localhost, not to "${host}": open it as http://localhost`);
      }
    }
    await next();
  };
}
