// Quick sweep driver: pure decisions on the in-memory index, scored with the shared scorer.
//   OPTS='{"reviewSplitLink":0.035}' ORDERS=5 node dist/bench/cluster/quick.js [FILE]
// ORDERS=k streams the file in its own order and in k-1 seeded shuffles and prints each score
// and the mean: a setting is judged on the mean, never on one order of one file. PIPE=1 takes
// each record's features as `corroborate add` does (extracted text, annotations) instead of from
// its own title and text: the settings are judged on both. TOPICS=1 and CONFUSION=1 diagnose the
// file order, or order DIAG_ORDER (1..ORDERS-1: a shuffle); CONFUSION=1 also lists each gold event
// told in more than one story, with the make-up of each of those stories. NAMES=1 counts the name words the
// records' own text marks and how many of them the annotations take away (sentence openers the
// entity recogniser did not find in a name). BURSTY=1 (or BURSTY=dated) streams ORDERS seeded bursty
// orders instead (bursty-stream.ts: event by event; dated: with the bursts' times as publish dates).
// SEPARABILITY=1 prints, per topic, whether the review's rules tell its gold events apart
// (topic-separability.ts), with the whole stream's document frequencies.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { clusterFeatures, type ClusterFeatures } from '../../src/cluster/index.js';
import { extractSource } from '../../src/pipeline/index.js';
import { splitInput } from '../../src/ingest/split-input.js';
import { annotate } from '../../src/annotate/index.js';
import { annotatedNameWords, markNameTokens } from '../../src/cluster/mark-name-tokens.js';
import { tokenizeReport } from '../../src/cluster/tokenize.js';
import { MemoryIndex } from './memory-index.js';
import { burstyStream } from './bursty-stream.js';
import { topicOf as topicOfEvent } from './thread-score.js';
import { streamStats, topicSeparability } from './topic-separability.js';
import { benchReportId, benchSeenAt } from './bare-report.js';
import { DEV_STREAM, SCORER, readStream, recordFeatures, sharedDir, streamOrder, type StreamRecord } from './dev-data.js';

const file = process.argv[2] ?? join(sharedDir(), DEV_STREAM);
const { records } = readStream(file);
const scorer = (await import(pathToFileURL(join(sharedDir(), SCORER)).href)) as {
  score: (g: Map<string, string>, p: Map<string, string>) => { pairwise: { p: number; r: number; f1: number }; bcubed: { f1: number }; clusters: { pred: number; gold: number } };
};
const options = JSON.parse(process.env.OPTS ?? '{}');
const orders = Number(process.env.ORDERS ?? 1);
const featuresOf = (r: StreamRecord): ClusterFeatures => (process.env.PIPE ? pipelineFeatures(r) : recordFeatures(r, options));
const bursty = process.env.BURSTY;
const dated = bursty === 'dated';
// Undated bursty orders reorder the same records: their features are made once, like a shuffle's.
const features = dated ? [] : records.map(featuresOf);
const featuresById = new Map(records.map((r, i) => [r.id, features[i]!]));
if (process.env.NAMES) countAnnotatedNames();
const gold = new Map(records.map((r) => [r.id, String(r.cluster)]));
if (process.env.SEPARABILITY) printSeparability();
const sums = { p: 0, r: 0, f1: 0, b3: 0 };
for (let k = 0; k < orders; k++) {
  const recs = bursty ? burstyStream(records, k + 1, { dated }) : records;
  const order = bursty ? recs.map((_, i) => i) : streamOrder(records.length, k);
  const feats = !bursty ? features : dated ? recs.map(featuresOf) : recs.map((r) => featuresById.get(r.id)!);
  const { pred, index, ms } = run(order, recs, feats);
  const s = scorer.score(gold, pred);
  sums.p += s.pairwise.p;
  sums.r += s.pairwise.r;
  sums.f1 += s.pairwise.f1;
  sums.b3 += s.bcubed.f1;
  console.log(
    `${bursty ? `bursty ${k + 1}   ` : k === 0 ? 'file order ' : `shuffle ${k}  `} pairwise P ${s.pairwise.p.toFixed(3)} R ${s.pairwise.r.toFixed(3)} F1 ${s.pairwise.f1.toFixed(3)}  b3 F1 ${s.bcubed.f1.toFixed(3)}  clusters ${s.clusters.pred}/${s.clusters.gold}  merges ${index.merges} splits ${index.splits} derived ${index.reports.filter((r) => r.derivedFrom !== null).length}  ${(records.length / (ms / 1000)).toFixed(0)} rep/s`,
  );
  if (k === Number(process.env.DIAG_ORDER ?? 0)) diagnose(records, gold, pred);
}
if (orders > 1) console.log(`mean of ${orders}: P ${(sums.p / orders).toFixed(3)} R ${(sums.r / orders).toFixed(3)} F1 ${(sums.f1 / orders).toFixed(3)} b3 F1 ${(sums.b3 / orders).toFixed(3)}`);

/**
 * A record's features as the pipeline makes them: the record read as a dump line and extracted
 * by the pipeline's own path (splitInput, extractSource, as `addRecords` and analyseSource do),
 * then annotated, with the sweep's options for the features.
 */
function pipelineFeatures(r: StreamRecord): ClusterFeatures {
  const [source] = splitInput('records.ndjson', new TextEncoder().encode(JSON.stringify(r)));
  if (!source || source.kind !== 'report-source') throw new Error(`record ${r.id}: ${source?.kind === 'source-failure' ? source.reason : 'no report'}`);
  const article = extractSource(source);
  const annotations = annotate({ text: article.text, published: article.published, language: article.language, title: article.title });
  return clusterFeatures({ title: article.title, text: article.text, published: article.published, annotations, language: article.language }, options);
}

/**
 * Name words of all records (distinct per record) as the tokens mark them from the text alone,
 * and those of them that are not names once the record's annotations settle its sentence openers
 * (markNameTokens, as clusterFeatures calls it; counted on the marks, not on the kept terms,
 * where annotation terms can push a name out of MAX_REPORT_TERMS).
 */
function countAnnotatedNames(): void {
  let names = 0;
  let openers = 0;
  for (const r of records) {
    const tokens = tokenizeReport(r.title || null, r.text, r.lang ?? null);
    const annotations = annotate({ text: r.text, published: r.published, language: r.lang ?? null, title: r.title });
    const bare = markNameTokens(tokens);
    const settled = annotations.tagged ? markNameTokens(tokens, annotatedNameWords(annotations)) : bare;
    const all = new Set<string>();
    const kept = new Set<string>();
    tokens.words.forEach((w, i) => {
      if (bare[i] === 1) all.add(w.lower);
      if (settled[i] === 1) kept.add(w.lower);
    });
    names += all.size;
    for (const w of all) if (!kept.has(w)) openers++;
  }
  console.log(`name words from the records' text ${names}, of which sentence openers the annotations do not name ${openers}`);
}

function run(order: readonly number[], recs: readonly StreamRecord[], feats: readonly ClusterFeatures[]) {
  const index = new MemoryIndex(options);
  const ids = recs.map((r) => benchReportId(r.id));
  const t0 = performance.now();
  order.forEach((i, position) => index.place(ids[i]!, feats[i]!, benchSeenAt(recs[i]!, position)));
  const ms = performance.now() - t0;
  return { index, ms, pred: new Map(recs.map((r, i) => [r.id, index.clusterOf(ids[i]!)])) };
}


function diagnose(recs: readonly StreamRecord[], goldOf: Map<string, string>, predOf: Map<string, string>): void {
  if (process.env.CONFUSION) {
    const byPred = new Map<string, Map<string, number>>();
    for (const [id, p] of predOf) {
      const m = byPred.get(p) ?? new Map<string, number>();
      m.set(goldOf.get(id)!, (m.get(goldOf.get(id)!) ?? 0) + 1);
      byPred.set(p, m);
    }
    for (const [p, m] of byPred) if (m.size > 1) console.log(p, [...m].map(([g, n]) => `${g}:${n}`).join(' '));
    // Split events: each gold event told in more than one story, with each story's make-up.
    const storiesOf = new Map<string, Set<string>>();
    for (const [id, p] of predOf) storiesOf.set(goldOf.get(id)!, (storiesOf.get(goldOf.get(id)!) ?? new Set<string>()).add(p));
    for (const [g, ps] of storiesOf) {
      if (ps.size < 2) continue;
      const parts = [...ps].map((p) => `${p.slice(0, 7)}(${[...byPred.get(p)!].map(([e, n]) => `${e}:${n}`).join(' ')})`);
      console.log(`split ${g}:`, parts.join(' '));
    }
  }
  if (process.env.TOPICS) {
    const topicOf = (g: string): string => topicOfEvent(g) ?? g;
    const fp = new Map<string, number>(), fn = new Map<string, number>();
    const arr = recs.map((r) => ({ g: goldOf.get(r.id)!, p: predOf.get(r.id)! }));
    for (let i = 0; i < arr.length; i++) for (let j = 0; j < i; j++) {
      const a = arr[i]!, b = arr[j]!;
      if (a.p === b.p && a.g !== b.g) fp.set(topicOf(a.g), (fp.get(topicOf(a.g)) ?? 0) + 1);
      if (a.p !== b.p && a.g === b.g) fn.set(a.g, (fn.get(a.g) ?? 0) + 1);
    }
    console.log('FP', [...fp].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k}:${v}`).join(' '));
    console.log('FN', [...fn].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k}:${v}`).join(' '));
  }
}

function printSeparability(): void {
  const byId = new Map(records.map((r, i) => [r.id, features[i] ?? featuresOf(r)]));
  const rows = topicSeparability(gold, byId, streamStats(byId.values()), options);
  for (const row of rows) {
    const events = row.events.map((e) => `${e.event}:${e.reports} within ${e.within.toFixed(3)}`).join(', ');
    const parts = row.splitParts.map((p) => Object.entries(p).map(([e, k]) => `${e}:${k}`).join('+')).join(' | ');
    console.log(`topic ${row.topic}: ${events}; across ${row.across.toFixed(3)}; ${row.merged ? 'merged' : 'kept apart'}; as one story splits into ${parts} (F1 ${row.splitF1.toFixed(3)})`);
  }
  const mean = rows.reduce((sum, r) => sum + r.splitF1, 0) / rows.length;
  console.log(`${rows.length} topics: ${rows.filter((r) => r.merged).length} merged as two stories, ${rows.filter((r) => r.splitParts.length === 1).length} not split as one; mean split F1 ${mean.toFixed(4)}`);
}
