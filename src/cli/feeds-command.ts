import type { Db } from '../store/db.js';
import type { AddOutcome } from '../pipeline/index.js';
import { PoliteFetcher } from '../fetch/index.js';
import { addPage } from '../feeds/add-page.js';
import { followFeeds, exportOpml, pollDueFeeds, watchFeeds, describeRound } from '../feeds/index.js';
import { deleteFeed, listFeedRows } from '../store/feed-rows.js';
import { UsageError } from '../core/errors.js';

export interface FetchCliOptions {
  readonly allowPrivateNetwork: boolean;
  readonly verbose: boolean;
  readonly stderr: NodeJS.WritableStream;
}

/** `corroborate add URL...`: fetches each page politely and ingests it. */
export async function addUrls(db: Db, urls: readonly string[], options: FetchCliOptions): Promise<AddOutcome[]> {
  const fetcher = new PoliteFetcher({ allowPrivateNetwork: options.allowPrivateNetwork });
  const outcomes: AddOutcome[] = [];
  for (const url of urls) {
    const got = await addPage(db, fetcher, url);
    for (const o of got) if (options.verbose) options.stderr.write(`${o.kind} ${o.name}${o.kind === 'failed' ? `: ${o.reason}` : `: report ${o.report}`}\n`);
    outcomes.push(...got);
  }
  return outcomes;
}

export interface FeedsCliOptions extends FetchCliOptions {
  readonly json: boolean;
  readonly stdout: NodeJS.WritableStream;
  /** Milliseconds between requests to one host (default `MIN_HOST_DELAY_MS`). */
  readonly hostDelayMs?: number;
  /** Seconds after first seen when an item's page is no longer re-checked (default `DEFAULT_RECHECK_HORIZON_S`). */
  readonly recheckHorizonS?: number;
}

/** `corroborate feeds add|list|remove|export`. Returns the exit status. */
export async function runFeeds(db: Db, args: readonly string[], options: FeedsCliOptions): Promise<number> {
  const [sub, ...rest] = args;
  const print = (text: string) => options.stdout.write(text.endsWith('\n') ? text : text + '\n');
  switch (sub) {
    case 'add': {
      if (rest.length === 0) throw new UsageError('"feeds add" needs a feed URL or an OPML file');
      const results = [];
      for (const arg of rest) results.push(...(await followFeeds(db, arg)));
      if (options.json) print(JSON.stringify(results, null, 2));
      else for (const r of results) print(`${r.added ? 'following' : 'already following'} ${r.feed.id}  ${r.feed.url}`);
      return 0;
    }
    case 'list': {
      const feeds = await listFeedRows(db);
      if (options.json) print(JSON.stringify(feeds, null, 2));
      else if (feeds.length === 0) print('No feeds yet: follow one with "corroborate feeds add URL".');
      else
        for (const f of feeds) {
          print(`${String(f.id).padStart(4)}  ${f.status}${f.failures > 0 ? ` (${f.failures} failures)` : ''}  last ${f.lastFetch ?? 'never'}  next ${f.nextDue}  ${f.itemsIngested} ingested  ${f.url}${f.title ? `  "${f.title}"` : ''}`);
          if (f.lastError) print(`        last error: ${f.lastError}`);
        }
      return 0;
    }
    case 'remove': {
      if (rest.length === 0) throw new UsageError('"feeds remove" needs a feed id or URL (see "corroborate feeds list")');
      let missing = 0;
      for (const arg of rest) {
        if (await deleteFeed(db, arg)) print(`removed ${arg}`);
        else {
          missing++;
          options.stderr.write(`corroborate: no feed "${arg}" (see "corroborate feeds list")\n`);
        }
      }
      return missing > 0 ? 1 : 0;
    }
    case 'export':
      print(await exportOpml(db));
      return 0;
    default:
      throw new UsageError(`"feeds" takes add URL|OPML-FILE, list, remove ID|URL or export, not "${sub ?? ''}"`);
  }
}

/** The fetcher `watch` and `serve --watch` poll with, as the flags ask. */
export function politeFetcher(options: Pick<FeedsCliOptions, 'allowPrivateNetwork' | 'hostDelayMs'>): PoliteFetcher {
  return new PoliteFetcher({ allowPrivateNetwork: options.allowPrivateNetwork, minDelayMs: options.hostDelayMs });
}

/** `corroborate watch [--once]`: polls due feeds once, or until SIGINT/SIGTERM. */
export async function runWatch(db: Db, options: FeedsCliOptions & { once: boolean; signal?: AbortSignal }): Promise<number> {
  const fetcher = politeFetcher(options);
  const log = (line: string) => options.stderr.write(line + '\n');
  const poll = { log, ...(options.recheckHorizonS !== undefined ? { recheckHorizonS: options.recheckHorizonS } : {}) };
  if (options.once) {
    const summary = await pollDueFeeds(db, fetcher, poll);
    if (options.json) options.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    else options.stdout.write(describeRound(summary) + '\n');
    return summary.failed > 0 || summary.itemFailures > 0 ? 1 : 0;
  }
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  options.signal?.addEventListener('abort', onSignal, { once: true });
  try {
    await watchFeeds(db, fetcher, { ...poll, signal: stop.signal, onRound: (s) => log(describeRound(s)) });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return 0;
}
