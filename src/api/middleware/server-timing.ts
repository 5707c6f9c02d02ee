import type { MiddlewareHandler } from 'hono';

/**
 * Reports the server's own time for each response in a `Server-Timing` header (`app;dur=12.3`,
 * milliseconds), so benchmarks and browser dev tools can tell server time from network time.
 *
 * @example
 * app.use('*', serverTiming());
 */
export function serverTiming(): MiddlewareHandler {
  return async function serverTimingMiddleware(c, next) {
    const started = performance.now();
    await next();
    c.header('Server-Timing', `app;dur=${(performance.now() - started).toFixed(1)}`);
  };
}
