/**
 * Regression gate: runs the HTML extractor over the shared dev set and fails when F1 (the shared
 * scorer's metric, reimplemented in bench/extract/metric.ts and checked against it by the bench)
 * drops below the floor pinned in bench/extract/floors.json for this exact data (fingerprint over
 * file names and sizes). Skips with a message when the data is absent, unless CI=true.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHtml } from '../../src/extract/html/index.js';
import { defaultDataDir, fingerprint, loadPages } from '../../bench/extract/dataset.js';
import { packageRoot } from '../../bench/extract/fixtures.js';
import { scoreSet, tokenize } from '../../bench/extract/metric.js';

interface Floors {
  readonly fingerprint: string;
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  readonly maxEmpty: number;
}

const dataDir = defaultDataDir();
const present = existsSync(join(dataDir, 'ground-truth.json'));
const inCi = process.env['CI'] === 'true';

test('dev set: F1 holds its floor, no crashes, no empty outputs', { skip: !present && !inCi ? `dev data not found at ${dataDir}; skipping the extraction gate (set CI=true to make this a failure)` : false }, () => {
  assert.ok(present, `dev data not found at ${dataDir}: the extraction gate cannot run in CI without it`);
  const floors = JSON.parse(readFileSync(join(packageRoot(), 'bench', 'extract', 'floors.json'), 'utf8')) as Floors;
  const actual = fingerprint(dataDir);
  assert.equal(actual, floors.fingerprint, 'the dev data changed: re-measure with npm run bench:extract and re-pin bench/extract/floors.json on purpose');
  const pages = loadPages(dataDir);
  const pred = new Map<string, string>();
  const crashes: string[] = [];
  for (const p of pages) {
    try {
      pred.set(p.id, extractHtml(p.bytes, p.url ? { url: p.url } : {}).text);
    } catch (e) {
      crashes.push(`${p.id}: ${(e as Error).message}`);
    }
  }
  assert.deepEqual(crashes, []);
  const empty = pages.filter((p) => tokenize(p.truth).length > 0 && tokenize(pred.get(p.id)).length === 0).map((p) => p.id);
  assert.ok(empty.length <= floors.maxEmpty, `empty outputs on pages ${empty.join(', ')}`);
  const s = scoreSet(new Map(pages.map((p) => [p.id, p.truth])), pred);
  console.log(`dev set F1 ${s.f1.toFixed(4)} (floor ${floors.f1}), precision ${s.precision.toFixed(4)}, recall ${s.recall.toFixed(4)}`);
  assert.ok(s.f1 >= floors.f1, `F1 ${s.f1.toFixed(4)} fell below the floor ${floors.f1}`);
  assert.ok(s.precision >= floors.precision, `precision ${s.precision.toFixed(4)} fell below ${floors.precision}`);
  assert.ok(s.recall >= floors.recall, `recall ${s.recall.toFixed(4)} fell below ${floors.recall}`);
});
