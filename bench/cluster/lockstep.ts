// Lockstep check of the memory index against the store: streams the dev file (or FILE) through
// both side by side (compare-with-store.ts) and prints where they first part, if they do.
//   node dist/bench/cluster/lockstep.js [FILE] [SEED]   (SEED > 0: the bench's seeded shuffle of the stream)
import { join } from 'node:path';
import { DEV_STREAM, readStream, sharedDir, streamOrder } from './dev-data.js';
import { compareWithStore } from './compare-with-store.js';

const stream = readStream(process.argv[2] || join(sharedDir(), DEV_STREAM)).records;
const seed = Number(process.argv[3] ?? 0);
const records = streamOrder(stream.length, seed).map((k) => stream[k]!);
const c = await compareWithStore(records);
const figures = c.figures ? `report ${c.figures.at} (${c.figures.id}): store ${c.figures.store}, memory ${c.figures.memory}` : 'none';
if (c.partition) {
  console.log(`diverged at report ${c.partition.at} (${c.partition.id}); first decision whose figures differ: ${figures}`);
  console.log('store decision', JSON.stringify(c.partition.store).slice(0, 1500));
  console.log('memory decision', JSON.stringify(c.partition.memory).slice(0, 1500));
} else console.log(`store and memory agree on every one of ${records.length} reports (order ${seed}); first decision whose figures differ: ${figures}`);
