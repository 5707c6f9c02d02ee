// Quick sweep driver: pure decision on the in-memory index, scored with the shared scorer.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { clusterFeatures } from '../../src/cluster/index.js';
import { MemoryIndex } from './memory-index.js';
import { DEV_STREAM, SCORER, readStream, sharedDir } from './dev-data.js';

const file = process.argv[2] ?? join(sharedDir(), DEV_STREAM);
const { records } = readStream(file);
const scorer = (await import(pathToFileURL(join(sharedDir(), SCORER)).href)) as {
  score: (g: Map<string, string>, p: Map<string, string>) => { pairwise: { p: number; r: number; f1: number }; bcubed: { f1: number }; clusters: { pred: number; gold: number } };
};
const options = JSON.parse(process.env.OPTS ?? '{}');
const index = new MemoryIndex(options);
const t0 = performance.now();
const ids = records.map((r, i) => 'r' + i.toString(16).padStart(16, '0'));
let derived = 0, merges = 0;
records.forEach((r, i) => {
  const f = clusterFeatures({ title: r.title, text: r.text, published: r.published }, options);
  const d = index.place(ids[i]!, f);
  if (d.derivation) derived++;
  merges += d.merges.length;
});
const ms = performance.now() - t0;
const gold = new Map(records.map((r) => [r.id, String(r.cluster)]));
const pred = new Map(records.map((r, i) => [r.id, index.clusterOf(ids[i]!)]));
const s = scorer.score(gold, pred);
console.log(`pairwise P ${s.pairwise.p.toFixed(3)} R ${s.pairwise.r.toFixed(3)} F1 ${s.pairwise.f1.toFixed(3)}  b3 F1 ${s.bcubed.f1.toFixed(3)}  clusters ${s.clusters.pred}/${s.clusters.gold}  derived ${derived} merges ${merges}  ${(records.length / (ms / 1000)).toFixed(0)} rep/s`);
if (process.env.CONFUSION) {
  const byPred = new Map<string, Map<string, number>>();
  for (const [id, p] of pred) {
    const m = byPred.get(p) ?? new Map<string, number>();
    m.set(gold.get(id)!, (m.get(gold.get(id)!) ?? 0) + 1);
    byPred.set(p, m);
  }
  for (const [p, m] of byPred) if (m.size > 1) console.log(p, [...m].map(([g, n]) => `${g}:${n}`).join(' '));
}
if (process.env.TOPICS) {
  const topicOf = (g: string): string => g.split('_')[0]!;
  const fp = new Map<string, number>(), fn = new Map<string, number>();
  const arr = records.map((r) => ({ g: gold.get(r.id)!, p: pred.get(r.id)! }));
  for (let i = 0; i < arr.length; i++) for (let j = 0; j < i; j++) {
    const a = arr[i]!, b = arr[j]!;
    if (a.p === b.p && a.g !== b.g) fp.set(topicOf(a.g) + (topicOf(a.g) === topicOf(b.g) ? '' : '/x'), (fp.get(topicOf(a.g)) ?? 0) + 1);
    if (a.p !== b.p && a.g === b.g) fn.set(a.g, (fn.get(a.g) ?? 0) + 1);
  }
  console.log('FP', [...fp].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k}:${v}`).join(' '));
  console.log('FN', [...fn].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k}:${v}`).join(' '));
}
