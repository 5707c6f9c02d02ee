// One process's clustering speed on the dev stream, for side-by-side comparisons of two builds:
// features of every record, then the memory index's recorded decisions made again, each WARMUP
// times untimed and LOOPS times timed in CPU time. Prints one JSON line {features, decisions,
// both} in reports per CPU-second. DIST is a build's dist directory (default: this one's), so
// an older commit built elsewhere (`git worktree add ../old <commit> && cd ../old && npm ci`)
// runs the same loop; alternate the two a few times and compare the pairs' ratios:
//   node dist/bench/cluster/speed-loop.js [DIST]
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Passes over the stream (count) untimed, then timed: enough for the JIT, and a second or so of CPU. */
const WARMUP = 4;
const LOOPS = 12;

interface Built {
  clusterFeatures: (input: { title: string | null; text: string; published: string | null }) => unknown;
  MemoryIndex: new () => { recorded: unknown[] | null; place: (id: string, features: unknown) => unknown };
  replayDecision: (d: unknown) => unknown;
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

const dist = process.argv[2] ?? join(fileURLToPath(import.meta.url), '..', '..', '..');
const b = await load(dist);
const featuresOf = (): unknown[] => b.records.map((r) => b.clusterFeatures({ title: r.title, text: r.text, published: r.published }));
let features: unknown[] = [];
for (let k = 0; k < WARMUP; k++) features = featuresOf();
let t = cpuSeconds();
for (let k = 0; k < LOOPS; k++) features = featuresOf();
const featureSeconds = cpuSeconds() - t;
const index = new b.MemoryIndex();
index.recorded = [];
b.records.forEach((r, i) => index.place(b.benchReportId(r.id), features[i]));
const recorded = index.recorded;
for (let k = 0; k < WARMUP; k++) for (const d of recorded) b.replayDecision(d);
t = cpuSeconds();
for (let k = 0; k < LOOPS; k++) for (const d of recorded) b.replayDecision(d);
const decisionSeconds = cpuSeconds() - t;
const n = LOOPS * b.records.length;
console.log(JSON.stringify({ features: Math.round(n / featureSeconds), decisions: Math.round(n / decisionSeconds), both: Math.round(n / (featureSeconds + decisionSeconds)) }));
