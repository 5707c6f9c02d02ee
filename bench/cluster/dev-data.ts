// Finds and reads the shared dev data (never copied into the repo).
import { createHash } from 'node:crypto';
import { seededRandom } from '../../src/core/seeded-random.js';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { clusterFeatures, type ClusterFeatures, type ClusterOptions } from '../../src/cluster/index.js';

/** One line of a labelled clustering stream. */
export interface StreamRecord {
  readonly id: string;
  readonly title: string | null;
  readonly text: string;
  readonly lang?: string | null;
  readonly published: string | null;
  readonly source?: string | null;
  readonly cluster?: string;
}

/** The repository root, found from this file whether it runs from src or dist. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the repository root (no package.json above ' + dir + ')');
    dir = up;
  }
  return dir;
}

/** `../shared` beside the repository. */
export function sharedDir(): string {
  return resolve(repoRoot(), '..', 'shared');
}

export const DEV_STREAM = 'data/clustering-dev/ecbplus-odd-topics.jsonl';
export const SCORER = 'tools/score-clustering.mjs';

export function readStream(file: string): { records: StreamRecord[]; sha256: string } {
  const raw = readFileSync(file);
  const records = raw
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as StreamRecord);
  return { records, sha256: createHash('sha256').update(raw).digest('hex') };
}

/**
 * Indices 0..n-1 in a seeded shuffle (Fisher-Yates on `seededRandom(seed)`); seed 0 is the
 * file's own order. A clustering setting is judged over several orders of one stream: a one-pass
 * method's score moves with the order, and the hidden streams come in other orders.
 */
export function streamOrder(n: number, seed: number): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  if (seed === 0) return out;
  const next = seededRandom(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * A record's features from its own title, text, date and language, as the memory and store modes
 * read a stream (the pipeline mode extracts and annotates it first, as `corroborate add` does).
 */
export function recordFeatures(r: StreamRecord, options: Partial<ClusterOptions> = {}): ClusterFeatures {
  return clusterFeatures({ title: r.title, text: r.text, published: r.published, language: r.lang ?? null }, options);
}
