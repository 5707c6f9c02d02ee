import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Parser } from 'htmlparser2';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { dbTargets } from '../support/databases.js';
import { openAppFixture, NOW } from './app-fixture.js';
import { createApp, openApiDocument } from '../../src/api/index.js';
import { reportDetail, storyDetail, listStories } from '../../src/pipeline/index.js';

/**
 * The HTTP API, in-process (`app.request`), on both database dialects: the same data as the
 * CLI's --json, pagination and filters, search, feeds, writes and their guards, every malformed
 * request a 4xx with a JSON message, and every response checked against the OpenAPI document.
 */

const doc = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ $id: 'openapi.json', components: doc.components });

/** Operations checked against a real response, by `METHOD path status`; all must be covered. */
const covered = new Set<string>();

function schemaFor(method: string, path: string, status: number): ValidateFunction | null {
  const operation = doc.paths[path]?.[method.toLowerCase()];
  assert.ok(operation, `OpenAPI documents ${method} ${path}`);
  const response = operation.responses[String(status)];
  assert.ok(response, `OpenAPI documents status ${status} of ${method} ${path}`);
  covered.add(`${method} ${path} ${status}`);
  const schema = response.content?.['application/json']?.schema;
  if (!schema) return null;
  const ref = (schema as { $ref?: string }).$ref;
  return ref ? ajv.getSchema(`openapi.json${ref}`)! : ajv.compile(schema);
}

type App = ReturnType<typeof createApp>;

/** Calls the app, checks the status and, for JSON, the documented schema; returns the body. */
async function call(app: App, method: string, url: string, documented: string, status: number, init: RequestInit = {}): Promise<{ body: any; res: Response }> {
  const res = await app.request(url, { method, ...init });
  const text = await res.text();
  assert.equal(res.status, status, `${method} ${url} -> ${res.status}: ${text.slice(0, 300)}`);
  const validate = schemaFor(method, documented, status);
  const type = res.headers.get('content-type') ?? '';
  let body: any = text;
  if (type.startsWith('application/json')) {
    body = JSON.parse(text);
    if (validate) assert.ok(validate(body), `${method} ${url}: response does not match OpenAPI: ${ajv.errorsText(validate.errors)}`);
  }
  return { body, res };
}

function assertWellFormedAtom(xml: string, entries: number | null): void {
  let depth = 0;
  let seen = 0;
  const errors: string[] = [];
  const parser = new Parser({
    onopentag: (name) => { depth++; if (name === 'entry') seen++; },
    onclosetag: () => { depth--; },
    onerror: (e) => errors.push(e.message),
  }, { xmlMode: true });
  parser.write(xml);
  parser.end();
  assert.deepEqual(errors, []);
  assert.equal(depth, 0, 'every element is closed');
  assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
  if (entries !== null) assert.equal(seen, entries);
}

for (const target of await dbTargets()) {
  test(`HTTP API (${target.name})`, { skip: target.unavailable ?? false }, async (t) => {
    const { db, app, drop } = await openAppFixture(target);
    try {
      await t.test('stories: the CLI\'s list, with fact counts, paginated by cursor and offset', async () => {
        const { body } = await call(app, 'GET', '/api/v1/stories', '/stories', 200);
        const cli = await listStories(db);
        assert.deepEqual(body.items.map((s: any) => s.id), cli.map((s) => s.id), 'same stories in the same order as `corroborate stories`');
        for (const [i, s] of body.items.entries()) {
          const { facts, ...summary } = s;
          assert.deepEqual(summary, cli[i], 'the CLI\'s fields, unchanged');
          const detail = (await storyDetail(db, s.id))!;
          assert.equal(facts.corroborated + facts.singleSource + facts.disputed, detail.facts.length, 'counts add up to the account');
        }
        assert.equal(body.nextCursor, null);

        const ids: string[] = [];
        let url: string | null = '/api/v1/stories?limit=1';
        while (url) {
          const page: { body: any } = await call(app, 'GET', url, '/stories', 200);
          assert.ok(page.body.items.length <= 1);
          ids.push(...page.body.items.map((s: any) => s.id));
          url = page.body.next;
          assert.ok(ids.length <= cli.length);
        }
        assert.deepEqual(ids, cli.map((s) => s.id), 'walking the cursor visits every story once, in order');
        const second = await call(app, 'GET', '/api/v1/stories?limit=1&offset=1', '/stories', 200);
        assert.equal(second.body.items[0]?.id, cli[1]?.id);
      });

      await t.test('stories: filters by outlet, language, entity and dates', async () => {
        const quake = (await call(app, 'GET', '/api/v1/stories?outlet=Atlas%20Daily', '/stories', 200)).body.items;
        assert.equal(quake.length, 1);
        assert.match(quake[0].title, /Azores/);
        const byEntity = (await call(app, 'GET', '/api/v1/stories?entity=location%3Aazores', '/stories', 200)).body.items;
        assert.deepEqual(byEntity.map((s: any) => s.id), [quake[0].id]);
        const byName = (await call(app, 'GET', '/api/v1/stories?entity=Azores', '/stories', 200)).body.items;
        assert.deepEqual(byName.map((s: any) => s.id), [quake[0].id], 'a name works as well as an id');
        assert.equal((await call(app, 'GET', '/api/v1/stories?lang=fi', '/stories', 200)).body.items.length, 0);
        assert.ok((await call(app, 'GET', '/api/v1/stories?lang=en', '/stories', 200)).body.items.length >= 2);
        const before = (await call(app, 'GET', '/api/v1/stories?to=2026-03-06', '/stories', 200)).body.items;
        assert.deepEqual(before.map((s: any) => s.id), [quake[0].id], 'only the quake (4-5 March) was active by 6 March');
        assert.equal((await call(app, 'GET', '/api/v1/stories?from=2030-01-01', '/stories', 200)).body.items.length, 0);
      });

      await t.test('story, report and entity: the CLI\'s JSON', async () => {
        const [first] = await listStories(db);
        const { body: story } = await call(app, 'GET', `/api/v1/stories/${first!.id}`, '/stories/{id}', 200);
        assert.deepEqual(story, JSON.parse(JSON.stringify(await storyDetail(db, first!.id))));
        const reportId = story.reports[0].id;
        const { body: report } = await call(app, 'GET', `/api/v1/reports/${reportId}`, '/reports/{id}', 200);
        assert.deepEqual(report, await reportDetail(db, reportId));
        for (const fact of story.facts) {
          for (const s of fact.support) {
            const text: string = s.report === reportId ? (report as { text: string }).text : (await reportDetail(db, s.report))!.text;
            assert.equal(text.slice(s.start, s.end), s.text, 'support offsets cite the report\'s own words');
          }
        }
        const entityId = story.entities[0].id;
        const { body: entity } = await call(app, 'GET', `/api/v1/entities/${encodeURIComponent(entityId)}`, '/entities/{id}', 200);
        assert.equal(entity.id, entityId);
        assert.ok(entity.stories.some((s: any) => s.id === first!.id));
        const { body: azores } = await call(app, 'GET', '/api/v1/entities/location%3Aazores', '/entities/{id}', 200);
        assert.equal(azores.name, 'Azores');
        assert.ok(azores.facts.length > 0, 'facts naming the Azores');
      });

      await t.test('search: ranked hits over every kind, with highlights at the matched words', async () => {
        const { body } = await call(app, 'GET', '/api/v1/search?q=Azores', '/search', 200);
        assert.ok(body.total >= 3);
        const kinds = new Set(body.items.map((h: any) => h.kind));
        for (const kind of ['story', 'report', 'entity']) assert.ok(kinds.has(kind), `a ${kind} hit for "Azores"`);
        for (const hit of body.items) {
          assert.ok(hit.snippet.highlights.length > 0, `${hit.kind} ${hit.id} marks its match`);
          for (const h of hit.snippet.highlights) assert.match(hit.snippet.text.slice(h.start, h.end), /azores/i);
        }
        const ranks = body.items.map((h: any) => h.rank);
        assert.deepEqual(ranks, [...ranks].sort((a: number, b: number) => b - a), 'best first');
        const quotes = (await call(app, 'GET', '/api/v1/search?q=%22rubble%20of%20two%20houses%22&kind=quote', '/search', 200)).body;
        assert.ok(quotes.items.length > 0 && quotes.items.every((h: any) => h.kind === 'quote'));
        const quote = quotes.items[0];
        const quoted = (await reportDetail(db, quote.report))!;
        assert.match(quoted.text.slice(quote.span.start, quote.span.end), /rubble of two houses/);
        const paged = (await call(app, 'GET', '/api/v1/search?q=Azores&limit=2', '/search', 200)).body;
        assert.equal(paged.items.length, 2);
        const next = (await call(app, 'GET', paged.next, '/search', 200)).body;
        assert.deepEqual(next.items[0], body.items[2], 'the next page continues the ranking');
        const none = (await call(app, 'GET', '/api/v1/search?q=zzyzx', '/search', 200)).body;
        assert.deepEqual([none.total, none.items, none.next], [0, [], null]);
      });

      await t.test('Atom feeds per story and per search', async () => {
        const [first] = await listStories(db);
        const story = (await storyDetail(db, first!.id))!;
        const { body: xml, res } = await call(app, 'GET', `/api/v1/stories/${first!.id}/feed`, '/stories/{id}/feed', 200);
        assert.match(res.headers.get('content-type')!, /^application\/atom\+xml/);
        assertWellFormedAtom(xml, story.reports.length);
        const { body: searchXml } = await call(app, 'GET', '/api/v1/search/feed?q=ferry', '/search/feed', 200);
        assertWellFormedAtom(searchXml, null);
        assert.match(searchXml, /<entry>/);
        const hostile = (await call(app, 'GET', '/api/v1/search/feed?q=harbour', '/search/feed', 200)).body;
        assertWellFormedAtom(hostile, null);
        assert.doesNotMatch(hostile, /<script/);
      });

      await t.test('POST /reports: JSON, raw text and form bodies go through the CLI\'s path', async () => {
        const record = { title: 'Bergen ferry inquiry opens', text: 'The Norwegian Maritime Authority opened an inquiry on Friday into the engine failure of the ferry Nordlys Spirit, which drifted for five hours off Bergen with 212 passengers aboard.', outlet: 'Test Courier', published: '2026-03-13', lang: 'en' };
        const added = await call(app, 'POST', '/api/v1/reports', '/reports', 201, { headers: { 'content-type': 'application/json' }, body: JSON.stringify(record) });
        assert.deepEqual([added.body.added, added.body.present, added.body.failed], [1, 0, 0]);
        assert.match(added.res.headers.get('location')!, /^\/api\/v1\/reports\/r/);
        const again = await call(app, 'POST', '/api/v1/reports', '/reports', 200, { headers: { 'content-type': 'application/json' }, body: JSON.stringify([record]) });
        assert.equal(again.body.present, 1, 'the same report twice is stored once');
        const raw = await call(app, 'POST', '/api/v1/reports?name=note.txt', '/reports', 201, {
          headers: { 'content-type': 'text/plain; charset=utf-8' },
          body: 'Ferry operator suspends Bergen route\n\nThe operator of the ferry Nordlys Spirit suspended its Bergen to Stavanger route on Friday while engineers inspect the engines, a spokesman said.',
        });
        assert.equal(raw.body.outcomes[0].name, 'note.txt');
        const form = new FormData();
        form.append('files', new File(['<html><body><article><h1>Bergen port calm</h1><p>Port officials in Bergen said on Saturday that traffic had returned to normal after the ferry incident.</p></article></body></html>'], 'port.html', { type: 'text/html' }));
        await call(app, 'POST', '/api/v1/reports', '/reports', 201, { body: form });
        const empty = await call(app, 'POST', '/api/v1/reports?name=blank.txt', '/reports', 422, { headers: { 'content-type': 'text/plain' }, body: '   \n ' });
        assert.match(empty.body.outcomes[0].reason, /empty/);
      });

      await t.test('malformed requests: a 4xx with a message, never a 500', async () => {
        const bad: Array<[string, string, string, number, RequestInit?]> = [
          ['GET', '/api/v1/stories?limit=0', '/stories', 400],
          ['GET', '/api/v1/stories?limit=abc', '/stories', 400],
          ['GET', '/api/v1/stories?limit=100000', '/stories', 400],
          ['GET', '/api/v1/stories?offset=-1', '/stories', 400],
          ['GET', '/api/v1/stories?cursor=not-a-cursor', '/stories', 400],
          ['GET', `/api/v1/stories?cursor=${Buffer.from('["2026-01-01T00:00:00Z"]').toString('base64url')}`, '/stories', 400],
          ['GET', '/api/v1/stories?cursor=WyJ4Il0&offset=3', '/stories', 400],
          ['GET', '/api/v1/stories?from=2026-02-30', '/stories', 400],
          ['GET', '/api/v1/stories?from=yesterday', '/stories', 400],
          ['GET', '/api/v1/stories?from=2026-03-10&to=2026-03-01', '/stories', 400],
          ['GET', '/api/v1/stories?lang=english', '/stories', 400],
          ['GET', '/api/v1/stories?outlet=%00', '/stories', 400],
          ['GET', '/api/v1/stories/nope', '/stories/{id}', 404],
          ['GET', '/api/v1/stories/a%00b', '/stories/{id}', 400],
          ['GET', `/api/v1/stories/${'x'.repeat(600)}`, '/stories/{id}', 400],
          ['GET', '/api/v1/stories/%E0%A4%A', '/stories/{id}', 404],
          ['GET', '/api/v1/reports/nope', '/reports/{id}', 404],
          ['GET', '/api/v1/reports/%00', '/reports/{id}', 400],
          ['GET', '/api/v1/entities/person%3Anobody-at-all', '/entities/{id}', 404],
          ['GET', '/api/v1/entities/%2C%2C', '/entities/{id}', 404],
          ['GET', '/api/v1/entities/a%00', '/entities/{id}', 400],
          ['GET', '/api/v1/search', '/search', 400],
          ['GET', '/api/v1/search?q=', '/search', 400],
          ['GET', `/api/v1/search?q=${'a'.repeat(501)}`, '/search', 400],
          ['GET', '/api/v1/search?q=x&kind=podcast', '/search', 400],
          ['GET', '/api/v1/search?q=%00', '/search', 400],
          ['GET', '/api/v1/search?q=%26%7C%21%3A*', '/search', 200],
          ['GET', '/api/v1/search?q=x&offset=99999', '/search', 200],
          ['GET', '/api/v1/search/feed', '/search/feed', 400],
          ['GET', '/api/v1/stories/nope/feed', '/stories/{id}/feed', 404],
          ['POST', '/api/v1/reports', '/reports', 400, { headers: { 'content-type': 'application/json' }, body: '{"title": ' }],
          ['POST', '/api/v1/reports', '/reports', 400, { headers: { 'content-type': 'application/json' }, body: '"just a string"' }],
          ['POST', '/api/v1/reports', '/reports', 400, { headers: { 'content-type': 'application/json' }, body: '[]' }],
          ['POST', '/api/v1/reports', '/reports', 400, { headers: { 'content-type': 'application/json' }, body: '{"title": "no text"}' }],
          ['POST', '/api/v1/reports', '/reports', 400, { headers: { 'content-type': 'application/json' }, body: '{"text": "x", "titel": "typo"}' }],
          ['POST', '/api/v1/reports', '/reports', 400, { headers: { 'content-type': 'application/json' }, body: '{"text": 42}' }],
          ['POST', '/api/v1/reports', '/reports', 400, { headers: { 'content-type': 'application/json' }, body: '{"text": "a\\u0000b"}' }],
          ['POST', '/api/v1/reports', '/reports', 400, { headers: { 'content-type': 'application/json' }, body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }],
          ['POST', '/api/v1/reports', '/reports', 413, { headers: { 'content-type': 'application/json' }, body: JSON.stringify(Array.from({ length: 101 }, () => ({ text: 'x' }))) }],
          ['POST', '/api/v1/reports', '/reports', 415, { headers: { 'content-type': 'image/png' }, body: 'x' }],
          ['POST', '/api/v1/reports', '/reports', 400, { body: new FormData() }],
        ];
        for (const [method, url, documented, status, init] of bad) {
          const { body, res } = await call(app, method, url, documented, status, init);
          if (status >= 400) {
            assert.match(res.headers.get('content-type') ?? '', /^application\/json/, `${url}: JSON error`);
            assert.ok(body.error.message.length > 5, `${url}: says what is wrong`);
          }
        }
        const unknown = await app.request('/api/v1/nothing-here');
        assert.equal(unknown.status, 404);
        assert.match((await unknown.json() as any).error.message, /openapi/);
      });

      await t.test('writes need the token off loopback, and never cross-site', async () => {
        const record = JSON.stringify({ text: 'The harbour at Tromsø stayed open on Sunday as the wind eased, the port authority said.', title: 'Tromsø harbour stays open' });
        const json = { 'content-type': 'application/json' };
        const open = createApp({ db, loopback: false, token: null, now: () => NOW, log: () => undefined });
        assert.equal((await call(open, 'POST', '/api/v1/reports', '/reports', 403, { headers: json, body: record })).body.error.message.includes('CORROBORATE_TOKEN'), true);
        const guarded = createApp({ db, loopback: false, token: 's3cret', now: () => NOW, log: () => undefined });
        const missing = await call(guarded, 'POST', '/api/v1/reports', '/reports', 401, { headers: json, body: record });
        assert.match(missing.res.headers.get('www-authenticate')!, /^Bearer/);
        await call(guarded, 'POST', '/api/v1/reports', '/reports', 403, { headers: { ...json, authorization: 'Bearer wrong' }, body: record });
        await call(guarded, 'POST', '/api/v1/reports', '/reports', 201, { headers: { ...json, authorization: 'Bearer s3cret' }, body: record });
        assert.equal((await guarded.request('/api/v1/stories', { headers: { host: 'news.example.org' } })).status, 200, 'reads stay open');
        await call(app, 'POST', '/api/v1/reports', '/reports', 403, { headers: { ...json, origin: 'https://evil.example' }, body: record });
        await call(app, 'POST', '/api/v1/reports', '/reports', 403, { headers: { ...json, 'sec-fetch-site': 'cross-site' }, body: record });
        const rebinding = await app.request('/api/v1/stories', { headers: { host: 'evil.example:8080' } });
        assert.equal(rebinding.status, 421, 'a loopback server answers only to localhost names');
      });

      await t.test('feeds: the followed feeds\' state, and no watcher when the app runs without one', async () => {
        const { body } = await call(app, 'GET', '/api/v1/feeds', '/feeds', 200);
        assert.deepEqual([body.watcher, body.counts, body.feeds], [null, { feeds: 0, due: 0, failing: 0 }, []]);
        const watched = createApp({ db, loopback: true, now: () => NOW, log: () => undefined, watcher: { status: () => ({ running: false, startedAt: null, stoppedAt: null, error: null, hostDelayMs: 1000, recheckHorizonS: 3600, totals: { rounds: 0, fetched: 0, unchanged: 0, failed: 0, newItems: 0, ingested: 0, updated: 0, rechecked: 0, itemFailures: 0, perHost: {}, lastRound: null } }) } });
        const { body: withWatcher } = await call(watched, 'GET', '/api/v1/feeds', '/feeds', 200);
        assert.equal(withWatcher.watcher.hostDelayMs, 1000, 'the watcher\'s status is passed through');
      });

      await t.test('OpenAPI document: served, and every documented response was checked', async () => {
        const { body } = await call(app, 'GET', '/api/v1/openapi.json', '/openapi.json', 200);
        assert.equal(body.openapi, '3.1.0');
        assert.deepEqual(body, JSON.parse(JSON.stringify(doc)));
        for (const name of Object.keys(doc.components.schemas)) assert.ok(ajv.getSchema(`openapi.json#/components/schemas/${name}`), `${name} compiles`);
        const documented: string[] = [];
        for (const [path, operations] of Object.entries(doc.paths)) {
          for (const [method, operation] of Object.entries(operations)) {
            for (const status of Object.keys(operation.responses)) documented.push(`${method.toUpperCase()} ${path} ${status}`);
          }
        }
        assert.deepEqual(documented.filter((d) => !covered.has(d)), [], 'documented responses no test has seen');
      });
    } finally {
      await drop();
    }
  });
}
