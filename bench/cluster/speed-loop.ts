// One process's clustering speed on the dev stream, for side-by-side comparisons of two builds:
// features of every record, then the memory index's recorded placements and reviews made again,
// each WARMUP times untimed and LOOPS times timed in CPU time. Prints one JSON line {features,
// placements, reviews, decisions, both} in reports per CPU-second (placements and reviews: all of
// the stream's, per report). With --alloc, also the kilobytes allocated per report by features and
// by decisions (V8's sampling heap profiler, counting what the collector has freed too: an
// estimate to some per cent). DIST is a build's dist directory (default: this one's), so an older
// commit built elsewhere (`git worktree add ../old <commit> && cd ../old && npm ci`) runs the
// same loop; alternate the two a few times and compare the pairs' ratios:
//   node dist/bench/cluster/speed-loop.js [DIST] [--alloc]
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Passes over the stream (count) untimed, then timed: enough for the JIT, and a second or so of CPU. */
const WARMUP = 4;
const LOOPS = 12;
/** Passes sampled for --alloc (count), and the profiler's mean bytes between samples: some 10^5 samples. */
const ALLOC_PASSES = 4;
const ALLOC_SAMPLING_BYTES = 1024;

interface Built {
  clusterFeatures: (input: { title: string | null; text: string; published: string | null }) => unknown;
  MemoryIndex: new () => { recorded: { kind: string }[] | null; place: (id: string, features: unknown) => unknown };
  replayDecision: (d: { kind: string }) => unknown;
  benchReportId: (id: string) => string;
  records: { id: string; title: string | null; text: string; published: string | null }[];
}

async function load(dist: string): Promise<Built> {
  const from = (path: string): Promise<Record<string, unknown>> => import(pathToFileURL(join(dist, path)).href) as Promise<Record<string, unknown>>;
  const cluster = await from('src/cluster/index.js');
  const memory = await from('bench/cluster/memory-index.js');
  const bare = await from('bench/cluster/bare-report.js');
  const data = await from('bench/cluster/dev-data.js');
  const readStream = data.readStream as (file: string) => { records: Built['records'] };
  const sharedDir = data.sharedDir as () => string;
  return {
    clusterFeatures: cluster.clusterFeatures as Built['clusterFeatures'],
    MemoryIndex: memory.MemoryIndex as Built['MemoryIndex'],
    replayDecision: memory.replayDecision as Built['replayDecision'],
    benchReportId: bare.benchReportId as Built['benchReportId'],
    records: readStream(join(sharedDir(), data.DEV_STREAM as string)).records,
  };
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--')) ?? join(fileURLToPath(import.meta.url), '..', '..', '..');
const b = await load(dist);
const featuresOf = (): unknown[] => b.records.map((r) => b.clusterFeatures({ title: r.title, text: r.text, published: r.published }));
let features: unknown[] = [];
for (let k = 0; k < WARMUP; k++) features = featuresOf();
const t = cpuSeconds();
for (let k = 0; k < LOOPS; k++) features = featuresOf();
const featureSeconds = cpuSeconds() - t;
const index = new b.MemoryIndex();
index.recorded = [];
b.records.forEach((r, i) => index.place(b.benchReportId(r.id), features[i]));
const recorded = index.recorded;
const replay = (kind: string | null): void => {
  for (const d of recorded) if (kind === null || d.kind === kind) b.replayDecision(d);
};
for (let k = 0; k < WARMUP; k++) replay(null);
const timed = (kind: string): number => {
  const start = cpuSeconds();
  for (let k = 0; k < LOOPS; k++) replay(kind);
  return cpuSeconds() - start;
};
const placementSeconds = timed('placement');
const reviewSeconds = timed('review');
const decisionSeconds = placementSeconds + reviewSeconds;
const n = LOOPS * b.records.length;
const perSecond = (seconds: number): number => Math.round(n / seconds);
const out: Record<string, number> = {
  features: perSecond(featureSeconds),
  placements: perSecond(placementSeconds),
  reviews: perSecond(reviewSeconds),
  decisions: perSecond(decisionSeconds),
  both: perSecond(featureSeconds + decisionSeconds),
};
if (args.includes('--alloc')) {
  out.featureKbPerReport = await allocatedKb(() => void featuresOf());
  out.decisionKbPerReport = await allocatedKb(() => replay(null));
}
console.log(JSON.stringify(out));

/** Kilobytes allocated per report by ALLOC_PASSES runs of `pass` (one pass covers the stream once). */
async function allocatedKb(pass: () => void): Promise<number> {
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', { samplingInterval: ALLOC_SAMPLING_BYTES, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let k = 0; k < ALLOC_PASSES; k++) pass();
  const { profile } = await session.post('HeapProfiler.stopSampling');
  session.disconnect();
  let bytes = 0;
  const walk = (node: { selfSize: number; children: typeof node[] }): void => {
    bytes += node.selfSize;
    node.children.forEach(walk);
  };
  walk(profile.head);
  return Math.round(bytes / 1000 / (ALLOC_PASSES * b.records.length));
}
