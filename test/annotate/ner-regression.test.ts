/**
 * Regression gate: the shipped model's exact-span PER/ORG/LOC micro F1 on the CoNLL-2003 dev file
 * must not fall below the floor reached. The floor is pinned to the file's sha256: a different
 * file fails loudly rather than silently comparing apples with oranges.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { findPackageRoot } from '../../src/annotate/ner/find-package-root.js';
import { parseConll, tagTokens } from '../../src/annotate/ner/index.js';
import { scoreChunks } from '../../src/annotate/ner/score-chunks.js';

const DEV_SHA256 = '308f1f2e66df39b18f95870cef6d2b7cb16f8eb994f6b848d3172895b2af1def';
/** Measured micro F1 (see bench/ner/README.md) minus half a point of slack for retraining noise. */
const DEV_F1_FLOOR = 0.915;

const devPath = join(findPackageRoot(import.meta.url), '../shared/data/ner/conll2003-dev.txt');
const missing = !existsSync(devPath);

it('CoNLL-2003 dev: PER/ORG/LOC micro F1 stays above the floor', { skip: missing && process.env['CI'] !== 'true' ? `dev data not found at ${devPath} (set CI=true to make this an error)` : false }, () => {
  assert.ok(!missing, `dev data not found at ${devPath}`);
  const bytes = readFileSync(devPath);
  const sha = createHash('sha256').update(bytes).digest('hex');
  assert.equal(sha, DEV_SHA256, 'the dev file changed: re-measure with `npm run bench:ner` and re-pin DEV_SHA256 and DEV_F1_FLOOR');
  const sentences = parseConll(bytes.toString('utf8'));
  const pred = tagTokens(sentences.map((s) => s.tokens));
  const { micro } = scoreChunks(sentences.map((s) => s.tags ?? []), pred, ['PER', 'ORG', 'LOC']);
  assert.ok(micro.f1 >= DEV_F1_FLOOR, `dev micro F1 ${micro.f1.toFixed(4)} fell below the floor ${DEV_F1_FLOOR}`);
});
