import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { openDb, DEFAULT_DATA_DIR } from '../store/open-db.js';
import type { Db } from '../store/db.js';
import { addPaths, exportLines, listStories, reportDetail, reprocessReports, storyDetail, type AddOutcome } from '../pipeline/index.js';
import { UsageError } from '../core/errors.js';
import type { Revision } from '../core/records.js';
import { packageRoot } from '../core/package-root.js';
import { createProgressBar } from './progress-bar.js';
import { storyToMarkdown } from './format-story.js';
import { serve } from './serve.js';
import { isHttpUrl } from '../feeds/add-page.js';
import { addUrls, politeFetcher, runFeeds, runWatch } from './feeds-command.js';

const SECONDS_PER_HOUR = 3600;

const USAGE = `Usage: corroborate <command> [options]

Commands:
  add PATH|URL...    add reports: files, directories, globs, - for stdin
                     (.html .htm .txt .md .ndjson .jsonl, and .gz of these), or http(s) URLs
                     of article pages, fetched politely (robots.txt, one request per host at a time)
  stories            list stories, most recent first
  story ID           one story's sourced account (--markdown for Markdown)
  report ID          one report (by id or external id) with its text
  export             every report as NDJSON
  reprocess          run the current pipeline again over reports made by an older one,
                     from their stored raw input (--all: every report)
  demo               add the bundled sample corpus and print every story's account
                     (--serve: then serve the web UI, when stdout is a terminal)
  feeds add URL|OPML-FILE
                     follow a feed (RSS, Atom, JSON Feed) or every feed of an OPML file
  feeds list         followed feeds with their state (last fetch, status, next due, failures)
  feeds remove ID|URL
                     stop following a feed
  feeds export       followed feeds as OPML
  watch              poll each feed when due and ingest new items' article pages, until
                     interrupted (--once: poll every due feed once and exit); one log line
                     per fetch on stderr
  serve              serve the web UI and HTTP API (--port, default 8080; --host, default
                     127.0.0.1; off loopback, adding reports needs $CORROBORATE_TOKEN);
                     --watch: also watch the feeds in the same process, their state and the
                     watcher's counters at /feeds and /api/v1/feeds

Options:
  --db DIR|URL       database: a directory for the embedded database (default ${DEFAULT_DATA_DIR},
                     or $CORROBORATE_DB), or a postgres:// URL for a PostgreSQL server
  --json             machine-readable output
  --markdown         (story) Markdown output
  -v, --verbose      (add, demo) one line per report on stderr as it is stored
  --port N           (serve) port to listen on, 0 for any free one
  --host ADDR        (serve) address to bind
  --allow-private-network
                     (add, feeds, watch, serve --watch) allow fetching from loopback and private addresses
                     (cloud metadata addresses stay refused)
  --host-delay MS    (watch, serve --watch) minimum milliseconds between two requests to one host
                     (default 1000)
  --recheck-hours N  (watch, serve --watch) re-fetch each item's page (conditional GET) 1, 6 and
                     24 hours after it was first seen, then daily, until N hours (default 72;
                     0: never), so updates the feed does not re-date are noticed
  -h, --help         this help

Exit status: 0 success, 1 some inputs failed (the rest were stored), 2 usage error.`;

/** Exit codes, as documented in the usage text. */
const EXIT = { ok: 0, partial: 1, usage: 2 } as const;

interface Io {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly env: NodeJS.ProcessEnv;
}

export async function main(argv: readonly string[], io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        markdown: { type: 'boolean', default: false },
        verbose: { type: 'boolean', short: 'v', default: false },
        all: { type: 'boolean', default: false },
        port: { type: 'string' },
        host: { type: 'string' },
        serve: { type: 'boolean', default: false },
        'allow-private-network': { type: 'boolean', default: false },
        'host-delay': { type: 'string' },
        once: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        'recheck-hours': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr.write(`corroborate: ${(error as Error).message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? io.stdout : io.stderr).write(USAGE + '\n');
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const print = (text: string) => io.stdout.write(text.endsWith('\n') ? text : text + '\n');
  const printJson = (value: unknown) => print(JSON.stringify(value, null, 2));
  const location = values.db ?? io.env.CORROBORATE_DB ?? DEFAULT_DATA_DIR;

  const serveApp = (db: Db, watch = false) => {
    const polling = watch ? fetchOptions() : null;
    return serve(db, {
      port: values.port, host: values.host, token: io.env.CORROBORATE_TOKEN ?? null, stdout: io.stdout, stderr: io.stderr,
      ...(polling ? { watch: { fetcher: politeFetcher(polling), hostDelayMs: polling.hostDelayMs, recheckHorizonS: polling.recheckHorizonS } } : {}),
    });
  };
  const needsArg = (what: string) => {
    if (rest.length !== 1) throw new UsageError(`"${command}" takes one ${what}: corroborate ${command} ${what.toUpperCase()}`);
    return rest[0]!;
  };
  const fetchOptions = () => {
    const delay = values['host-delay'];
    if (delay !== undefined && !/^\d+$/.test(delay)) throw new UsageError(`--host-delay takes milliseconds, not "${delay}"`);
    const hours = values['recheck-hours'];
    if (hours !== undefined && !/^\d+(\.\d+)?$/.test(hours)) throw new UsageError(`--recheck-hours takes a number of hours (0 to never re-check), not "${hours}"`);
    return {
      allowPrivateNetwork: values['allow-private-network'], verbose: values.verbose, json: values.json, stdout: io.stdout, stderr: io.stderr,
      hostDelayMs: delay === undefined ? undefined : Number(delay),
      recheckHorizonS: hours === undefined ? undefined : Math.round(Number(hours) * SECONDS_PER_HOUR),
    };
  };
  const commands: Record<string, (db: Db) => Promise<number>> = {
    feeds: (db) => runFeeds(db, rest, fetchOptions()),
    watch: (db) => runWatch(db, { ...fetchOptions(), once: values.once }),
    add: async (db) => {
      if (rest.length === 0) throw new UsageError('"add" needs at least one path, glob, URL or - for stdin');
      const urls = rest.filter(isHttpUrl);
      const paths = rest.filter((arg) => !isHttpUrl(arg));
      const outcomes = paths.length > 0 ? await runAdd(db, paths, io, values.verbose) : [];
      if (urls.length > 0) outcomes.push(...(await addUrls(db, urls, { allowPrivateNetwork: values['allow-private-network'], verbose: values.verbose, stderr: io.stderr })));
      return reportAdd(outcomes, values.json, io, print);
    },
    demo: async (db) => {
      const outcomes = await runAdd(db, [join(packageRoot(), 'samples', 'corpus')], io, values.verbose);
      const code = reportAdd(outcomes, values.json, io, values.json ? () => undefined : print);
      const stories = await listStories(db);
      const details = [];
      for (const s of stories) details.push(await storyDetail(db, s.id));
      if (values.json) printJson(details);
      else for (const d of details) if (d) print(storyToMarkdown(d));
      // On a terminal, go on serving the stories; in CI (no TTY) exit after printing.
      if (values.serve && io.stdout.isTTY) await serveApp(db);
      return code;
    },
    serve: (db) => serveApp(db, values.watch),
    stories: async (db) => {
      const stories = await listStories(db);
      if (values.json) printJson(stories);
      else if (stories.length === 0) print('No stories yet: add reports with "corroborate add PATH".');
      else for (const s of stories) print(`${s.id}  ${String(s.reports).padStart(3)} reports  ${String(s.independentSources).padStart(3)} sources  ${s.lastSeen ?? ''}  ${s.title ?? '(untitled)'}`);
      return EXIT.ok;
    },
    story: async (db) => {
      const id = needsArg('id');
      const story = await storyDetail(db, id);
      if (!story) throw new UsageError(`no story "${id}": list stories with "corroborate stories"`);
      if (values.json) printJson(story);
      else print(storyToMarkdown(story));
      return EXIT.ok;
    },
    report: async (db) => {
      const id = needsArg('id');
      const report = await reportDetail(db, id);
      if (!report) throw new UsageError(`no report "${id}": list a story's reports with "corroborate story ID"`);
      if (values.json) printJson(report);
      else print(`${report.title ?? '(untitled)'}\n${[report.outlet, report.published, report.url].filter(Boolean).join(' | ')}\nreport ${report.id}, story ${report.story ?? '-'}${report.derivedFrom ? `, derived from ${report.derivedFrom}` : ''}${report.revisionOf ? `, revision of ${report.revisionOf}` : ''}${report.revisedBy ? `, superseded by ${report.revisedBy}` : ''}${describeRevision(report.revision)}\n\n${report.text}`);
      return EXIT.ok;
    },
    reprocess: async (db) => {
      const outcomes = await reprocessReports(db, { all: values.all });
      const failed = outcomes.filter((o) => o.kind === 'failed');
      if (values.json) printJson({ reprocessed: outcomes.length - failed.length, failed: failed.length, outcomes });
      else {
        print(`reprocessed ${outcomes.length - failed.length}, failed ${failed.length}`);
        for (const f of failed) io.stderr.write(`failed: ${f.report}: ${f.kind === 'failed' ? f.reason : ''}\n`);
      }
      return failed.length > 0 ? EXIT.partial : EXIT.ok;
    },
    export: async (db) => {
      for await (const line of exportLines(db)) io.stdout.write(JSON.stringify(line) + '\n');
      return EXIT.ok;
    },
  };
  const run = commands[command];
  if (!run) {
    io.stderr.write(`corroborate: unknown command "${command}"\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  let db: Db | undefined;
  try {
    db = await openDb(location);
    return await run(db);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`corroborate: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  } finally {
    await db?.close();
  }
}

async function runAdd(db: Db, paths: readonly string[], io: Io, verbose: boolean): Promise<AddOutcome[]> {
  const bar = createProgressBar(io.stderr);
  const counts = { added: 0, present: 0, failed: 0 };
  try {
    return await addPaths(db, paths, {
      stdin: io.stdin,
      onProgress: ({ inputsDone, inputsTotal, outcome }) => {
        counts[outcome.kind]++;
        if (verbose) io.stderr.write(`${describeOutcome(outcome)}\n`);
        else bar.update(inputsDone, inputsTotal, counts);
      },
    });
  } finally {
    bar.finish();
  }
}

/** A report's changes against its earlier version, one line each, for `report`. */
function describeRevision(revision: Revision | null): string {
  if (!revision) return '';
  const lines = [...(revision.title ? [`title: “${revision.title.from ?? ''}” → “${revision.title.to ?? ''}”`] : []), ...revision.changes.map((c) => `${c.change}: ${c.edits ?? c.statement}`)];
  return lines.length > 0 ? `\nchanged since ${revision.previous}:\n${lines.map((l) => `  ${l}`).join('\n')}` : '';
}

function describeOutcome(outcome: AddOutcome): string {
  switch (outcome.kind) {
    case 'added':
      return `added ${outcome.name}: report ${outcome.report} in story ${outcome.story}${outcome.derivedFrom ? `, derived from ${outcome.derivedFrom}` : ''}`;
    case 'present':
      return `present ${outcome.name}: report ${outcome.report}`;
    case 'failed':
      return `failed ${outcome.name}: ${outcome.reason}`;
  }
}

function reportAdd(outcomes: readonly AddOutcome[], json: boolean, io: Io, print: (s: string) => void): number {
  const added = outcomes.filter((o) => o.kind === 'added');
  const present = outcomes.filter((o) => o.kind === 'present');
  const failed = outcomes.filter((o): o is Extract<AddOutcome, { kind: 'failed' }> => o.kind === 'failed');
  if (json) {
    print(JSON.stringify({ added: added.length, present: present.length, failed: failed.length, outcomes }, null, 2));
  } else {
    print(`added ${added.length}, already present ${present.length}, failed ${failed.length}`);
    for (const f of failed) io.stderr.write(`failed: ${f.name}: ${f.reason}\n`);
  }
  return failed.length > 0 ? EXIT.partial : EXIT.ok;
}
