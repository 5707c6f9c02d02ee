import type { Db } from '../store/db.js';
import type { AddOutcome } from '../pipeline/index.js';
import { PoliteFetcher } from '../fetch/index.js';
import { addPage } from '../feeds/add-page.js';

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
