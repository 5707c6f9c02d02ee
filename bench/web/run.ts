/**
 * Benchmark: server time to first byte of the story page on a story of 50 reports.
 *
 *   npm run bench:web [-- --runs 30 --reports 50 --db memory:// --out result.json]
 *
 * Method: 50 reports of one event (bench/web/story-reports.ts) are added to a fresh database
 * through the pipeline; the app is served by `corroborate serve`'s own code on a free loopback
 * port; the story page is requested over HTTP with keep-alive, one request at a time. TTFB is
 * the time from sending the request to its first body byte; the app's own time comes from its
 * `Server-Timing` header. The first request after the adds (the account is reconciled afresh and
 * cached) is reported apart from the warm ones. In the same run, the story's JSON
 * (`/api/v1/stories/{id}`, the CLI's `story --json`) is measured the same way, as the reference:
 * the difference is what rendering the page costs. Medians with every raw value. With a
 * `postgres://` URL for --db the run works in a schema of its own and drops it afterwards.
 */
import { request, Agent } from 'node:http';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { openDb } from '../../src/store/open-db.js';
import { addRecords, listStories } from '../../src/pipeline/index.js';
import { serve } from '../../src/cli/serve.js';
import { storyReports } from './story-reports.js';

/** The target: first byte of the story page within 200 ms of server time (issue 6). */
const TARGET_MS = 200;
/** Reports beyond the wanted size the run may add when the cluster stage sets some apart. */
const MAX_EXTRA_REPORTS = 150;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '30' },
    reports: { type: 'string', default: '50' },
    db: { type: 'string', default: 'memory://' },
    out: { type: 'string' },
  },
});

interface Sample {
  readonly ttfbMs: number;
  readonly serverMs: number;
  readonly bytes: number;
}

function fetchTimed(agent: Agent, url: string): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    let ttfb = -1;
    let bytes = 0;
    const req = request(url, { agent }, (res) => {
      res.on('data', (chunk: Buffer) => {
        if (ttfb < 0) ttfb = Number(process.hrtime.bigint() - started) / 1e6;
        bytes += chunk.length;
      });
      res.on('end', () => {
        if (res.statusCode !== 200) return reject(new Error(`${url}: status ${res.statusCode}`));
        const server = /app;dur=([\d.]+)/.exec(String(res.headers['server-timing'] ?? ''));
        resolve({ ttfbMs: ttfb, serverMs: server ? Number(server[1]) : Number.NaN, bytes });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;

async function main(): Promise<void> {
  const runs = Number(values.runs);
  // On a PostgreSQL server the run works in a schema of its own, dropped afterwards.
  const schema = /^postgres(ql)?:\/\//.test(values.db) ? `bench_web_${randomBytes(4).toString('hex')}` : undefined;
  const db = await openDb(values.db, schema ? { schema } : {});
  const stop = new AbortController();
  try {
    // The cluster stage may set a report apart; more are added until the story has its size.
    const wanted = Number(values.reports);
    const records = storyReports(wanted + MAX_EXTRA_REPORTS);
    const addStarted = Date.now();
    let added = 0;
    let story: Awaited<ReturnType<typeof listStories>>[number] | undefined;
    while (added < records.length && (story?.reports ?? 0) < wanted) {
      const batch = records.slice(added, added + Math.max(1, wanted - (story?.reports ?? 0)));
      const failed = (await addRecords(db, batch)).filter((o) => o.kind === 'failed');
      if (failed.length > 0) throw new Error(`${failed.length} reports failed: ${JSON.stringify(failed.slice(0, 3))}`);
      added += batch.length;
      story = (await listStories(db)).sort((a, b) => b.reports - a.reports)[0];
    }
    const addSeconds = (Date.now() - addStarted) / 1000;
    if (!story) throw new Error('no story was made');

    const quiet = new Writable({ write: (_c, _e, done) => done() });
    let served: Promise<number> | undefined;
    const base = await new Promise<string>((resolve, reject) => {
      served = serve(db, { port: 0, stdout: quiet, stderr: process.stderr, signal: stop.signal, onListening: resolve });
      served.catch(reject);
    });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const pageUrl = `${base}stories/${encodeURIComponent(story.id)}`;
    const jsonUrl = `${base}api/v1/stories/${encodeURIComponent(story.id)}`;
    const cold = await fetchTimed(agent, pageUrl);
    const page: Sample[] = [];
    const json: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      page.push(await fetchTimed(agent, pageUrl));
      json.push(await fetchTimed(agent, jsonUrl));
    }
    agent.destroy();
    stop.abort();
    await served;

    const summary = (samples: readonly Sample[]) => ({
      medianTtfbMs: round(median(samples.map((s) => s.ttfbMs))),
      medianServerMs: round(median(samples.map((s) => s.serverMs))),
      bytes: samples[0]?.bytes ?? 0,
      rawTtfbMs: samples.map((s) => round(s.ttfbMs)),
      rawServerMs: samples.map((s) => round(s.serverMs)),
    });
    const result = {
      method: 'HTTP/1.1 keep-alive on loopback, one request at a time; TTFB = request sent to first body byte; server = Server-Timing app;dur',
      database: db.dialect,
      story: { id: story.id, reports: story.reports, independentSources: story.independentSources },
      reportsAdded: added,
      addSeconds: round(addSeconds),
      runs,
      targetMs: TARGET_MS,
      coldStoryPage: { ttfbMs: round(cold.ttfbMs), serverMs: round(cold.serverMs), note: 'first view after the adds: the account is reconciled and cached' },
      storyPage: summary(page),
      referenceStoryJson: summary(json),
      meetsTarget: median(page.map((s) => s.ttfbMs)) < TARGET_MS,
    };
    const text = JSON.stringify(result, null, 2);
    if (values.out) writeFileSync(values.out, text + '\n');
    process.stdout.write(text + '\n');
    process.stderr.write(`story page of ${story.reports} reports: median TTFB ${result.storyPage.medianTtfbMs} ms (server ${result.storyPage.medianServerMs} ms), ` +
      `JSON ${result.referenceStoryJson.medianTtfbMs} ms, cold ${result.coldStoryPage.ttfbMs} ms; target < ${TARGET_MS} ms: ${result.meetsTarget ? 'met' : 'MISSED'}\n`);
  } finally {
    stop.abort();
    if (schema) await db.query(`DROP SCHEMA ${schema} CASCADE`).catch(() => undefined);
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:web: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
