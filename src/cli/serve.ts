import type { AddressInfo } from 'node:net';
import { serve as serveNode } from '@hono/node-server';
import type { Db } from '../store/db.js';
import { createApp } from '../api/index.js';
import { isLoopbackHost } from '../api/middleware/loopback-host.js';
import { UsageError } from '../core/errors.js';
import { FeedWatcher, describeRound } from '../feeds/index.js';
import type { PoliteFetcher } from '../fetch/index.js';

/** Where `corroborate serve` listens unless told: this machine only. */
export const DEFAULT_HOST = '127.0.0.1';
/** Port unless told: a common development port, free on most machines. */
export const DEFAULT_PORT = 8080;

export interface ServeOptions {
  /** `--port`: a number from 0 (any free port) to 65535. */
  readonly port?: string | number;
  /** `--host`: an address or name to bind; loopback unless told. */
  readonly host?: string;
  /** Writes need this token when not on loopback (`CORROBORATE_TOKEN`). */
  readonly token?: string | null;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** Stops the server when aborted (tests); SIGINT and SIGTERM always do. */
  readonly signal?: AbortSignal;
  /** Called with the URL once the server listens. */
  readonly onListening?: (url: string) => void;
  /**
   * `--watch`: also run the feed watcher in this process (over the same database handle), with
   * this fetcher; its counters and the feeds' state are served at `/feeds` and `/api/v1/feeds`.
   */
  readonly watch?: {
    readonly fetcher: PoliteFetcher;
    /** Shown on the status page: the fetcher's delay between requests to one host. */
    readonly hostDelayMs?: number;
    readonly recheckHorizonS?: number;
    /** The watcher's clock (tests fix it). */
    readonly now?: () => Date;
  };
}

/** Reads `--port`; a usage error names the value and the range. */
export function parsePort(value: string | number | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = typeof value === 'number' ? value : /^\d{1,5}$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a number from 0 to 65535 (0 for any free port), not "${value}"`);
  }
  return port;
}

function urlOf(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}/`;
}

/**
 * Serves the web UI and the HTTP API over the open database until SIGINT or SIGTERM (or
 * `signal`), then stops the feed watcher (with `watch`) and closes the server; resolves with the
 * exit code. The database stays open for
 * the caller to close (PGlite allows one process per data directory: the server holds it).
 *
 * @example
 * const db = await openDb('./.corroborate');
 * await serve(db, { port: 8080, stdout: process.stdout, stderr: process.stderr });
 */
export async function serve(db: Db, options: ServeOptions): Promise<number> {
  const port = parsePort(options.port);
  const host = options.host?.trim() || DEFAULT_HOST;
  const loopback = isLoopbackHost(host);
  const token = options.token?.trim() || null;
  const log = (line: string) => options.stderr.write(line + '\n');
  const watcher = options.watch
    ? new FeedWatcher(db, options.watch.fetcher, {
        log,
        onRound: (summary) => log(describeRound(summary)),
        ...(options.watch.hostDelayMs !== undefined ? { hostDelayMs: options.watch.hostDelayMs } : {}),
        ...(options.watch.recheckHorizonS !== undefined ? { recheckHorizonS: options.watch.recheckHorizonS } : {}),
        ...(options.watch.now ? { now: options.watch.now } : {}),
      })
    : null;
  const app = createApp({ db, token, loopback, log, ...(watcher ? { watcher } : {}) });

  const server = serveNode({ fetch: app.fetch, port, hostname: host });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${port} on ${host} is in use: pass another with --port (0 picks a free one)`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`cannot listen on "${host}": give an address of this machine with --host`);
    if (code === 'EACCES') throw new UsageError(`not allowed to listen on port ${port}: pick one above 1023 with --port`);
    throw error;
  }
  const bound = (server.address() as AddressInfo).port;
  const url = urlOf(host, bound);
  options.stdout.write(`Corroborate is serving at ${url}  (API: ${url}api/v1/openapi.json; Ctrl-C stops it)\n`);
  if (!loopback && !token) {
    options.stderr.write('corroborate: listening beyond this machine without CORROBORATE_TOKEN: reading is open, adding reports is disabled\n');
  } else if (!loopback) {
    options.stderr.write('corroborate: listening beyond this machine: adding reports needs the CORROBORATE_TOKEN bearer token\n');
  }
  if (watcher) {
    watcher.start();
    options.stderr.write(`corroborate: watching feeds in this process (state at ${url}feeds); one line per fetch follows\n`);
  }
  options.onListening?.(url);

  let stop = () => {};
  await new Promise<void>((resolve) => {
    stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    options.signal?.addEventListener('abort', stop, { once: true });
    if (options.signal?.aborted) stop();
  });
  process.removeListener('SIGINT', stop);
  process.removeListener('SIGTERM', stop);
  if (watcher) {
    // Before the server and the database go: fetches under way finish and are stored, nothing new starts.
    options.stderr.write('corroborate: stopping the feed watcher (fetches under way finish first)\n');
    await watcher.stop();
  }
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    // Keep-alive connections would hold close() open; end them.
    (server as { closeAllConnections?: () => void }).closeAllConnections?.();
  });
  return 0;
}
