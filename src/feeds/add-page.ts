import type { Db } from '../store/db.js';
import { addSources, type AddOutcome, type AddOptions } from '../pipeline/index.js';
import { splitInput } from '../ingest/split-input.js';
import { FetchError, type PoliteFetcher } from '../fetch/index.js';

/**
 * Fetches one article page and ingests it: the page's bytes go through `splitInput` with the final
 * URL and Content-Type (so the extractor reads the charset from the header or the page), then
 * `addSources`. A fetch failure becomes a `failed` outcome naming the URL and the problem.
 *
 * @example
 * const [outcome] = await addPage(db, fetcher, 'https://example.org/news/1');
 */
export async function addPage(db: Db, fetcher: PoliteFetcher, url: string, options: AddOptions = {}): Promise<AddOutcome[]> {
  try {
    const page = await fetcher.fetch(url);
    const fetchedAt = (options.now ?? (() => new Date()))().toISOString();
    const sources = splitInput(page.url, page.bytes, { url: page.url, contentType: page.contentType ?? 'text/html', fetchedAt });
    return await addSources(db, sources, options);
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    const outcome: AddOutcome = { kind: 'failed', name: url, reason: error.message.startsWith(url) ? error.message.slice(url.length + 2) : error.message };
    options.onOutcome?.(outcome);
    return [outcome];
  }
}

/** True for arguments `add` should fetch rather than read from disk. */
export const isHttpUrl = (arg: string): boolean => /^https?:\/\//i.test(arg);
