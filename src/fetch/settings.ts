/**
 * Limits and politeness defaults of the fetcher. Each is a named constant so the CLI, `watch` and
 * the tests agree on them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/package-root.js';

/** Bytes: largest response body accepted on the wire (news pages are < 2 MB; 10 MB leaves room). */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** Bytes: largest body after gzip/deflate/br decoding; beyond it the body is a decompression bomb. */
export const MAX_DECODED_BYTES = 10 * 1024 * 1024;
/** Redirect hops followed per request (browsers allow 20; 5 covers http->https->www->canonical). */
export const MAX_REDIRECTS = 5;
/** Milliseconds: total time for one request, redirects and body included. */
export const TOTAL_TIMEOUT_MS = 30_000;
/** Milliseconds: default minimum gap between two requests to the same host (1 req/s per host). */
export const MIN_HOST_DELAY_MS = 1_000;
/** Milliseconds: a robots.txt `Crawl-delay` above this is capped (a feed must still be polled). */
export const MAX_CRAWL_DELAY_MS = 60_000;
/** Milliseconds: how long a host's robots.txt is cached (RFC 9309 suggests at most 24 hours). */
export const ROBOTS_TTL_MS = 24 * 60 * 60 * 1000;
/** Bytes: robots.txt files are small; RFC 9309 requires parsing at least 500 KiB. */
export const MAX_ROBOTS_BYTES = 512 * 1024;
/** Seconds: longest Retry-After honoured as given (a longer one is capped, not ignored). */
export const MAX_RETRY_AFTER_S = 6 * 60 * 60;

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string }).version ?? '0';
  } catch {
    return '0';
  }
}

/** Sent with every request, so site owners can tell who fetches and why. */
export const USER_AGENT = `Corroborate/${packageVersion()} (+https://github.com/corroborate/corroborate; self-hosted news reconciliation)`;
/** The product token robots.txt groups are matched against. */
export const ROBOTS_AGENT = 'Corroborate';
