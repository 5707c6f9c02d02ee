import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A request the local server saw, for politeness assertions. */
export interface SeenRequest {
  readonly path: string;
  readonly host: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly start: number;
  end: number;
}

/**
 * An HTTP server on 127.0.0.1 (any free port) answering from a table of paths; the only place
 * tests fetch from. Paths may be keyed by `host + path` (Host header without port) to act as many
 * sites; unknown paths are 404. It records every request with its start and end time.
 */
export async function startLocalServer(routes: Record<string, Handler>) {
  const seen: SeenRequest[] = [];
  let active = 0;
  let maxActive = 0;
  const server = http.createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = req.url ?? '/';
    const entry: SeenRequest = { path, host, headers: req.headers, start: Date.now(), end: 0 };
    seen.push(entry);
    active++;
    maxActive = Math.max(maxActive, active);
    res.on('close', () => {
      active--;
      entry.end = Date.now();
    });
    const handler = routes[host + path] ?? routes[path];
    if (handler) handler(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    seen,
    maxActive: () => maxActive,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Only this server's address is allowed: the SSRF guard stays on for every other one. */
export const LOCAL_ONLY = ['127.0.0.1'] as const;
