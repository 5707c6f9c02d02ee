/**
 * Extraction bench: runs our extractor and Mozilla Readability + linkedom over every page of a
 * set in one run, scores both with the shared scorer, reports quality, failures and speed, and
 * checks published dates against the page's own consensus (see README.md).
 *
 *   npm run bench:extract -- [--data DIR] [--truth FILE] [--out PRED.json] [--ours-only] [--worst N] [--limit N]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../../src/extract/html/index.js';
import { checkDate, type DateVerdict } from './date-check.js';
import { defaultDataDir, fingerprint, loadPages, scorerPath, type DevPage } from './dataset.js';
import { scoreSet, tokenize } from './metric.js';

interface RunResult {
  readonly name: string;
  readonly texts: Map<string, string>;
  readonly ms: number[];
  readonly crashes: string[];
}

function parseArgs(argv: string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const next = argv[i + 1];
    out[a.slice(2)] = next === undefined || next.startsWith('--') ? true : (i++, next);
  }
  return out;
}

function runOurs(page: DevPage, res: RunResult, published: Map<string, string | null>): void {
  const t0 = performance.now();
  try {
    const a = extractHtml(page.bytes, page.url ? { url: page.url } : {});
    res.ms.push(performance.now() - t0);
    res.texts.set(page.id, a.text);
    published.set(page.id, a.published);
  } catch (e) {
    res.ms.push(performance.now() - t0);
    res.crashes.push(`${page.id}: ${(e as Error).message}`);
    res.texts.set(page.id, '');
  }
}

function runReadability(page: DevPage, res: RunResult): void {
  const t0 = performance.now();
  try {
    const html = new TextDecoder('utf-8').decode(page.bytes);
    const { document } = parseHTML(html);
    const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    res.ms.push(performance.now() - t0);
    res.texts.set(page.id, parsed?.textContent ?? '');
  } catch (e) {
    res.ms.push(performance.now() - t0);
    res.crashes.push(`${page.id}: ${(e as Error).message}`);
    res.texts.set(page.id, '');
  }
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos), hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

function sharedScore(predFile: string, truthFile: string): { f1: number; precision: number; recall: number; line: string } {
  const jsonOut = `${predFile}.score.json`;
  const r = spawnSync(process.execPath, [scorerPath(), '--pred', predFile, '--truth', truthFile, '--n-bootstrap', '200', '--json', jsonOut], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scorer failed: ${r.stderr}`);
  const m = JSON.parse(readFileSync(jsonOut, 'utf8')) as { f1: number; precision: number; recall: number };
  return { ...m, line: r.stdout.trim() };
}


function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const dataDir = typeof args['data'] === 'string' ? args['data'] : defaultDataDir();
  const truthFile = typeof args['truth'] === 'string' ? args['truth'] : join(dataDir, 'ground-truth.json');
  const oursOnly = args['ours-only'] === true;
  const worst = typeof args['worst'] === 'string' ? Number(args['worst']) : 0;
  let pages = loadPages(dataDir, truthFile);
  if (typeof args['limit'] === 'string') pages = pages.slice(0, Number(args['limit']));
  console.log(`data: ${dataDir} (${pages.length} pages, fingerprint ${fingerprint(dataDir, truthFile).slice(0, 16)})`);

  const ours: RunResult = { name: 'corroborate', texts: new Map(), ms: [], crashes: [] };
  const readability: RunResult = { name: 'readability+linkedom', texts: new Map(), ms: [], crashes: [] };
  const published = new Map<string, string | null>();
  // Warm both up on the first page so JIT compilation is not billed to page one.
  if (pages[0]) {
    runOurs(pages[0], { name: '', texts: new Map(), ms: [], crashes: [] }, new Map());
    if (!oursOnly) runReadability(pages[0], { name: '', texts: new Map(), ms: [], crashes: [] });
  }
  pages.forEach((page, i) => {
    // Alternate the order so neither tool always runs on a warm cache.
    if (i % 2 === 0 || oursOnly) {
      runOurs(page, ours, published);
      if (!oursOnly) runReadability(page, readability);
    } else {
      runReadability(page, readability);
      runOurs(page, ours, published);
    }
  });

  const tmp = mkdtempSync(join(tmpdir(), 'bench-extract-'));
  const outFile = typeof args['out'] === 'string' ? args['out'] : join(tmp, 'pred-corroborate.json');
  const truth = new Map(pages.map((p) => [p.id, p.truth]));
  const report = (res: RunResult, predFile: string): { f1: number; medianMs: number } => {
    writeFileSync(predFile, JSON.stringify(Object.fromEntries([...res.texts].map(([id, t]) => [id, { articleBody: t }]))));
    const shared = sharedScore(predFile, truthFile);
    const local = scoreSet(truth, res.texts);
    const empty = pages.filter((p) => tokenize(p.truth).length > 0 && tokenize(res.texts.get(p.id)).length === 0).length;
    const median = quantile(res.ms, 0.5), p95 = quantile(res.ms, 0.95), max = Math.max(...res.ms);
    const over1s = res.ms.filter((m) => m > 1000).length;
    console.log(`\n${res.name}`);
    console.log(`  shared scorer: ${shared.line}`);
    console.log(`  F1 ${shared.f1.toFixed(4)}  precision ${shared.precision.toFixed(4)}  recall ${shared.recall.toFixed(4)}`);
    console.log(`  in-process metric F1 ${local.f1.toFixed(4)} (${Math.abs(local.f1 - shared.f1) < 1e-9 ? 'agrees with' : 'DISAGREES with'} the shared scorer)`);
    console.log(`  empty outputs where gold is non-empty: ${empty}; crashes: ${res.crashes.length}${res.crashes.length ? ` (${res.crashes.slice(0, 5).join('; ')})` : ''}`);
    console.log(`  ms/page: median ${median.toFixed(2)}  p95 ${p95.toFixed(2)}  max ${max.toFixed(1)}  pages over 1 s: ${over1s}`);
    return { f1: shared.f1, medianMs: median };
  };
  const o = report(ours, outFile);
  console.log(`  predictions written to ${outFile}`);
  if (!oursOnly) {
    const r = report(readability, join(tmp, 'pred-readability.json'));
    console.log(`\nspeed: our median is ${(r.medianMs / o.medianMs).toFixed(2)}x faster than Readability+linkedom (target >= 3x)`);
    console.log(`quality: F1 ${o.f1.toFixed(4)} vs ${r.f1.toFixed(4)} (${o.f1 >= r.f1 ? '+' : ''}${(o.f1 - r.f1).toFixed(4)})`);
  }

  const verdicts: DateVerdict[] = pages.map((p) => checkDate(p.id, p.bytes, p.url, published.get(p.id) ?? null));
  const stated = verdicts.filter((v) => v.consensus !== null);
  const right = stated.filter((v) => v.ours !== null && v.ours.slice(0, 10) === v.consensus);
  const anyDate = verdicts.filter((v) => v.families > 0).length;
  const ourAny = verdicts.filter((v) => v.ours !== null).length;
  console.log(`\ndates: ${stated.length} pages where two or more independent sources agree on a day; ours on that day: ${right.length} (${((100 * right.length) / Math.max(1, stated.length)).toFixed(1)}%)`);
  console.log(`       pages stating any date: ${anyDate}; pages where we give a published date: ${ourAny}`);
  if (args['date-misses']) for (const v of stated.filter((x) => !right.includes(x))) console.log(`   date miss ${v.id}: ours ${v.ours} consensus ${v.consensus}`);

  if (worst > 0) {
    const local = scoreSet(truth, ours.texts);
    const rLocal = oursOnly ? null : scoreSet(truth, readability.texts);
    const rById = new Map(rLocal?.pages.map((p) => [p.id, p.f1]) ?? []);
    const urls = new Map(pages.map((p) => [p.id, p.url]));
    console.log(`\nworst ${worst} pages (ours):`);
    for (const p of [...local.pages].sort((a, b) => a.f1 - b.f1).slice(0, worst)) {
      console.log(`  ${p.id} f1 ${p.f1.toFixed(3)} P ${p.precision?.toFixed(3)} R ${p.recall?.toFixed(3)} readability ${rById.get(p.id)?.toFixed(3) ?? '-'} ${urls.get(p.id)}`);
    }
  }
}

main();
