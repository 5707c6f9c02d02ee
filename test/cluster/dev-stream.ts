// The shared ECB+ dev stream for the regression gates: found beside the repository, pinned by
// sha256, with the shared scorer. Absent, a gate is skipped on a laptop and fails in CI.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TestContext } from 'node:test';
import { DEV_STREAM, SCORER, readStream, sharedDir, type StreamRecord } from '../../bench/cluster/dev-data.js';

/** The first 16 hex digits of the dev stream's sha256, the file the gates' floors were measured on. */
export const PINNED_SHA256 = '42e19abc171175ea';

export interface Scorer {
  score(gold: Map<string, string>, pred: Map<string, string>, options?: { allowMissing?: boolean }): { pairwise: { f1: number }; bcubed: { f1: number } };
}

/** The pinned dev stream and the scorer, or null when the test was skipped (no ../shared, not in CI). */
export async function pinnedDevStream(t: TestContext): Promise<{ records: StreamRecord[]; scorer: Scorer } | null> {
  const file = join(sharedDir(), DEV_STREAM);
  if (!existsSync(file)) {
    if (process.env.CI === 'true') assert.fail(`dev stream missing at ${file}`);
    t.skip(`dev stream not found at ${file} (../shared beside the repository)`);
    return null;
  }
  const { records, sha256 } = readStream(file);
  assert.equal(sha256.slice(0, 16), PINNED_SHA256, `dev stream changed (sha256 ${sha256}): re-measure with npm run bench:cluster and update the pin and floors together`);
  const scorer = (await import(pathToFileURL(join(sharedDir(), SCORER)).href)) as Scorer;
  return { records, scorer };
}
