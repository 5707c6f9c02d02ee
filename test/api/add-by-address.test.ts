import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/api/index.js';
import { PoliteFetcher } from '../../src/fetch/index.js';
import { openDb } from '../../src/store/open-db.js';

/** A page of our own, served by a local server the test starts on 127.0.0.1. */
const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry service resumes after week of storms | Island Echo</title>
<meta property="og:site_name" content="Island Echo"></head><body><nav><a href="/">Home</a></nav><article>
<h1>Ferry service resumes after week of storms</h1>
<p>The ferry between the two islands resumed its timetable on Thursday after a week in which storms kept it in port, the operator said.</p>
<p>About 1,200 passengers had been waiting to cross, and extra sailings were added for the weekend.</p>
</article></body></html>`;

async function startServer(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    if (req.url === '/news/ferry') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

test('POST /reports and the Add form fetch page addresses through the guarded fetcher', async () => {
  const { server, base } = await startServer();
  const db = await openDb('memory://');
  try {
    // Loopback is allowed only for this test's own server.
    const app = createApp({ db, loopback: true, fetcher: new PoliteFetcher({ allowPrivateNetwork: true, minDelayMs: 0 }) });
    const post = (body: string | FormData, headers: Record<string, string> = {}) => app.request('http://localhost/api/v1/reports', { method: 'POST', body, headers });

    const json = await post(JSON.stringify({ fetch: [`${base}/news/ferry`] }), { 'content-type': 'application/json' });
    assert.equal(json.status, 201, await json.clone().text());
    const summary = (await json.json()) as { added: number; outcomes: Array<{ kind: string; report?: string }> };
    assert.equal(summary.added, 1);
    const report = await app.request(`http://localhost/api/v1/reports/${summary.outcomes[0]!.report}`);
    const body = (await report.json()) as { title: string; outlet: string; url: string; text: string };
    assert.equal(body.title, 'Ferry service resumes after week of storms');
    assert.equal(body.outlet, 'Island Echo');
    assert.equal(body.url, `${base}/news/ferry`);

    const form = new FormData();
    form.append('fetch', `${base}/news/ferry\n${base}/news/missing`);
    const viaForm = await post(form);
    const formSummary = (await viaForm.json()) as { present: number; failed: number; outcomes: Array<{ kind: string; name: string; reason?: string }> };
    assert.equal(formSummary.present, 1, 'the same page again is already present');
    assert.equal(formSummary.failed, 1);
    assert.match(formSummary.outcomes.find((o) => o.kind === 'failed')!.reason ?? '', /404/);

    const bad = await post(JSON.stringify({ fetch: ['ftp://example.org/x'] }), { 'content-type': 'application/json' });
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as { error: { message: string } }).error.message, /not an http\(s\) address/);

    // With the default fetcher, a loopback address is refused: no request reaches the server.
    const guarded = createApp({ db, loopback: true });
    const refused = await guarded.request('http://localhost/api/v1/reports', {
      method: 'POST',
      body: JSON.stringify({ fetch: [`${base}/news/ferry?again`] }),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(refused.status, 422);
    const refusedSummary = (await refused.json()) as { outcomes: Array<{ reason?: string }> };
    assert.match(refusedSummary.outcomes[0]!.reason ?? '', /private|loopback|local/i);
  } finally {
    server.close();
    await db.close();
  }
});
