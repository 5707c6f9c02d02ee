import http from 'node:http';
import https from 'node:https';
import dns from 'node:dns';
import { isIP, type LookupFunction, type Socket } from 'node:net';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { refuseAddress, describeRefusal, type PrivateNetworkPolicy } from './address-policy.js';
import { FetchError } from './fetch-error.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { MAX_BODY_BYTES, MAX_DECODED_BYTES, MAX_REDIRECTS, TOTAL_TIMEOUT_MS, USER_AGENT } from './settings.js';

export interface FetchOptions {
  /**
   * Allow loopback, private and link-local addresses: all of them (true) or only the listed ones;
   * cloud metadata addresses are refused whatever this says.
   */
  readonly allowPrivateNetwork?: PrivateNetworkPolicy;
  /** Conditional GET: the ETag of the copy already held. */
  readonly etag?: string | null;
  /** Conditional GET: the Last-Modified of the copy already held. */
  readonly lastModified?: string | null;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxDecodedBytes?: number;
  readonly maxRedirects?: number;
  /** Sent as Accept (default: HTML and feeds). */
  readonly accept?: string;
  readonly userAgent?: string;
  /**
   * 'follow' (default): redirects are followed here, each hop checked. 'manual': a redirect is
   * returned as a result (status 3xx, `location` set) for the caller to pace and check itself.
   */
  readonly redirect?: 'follow' | 'manual';
  /** Name resolution, replaceable in tests to map made-up host names to 127.0.0.x. */
  readonly lookup?: typeof dns.lookup;
}

export interface FetchResult {
  /** 200-299, or 304 when the conditional GET found the copy unchanged (bytes then empty). */
  readonly status: number;
  /** The final URL, after redirects. */
  readonly url: string;
  readonly contentType: string | null;
  /** The decoded body (content-encoding removed). */
  readonly bytes: Uint8Array;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** Seconds, from a Retry-After header, when one was sent. */
  readonly retryAfter: number | null;
  /** With `redirect: 'manual'`, the absolute URL a 3xx answer points to. */
  readonly location?: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches one http(s) URL safely: every address a host name resolves to is checked when the
 * connection is made (and again on the connected socket), on every redirect hop, so DNS tricks
 * and redirects cannot reach loopback, private or metadata addresses; the whole exchange has a
 * time limit, the body a size limit on the wire and after decoding. A 4xx/5xx answer throws a
 * `FetchError` carrying the status and any Retry-After.
 *
 * @example
 * const page = await fetchUrl('https://example.org/news/1', { etag: previous?.etag });
 * if (page.status === 304) return; // unchanged
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const deadline = Date.now() + (options.timeoutMs ?? TOTAL_TIMEOUT_MS);
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  let current = url;
  for (let hop = 0; ; hop++) {
    const target = parseTarget(current);
    const response = await requestOnce(target, current, options, deadline, hop === 0);
    if ('redirect' in response) {
      if (options.redirect === 'manual') {
        return { status: response.status, url: target.href, contentType: null, bytes: new Uint8Array(0), etag: null, lastModified: null, retryAfter: null, location: response.redirect };
      }
      if (hop >= maxRedirects) throw new FetchError(url, 'too-many-redirects', `more than ${maxRedirects} redirects (last to ${response.redirect})`);
      current = response.redirect;
      continue;
    }
    return response;
  }
}

function parseTarget(url: string): URL {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new FetchError(url, 'bad-url', 'not a valid URL');
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new FetchError(url, 'bad-url', `only http and https URLs are fetched, not ${target.protocol}`);
  if (target.username || target.password) throw new FetchError(url, 'bad-url', 'URLs with credentials are not fetched');
  return target;
}

/** A lookup that only hands out addresses the policy allows (checked before connecting). */
function guardedLookup(url: string, allowPrivate: PrivateNetworkPolicy, resolve: typeof dns.lookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as dns.LookupAddress[];
      const refusals = list.map((a) => [a, refuseAddress(a.address, allowPrivate)] as const);
      const allowed = refusals.filter(([, v]) => v === null).map(([a]) => a);
      const firstRefusal = refusals.find(([, v]) => v !== null);
      // One refused answer refuses the host: a name resolving to both public and private
      // addresses is a rebinding attempt, not a misconfiguration worth working around.
      if (firstRefusal || allowed.length === 0) {
        const [a, v] = firstRefusal ?? [{ address: hostname }, 'invalid' as const];
        return callback(new FetchError(url, 'refused-address', `${hostname} resolves to ${describeRefusal(v!, a.address)}`), '', 0);
      }
      if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, allowed);
      callback(null, allowed[0]!.address, allowed[0]!.family);
    });
  };
}

type Hop = FetchResult | { redirect: string; status: number };

function requestOnce(target: URL, url: string, options: FetchOptions, deadline: number, first: boolean): Promise<Hop> {
  const allowPrivate = options.allowPrivateNetwork ?? false;
  const host = target.hostname.replace(/^\[|\]$/g, '');
  // Node skips the lookup for IP literals, so those are judged here.
  if (isIP(host)) {
    const verdict = refuseAddress(host, allowPrivate);
    if (verdict) return Promise.reject(new FetchError(url, 'refused-address', describeRefusal(verdict, host)));
  }
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new FetchError(url, 'timeout', 'time limit reached'));
  const maxBytes = options.maxBytes ?? MAX_BODY_BYTES;
  const maxDecoded = options.maxDecodedBytes ?? MAX_DECODED_BYTES;
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? USER_AGENT,
    accept: options.accept ?? 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5',
    'accept-encoding': 'gzip, deflate, br',
  };
  // Validators belong to the URL asked for, not to wherever it redirects.
  if (first && options.etag) headers['if-none-match'] = options.etag;
  if (first && options.lastModified) headers['if-modified-since'] = options.lastModified;

  return new Promise<Hop>((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(error instanceof FetchError ? error : new FetchError(url, 'network', error.message));
    };
    const lib = target.protocol === 'https:' ? https : http;
    const req = lib.request(target, {
      method: 'GET',
      headers,
      lookup: guardedLookup(url, allowPrivate, options.lookup ?? dns.lookup),
      agent: false,
    });
    const timer = setTimeout(() => fail(new FetchError(url, 'timeout', `no complete response within ${options.timeoutMs ?? TOTAL_TIMEOUT_MS} ms`)), remaining);
    req.on('socket', (socket: Socket) => {
      // The address actually connected to, checked again: whatever resolved it, this is the truth.
      socket.once('connect', () => {
        const address = socket.remoteAddress ?? '';
        const verdict = refuseAddress(address, allowPrivate);
        if (verdict) fail(new FetchError(url, 'refused-address', `connected to ${describeRefusal(verdict, address)}`));
      });
    });
    req.on('error', fail);
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const header = (name: string) => {
        const v = res.headers[name];
        return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
      };
      if (REDIRECTS.has(status)) {
        const location = header('location');
        res.resume();
        if (!location) return fail(new FetchError(url, 'http-status', `HTTP ${status} redirect without a Location`, status));
        settled = true;
        clearTimeout(timer);
        req.destroy();
        return resolve({ redirect: new URL(location, target).href, status });
      }
      const retryAfter = parseRetryAfter(header('retry-after'), new Date());
      if (status === 304) {
        res.resume();
        settled = true;
        clearTimeout(timer);
        return resolve({ status, url: target.href, contentType: header('content-type'), bytes: new Uint8Array(0), etag: header('etag') ?? options.etag ?? null, lastModified: header('last-modified') ?? options.lastModified ?? null, retryAfter });
      }
      if (status < 200 || status >= 300) {
        res.resume();
        return fail(new FetchError(url, 'http-status', `HTTP ${status}${res.statusMessage ? ' ' + res.statusMessage : ''}${retryAfter !== null ? ` (retry after ${retryAfter} s)` : ''}`, status, retryAfter));
      }
      const declared = Number(header('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) return fail(new FetchError(url, 'too-large', `body of ${declared} bytes exceeds the ${maxBytes}-byte limit`));
      readBody(res, header('content-encoding'), url, maxBytes, maxDecoded).then(
        (bytes) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve({ status, url: target.href, contentType: header('content-type'), bytes, etag: header('etag'), lastModified: header('last-modified'), retryAfter });
        },
        fail,
      );
    });
    req.end();
  });
}

/** Reads a body, counting bytes on the wire and after decoding, and stops at either limit. */
function readBody(res: http.IncomingMessage, encoding: string | null, url: string, maxBytes: number, maxDecoded: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    let wire = 0;
    let decodedSize = 0;
    const chunks: Buffer[] = [];
    const coding = (encoding ?? '').trim().toLowerCase();
    let decoder: zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null = null;
    if (coding === 'gzip' || coding === 'x-gzip') decoder = zlib.createGunzip();
    else if (coding === 'deflate') decoder = zlib.createInflate();
    else if (coding === 'br') decoder = zlib.createBrotliDecompress();
    else if (coding && coding !== 'identity') return reject(new FetchError(url, 'network', `unsupported content-encoding "${coding}"`));
    const stop = (error: FetchError) => {
      res.destroy();
      decoder?.destroy();
      reject(error);
    };
    res.on('data', (chunk: Buffer) => {
      wire += chunk.length;
      if (wire > maxBytes) stop(new FetchError(url, 'too-large', `body exceeds the ${maxBytes}-byte limit`));
    });
    res.on('error', (e) => stop(new FetchError(url, 'network', e.message)));
    const out: Readable = decoder ? res.pipe(decoder) : res;
    out.on('data', (chunk: Buffer) => {
      decodedSize += chunk.length;
      if (decodedSize > maxDecoded) {
        stop(new FetchError(url, decoder ? 'decompression-bomb' : 'too-large', decoder ? `decodes to more than ${maxDecoded} bytes; refused as a possible decompression bomb` : `body exceeds the ${maxDecoded}-byte limit`));
        return;
      }
      chunks.push(chunk);
    });
    out.on('error', (e) => stop(new FetchError(url, 'network', `could not decode the ${coding} body: ${e.message}`)));
    out.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}
