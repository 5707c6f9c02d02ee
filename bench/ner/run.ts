/**
 * Named-entity benchmark: exact-span P/R/F1 per type and micro over PER/ORG/LOC (MISC left out of
 * gold and predictions, conlleval chunking), throughput (median of timed passes after a warm-up),
 * model size. See bench/ner/README.md.
 *
 * npm run bench:ner [-- --data FILE] [--out PRED] [--passes N] [--model FILE]
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findPackageRoot } from '../../src/annotate/ner/find-package-root.js';
import { chunksOf, loadTagger, MODEL_PATH, parseConll, tagEntities, tagTokens } from '../../src/annotate/ner/index.js';
import { scoreChunks } from '../../src/annotate/ner/score-chunks.js';

const root = findPackageRoot(import.meta.url);
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(root, '../shared/data/ner/conll2003-dev.txt') },
    out: { type: 'string' },
    passes: { type: 'string', default: '5' },
    model: { type: 'string', default: join(root, MODEL_PATH) },
  },
});

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

const loadStart = performance.now();
const tagger = loadTagger(values.model);
const loadMs = performance.now() - loadStart;
const sentences = parseConll(readFileSync(values.data, 'utf8'));
const tokens = sentences.map((s) => s.tokens);
const tokenCount = tokens.reduce((n, s) => n + s.length, 0);
const hasGold = sentences.every((s) => s.tags !== null);

let pred = tagTokens(tokens, tagger); // warm-up (fills the word cache as a long-running process would)
const passes = Math.max(1, Number(values.passes));
/** Wall-clock and CPU milliseconds of one call (CPU time is what the machine's load cannot inflate). */
function timed(run: () => void, wall: number[], cpu: number[]): void {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
const tagTimes: number[] = [];
const tagCpu: number[] = [];
for (let p = 0; p < passes; p++) timed(() => (pred = tagTokens(tokens, tagger)), tagTimes, tagCpu);
// End to end on raw text: tokenizer and sentence splitter included (one line per sentence).
// The raw-text path: sentences joined by line breaks, tokens by spaces; gold chunks as offsets.
const tokenStarts: number[][] = [];
let rawText = '';
tokens.forEach((s, k) => {
  if (k > 0) rawText += '\n';
  tokenStarts.push(
    s.map((tok, i) => {
      if (i > 0) rawText += ' ';
      const at = rawText.length;
      rawText += tok;
      return at;
    }),
  );
});
tagEntities(rawText, { tagger });
const textTimes: number[] = [];
const textCpu: number[] = [];
for (let p = 0; p < passes; p++) timed(() => tagEntities(rawText, { tagger }), textTimes, textCpu);

const fmt = (x: number): string => (x * 100).toFixed(2);
console.log(`data: ${values.data} (${sentences.length} sentences, ${tokenCount} tokens)`);
console.log(`model: ${values.model} (${(statSync(values.model).size / 1024).toFixed(0)} KiB gzip, ${tagger.model.featureIndex.size} features, loaded in ${loadMs.toFixed(0)} ms)`);
if (hasGold) {
  const gold = sentences.map((s) => s.tags as string[]);
  const report = scoreChunks(gold, pred, ['PER', 'ORG', 'LOC']);
  console.log('type   precision  recall   F1      (tp/fp/fn)');
  for (const [label, s] of [...Object.entries(report.byLabel), ['micro', report.micro] as const]) {
    console.log(`${label.padEnd(6)} ${fmt(s.precision).padStart(9)} ${fmt(s.recall).padStart(7)} ${fmt(s.f1).padStart(7)}   (${s.tp}/${s.fp}/${s.fn})`);
  }
  const withMisc = scoreChunks(gold, pred, ['PER', 'ORG', 'LOC', 'MISC']);
  console.log(`(for reference, all four types incl. MISC: micro F1 ${fmt(withMisc.micro.f1)}, MISC F1 ${fmt(withMisc.byLabel['MISC']?.f1 ?? 0)})`);
  // Same data through tagEntities on raw text: our tokenizer instead of CoNLL's, edge trimming, and
  // with or without the document pass (over the whole file, which mixes many articles).
  const goldSpans = new Set<string>();
  sentences.forEach((s, k) => {
    const starts = tokenStarts[k] as number[];
    for (const c of chunksOf(s.tags as string[])) {
      if (c.label === 'MISC') continue;
      goldSpans.add(`${starts[c.start]}:${(starts[c.end - 1] as number) + (s.tokens[c.end - 1] as string).length}:${c.label}`);
    }
  });
  for (const document of [false, true]) {
    const spans = tagEntities(rawText, { tagger, document, types: ['PER', 'ORG', 'LOC'] });
    const tp = spans.filter((e) => goldSpans.has(`${e.start}:${e.end}:${e.type}`)).length;
    const p = tp / Math.max(1, spans.length);
    const r = tp / Math.max(1, goldSpans.size);
    console.log(`tagEntities on raw text, document pass ${document ? 'on ' : 'off'}: P ${fmt(p)} R ${fmt(r)} F1 ${fmt(p + r === 0 ? 0 : (2 * p * r) / (p + r))}`);
  }
}
const rate = (ms: number): string => Math.round(tokenCount / (ms / 1000)).toLocaleString('en-US');
const line = (name: string, wall: number[], cpu: number[]): string =>
  `${name}: ${rate(median(wall))} tokens/s wall (median ${median(wall).toFixed(0)} ms/pass; raw ${wall.map((t) => t.toFixed(0)).join(', ')}), ` +
  `${rate(median(cpu))} tokens/s CPU time (median ${median(cpu).toFixed(0)} ms; raw ${cpu.map((t) => t.toFixed(0)).join(', ')})`;
console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.availableParallelism()} cores`);
console.log(line('tagTokens (pre-tokenised)', tagTimes, tagCpu));
console.log(line('tagEntities (raw text: tokenizer, splitter, confidence, document pass)', textTimes, textCpu));

if (values.out) {
  const lines: string[] = [];
  sentences.forEach((s, i) => {
    s.tokens.forEach((tok, j) => lines.push(hasGold ? `${tok} ${s.tags?.[j] ?? 'O'} ${pred[i]?.[j] ?? 'O'}` : `${tok} ${pred[i]?.[j] ?? 'O'}`));
    lines.push('');
  });
  writeFileSync(values.out, lines.join('\n'));
  console.log(`wrote ${values.out}`);
}
