import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import type { LookupAddress } from 'node:dns';
import { fetchUrl, FetchError, PoliteFetcher, refuseAddress, parseRetryAfter, USER_AGENT } from '../../src/fetch/index.js';
import { splitInput } from '../../src/ingest/split-input.js';
import { analyseSource } from '../../src/pipeline/index.js';
import { startLocalServer, LOCAL_ONLY } from './local-server.js';

/** windows-1251 bytes for Cyrillic text, written by hand (Node has no 1251 encoder). */
function cp1251(text: string): Buffer {
  return Buffer.from([...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (code === 0x401) return 0xa8;
    if (code === 0x451) return 0xb8;
    return 0x3f;
  }));
}

const CYRILLIC_PARAGRAPH = 'Городской совет утвердил новый бюджет на следующий год после долгого обсуждения. Депутаты согласились увеличить расходы на школы и больницы, а также на ремонт дорог в северных районах города.';
const PAGE_1251 = `<!doctype html><html><head><title>Совет утвердил бюджет</title></head><body><article><h1>Совет утвердил бюджет</h1>${[1, 2, 3].map(() => `<p>${CYRILLIC_PARAGRAPH}</p>`).join('')}</article></body></html>`;

/** A lookup that maps made-up names to fixed addresses, so no real DNS is asked. */
function fakeLookup(table: Record<string, string>) {
  return ((hostname: string, _options: unknown, callback: (e: Error | null, a: LookupAddress[]) => void) => {
    const address = table[hostname];
    if (!address) return callback(Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
    callback(null, [{ address, family: address.includes(':') ? 6 : 4 }]);
  }) as unknown as typeof import('node:dns').lookup;
}

const server = await startLocalServer({
  '/robots.txt': (_req, res) => res.end('User-agent: *\nDisallow: /private/\n'),
  '/cp1251': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
    res.end(cp1251(PAGE_1251));
  },
  '/slow': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html>');
    setTimeout(() => res.end('</html>'), 3000).unref();
  },
  '/fail': (_req, res) => {
    res.writeHead(500);
    res.end('boom');
  },
  '/busy': (_req, res) => {
    res.writeHead(429, { 'retry-after': '1' });
    res.end();
  },
  '/private/page': (_req, res) => res.end('secret'),
  '/ok': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
  },
  '/to-ok': (_req, res) => {
    res.writeHead(302, { location: '/ok' });
    res.end();
  },
  '/loop': (_req, res) => {
    res.writeHead(302, { location: '/loop' });
    res.end();
  },
  '/to-private': (_req, res) => {
    res.writeHead(301, { location: 'http://10.20.30.40/admin' });
    res.end();
  },
  '/to-other-loopback': (_req, res) => {
    res.writeHead(302, { location: `http://127.0.0.2:${server.port}/ok` });
    res.end();
  },
  '/to-rebinding-name': (_req, res) => {
    res.writeHead(302, { location: `http://intranet.test:${server.port}/ok` });
    res.end();
  },
  '/to-metadata': (_req, res) => {
    res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
    res.end();
  },
  '/to-metadata-v6': (_req, res) => {
    res.writeHead(307, { location: 'http://[fd00:ec2::254]/latest/' });
    res.end();
  },
  '/to-metadata-name': (_req, res) => {
    res.writeHead(302, { location: 'http://metadata.test/computeMetadata/v1/' });
    res.end();
  },
  '/to-other-host': (_req, res) => {
    res.writeHead(302, { location: `http://other.test:${server.port}/private/page` });
    res.end();
  },
  '/to-file': (_req, res) => {
    res.writeHead(302, { location: 'file:///etc/passwd' });
    res.end();
  },
  '/big': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(Buffer.alloc(50_000, 'a'));
  },
  '/big-declared': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '50000' });
    res.end(Buffer.alloc(50_000, 'a'));
  },
  '/bomb': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.end(gzipSync(Buffer.alloc(5_000_000, 0)));
  },
  '/gzip-page': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
    res.end(gzipSync(Buffer.from('compressed but fine')));
  },
  '/etag': (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304, { etag: '"v1"' });
      return res.end();
    }
    res.writeHead(200, { etag: '"v1"', 'last-modified': 'Sat, 21 Nov 2026 10:00:00 GMT', 'content-type': 'text/plain' });
    res.end('first');
  },
});
test.after(() => server.close());

const rejectsWith = async (promise: Promise<unknown>, problem: string, pattern?: RegExp) => {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof FetchError, String(error));
    assert.equal(error.problem, problem, error.message);
    if (pattern) assert.match(error.message, pattern);
    return true;
  });
};

test('fetch: a windows-1251 page with its charset only in the header is extracted as Cyrillic', async () => {
  const url = `${server.origin}/cp1251`;
  const page = await fetchUrl(url, { allowPrivateNetwork: LOCAL_ONLY });
  assert.equal(page.status, 200);
  assert.match(page.contentType ?? '', /windows-1251/);
  const [source] = splitInput(url, page.bytes, { url: page.url, contentType: page.contentType ?? undefined });
  assert.equal(source?.kind, 'report-source');
  if (source?.kind !== 'report-source') return;
  const analysis = analyseSource(source, { fetchedAt: '2026-11-22T00:00:00Z' });
  assert.match(analysis.article.text, /Городской совет утвердил новый бюджет/);
  const ua = server.seen.find((r) => r.path === '/cp1251')?.headers['user-agent'];
  assert.equal(ua, USER_AGENT);
  assert.match(ua!, /^Corroborate\/\S+ \(\+https:\/\/.*self-hosted news reconciliation\)$/);
});

test('fetch: loopback and private addresses are refused unless allowed; only the allowed address passes', async () => {
  await rejectsWith(fetchUrl(`${server.origin}/ok`), 'refused-address', /127\.0\.0\.1.*--allow-private-network/);
  assert.equal((await fetchUrl(`${server.origin}/ok`, { allowPrivateNetwork: LOCAL_ONLY })).status, 200);
  // A host name is not trusted: what it resolves to is judged.
  await rejectsWith(fetchUrl(`http://news.test:${server.port}/ok`, { lookup: fakeLookup({ 'news.test': '127.0.0.1' }) }), 'refused-address', /news\.test resolves to 127\.0\.0\.1/);
  await rejectsWith(fetchUrl('http://[::ffff:10.0.0.1]/'), 'refused-address');
  await rejectsWith(fetchUrl('ftp://127.0.0.1/x'), 'bad-url', /only http and https/);
});

test('fetch: every redirect hop is checked, and metadata addresses stay refused even when private is allowed', async () => {
  const ok = await fetchUrl(`${server.origin}/to-ok`, { allowPrivateNetwork: LOCAL_ONLY });
  assert.equal(ok.url, `${server.origin}/ok`);
  await rejectsWith(fetchUrl(`${server.origin}/to-private`, { allowPrivateNetwork: LOCAL_ONLY }), 'refused-address', /10\.20\.30\.40/);
  await rejectsWith(fetchUrl(`${server.origin}/to-other-loopback`, { allowPrivateNetwork: LOCAL_ONLY }), 'refused-address', /127\.0\.0\.2/);
  await rejectsWith(fetchUrl(`${server.origin}/to-rebinding-name`, { allowPrivateNetwork: LOCAL_ONLY, lookup: fakeLookup({ 'intranet.test': '192.168.1.10' }) }), 'refused-address', /192\.168\.1\.10/);
  for (const path of ['/to-metadata', '/to-metadata-v6']) {
    await rejectsWith(fetchUrl(`${server.origin}${path}`, { allowPrivateNetwork: true }), 'refused-address', /metadata/);
  }
  await rejectsWith(fetchUrl(`${server.origin}/to-metadata-name`, { allowPrivateNetwork: true, lookup: fakeLookup({ 'metadata.test': '169.254.169.254' }) }), 'refused-address', /metadata/);
  await rejectsWith(fetchUrl(`${server.origin}/to-file`, { allowPrivateNetwork: LOCAL_ONLY }), 'bad-url');
  await rejectsWith(fetchUrl(`${server.origin}/loop`, { allowPrivateNetwork: LOCAL_ONLY }), 'too-many-redirects', /more than 5 redirects/);
  assert.equal(refuseAddress('fe80::1', false), 'non-public');
  assert.equal(refuseAddress('224.0.0.1', false), 'non-public');
  assert.equal(refuseAddress('0.0.0.0', false), 'non-public');
  assert.equal(refuseAddress('fd00:ec2::254', true), 'metadata');
  assert.equal(refuseAddress('93.184.215.14', false), null);
});

test('fetch: time limit, HTTP errors, size limits and decompression bombs', async () => {
  const opts = { allowPrivateNetwork: LOCAL_ONLY };
  const started = Date.now();
  await rejectsWith(fetchUrl(`${server.origin}/slow`, { ...opts, timeoutMs: 300 }), 'timeout', /\/slow: no complete response within 300 ms/);
  assert.ok(Date.now() - started < 2000);
  await rejectsWith(fetchUrl(`${server.origin}/fail`, opts), 'http-status', /\/fail: HTTP 500/);
  await rejectsWith(fetchUrl(`${server.origin}/big`, { ...opts, maxBytes: 10_000 }), 'too-large', /10000-byte limit/);
  await rejectsWith(fetchUrl(`${server.origin}/big-declared`, { ...opts, maxBytes: 10_000 }), 'too-large', /50000 bytes/);
  await rejectsWith(fetchUrl(`${server.origin}/bomb`, { ...opts, maxDecodedBytes: 1_000_000 }), 'decompression-bomb', /\/bomb: .*decompression bomb/);
  const gz = await fetchUrl(`${server.origin}/gzip-page`, opts);
  assert.equal(Buffer.from(gz.bytes).toString(), 'compressed but fine');
});

test('fetch: conditional GET returns 304 for a matching ETag', async () => {
  const opts = { allowPrivateNetwork: LOCAL_ONLY };
  const first = await fetchUrl(`${server.origin}/etag`, opts);
  assert.equal(first.status, 200);
  assert.equal(first.etag, '"v1"');
  const again = await fetchUrl(`${server.origin}/etag`, { ...opts, etag: first.etag, lastModified: first.lastModified });
  assert.equal(again.status, 304);
  assert.equal(again.bytes.length, 0);
  assert.equal(server.seen.filter((r) => r.path === '/etag').at(-1)?.headers['if-modified-since'], 'Sat, 21 Nov 2026 10:00:00 GMT');
});

test('polite fetcher: robots.txt once per host, one request at a time, a minimum delay, Retry-After', async () => {
  const fetcher = new PoliteFetcher({ allowPrivateNetwork: LOCAL_ONLY, minDelayMs: 150 });
  await rejectsWith(fetcher.fetch(`${server.origin}/private/page`), 'robots', /disallowed by .*robots\.txt/);
  const before = server.seen.length;
  await Promise.all([fetcher.fetch(`${server.origin}/ok`), fetcher.fetch(`${server.origin}/ok`), fetcher.fetch(`${server.origin}/to-ok`)]);
  const mine = server.seen.slice(before);
  assert.equal(server.seen.filter((r) => r.path === '/robots.txt').length, 1);
  assert.equal(server.maxActive(), 1);
  // Four requests (the redirect hop is scheduled like any other): each starts >= 150 ms after the
  // previous one ended.
  const starts = mine.map((r) => r.start);
  assert.equal(mine.length, 4);
  for (let i = 1; i < mine.length; i++) assert.ok(mine[i]!.start - mine[i - 1]!.end >= 145, `gap ${mine[i]!.start - mine[i - 1]!.end} ms`);
  assert.ok(starts.at(-1)! - starts[0]! >= 440, `requests too close: ${starts.map((s) => s - starts[0]!).join(',')}`);

  // A redirect to another host is checked against that host's robots.txt.
  const other = new PoliteFetcher({ allowPrivateNetwork: LOCAL_ONLY, minDelayMs: 0, lookup: fakeLookup({ 'other.test': '127.0.0.1' }) });
  await rejectsWith(other.fetch(`${server.origin}/to-other-host`), 'robots', /other\.test:\d+\/robots\.txt/);
  assert.ok(server.seen.some((r) => r.host === 'other.test' && r.path === '/robots.txt'));
  assert.ok(!server.seen.some((r) => r.host === 'other.test' && r.path === '/private/page'));

  await rejectsWith(fetcher.fetch(`${server.origin}/busy`), 'http-status', /HTTP 429/);
  const t0 = Date.now();
  await fetcher.fetch(`${server.origin}/ok`);
  assert.ok(Date.now() - t0 >= 900, 'Retry-After: 1 held the host back about a second');
  assert.equal(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', new Date('2015-10-21T07:27:00Z')), 60);
});
