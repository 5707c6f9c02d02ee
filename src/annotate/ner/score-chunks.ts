/**
 * conlleval-style exact-chunk scoring: a predicted chunk counts when its start, end and label all
 * equal a gold chunk's. Labels outside `labels` are dropped from gold and prediction alike.
 */
import { chunksOf } from './tags.js';

export interface ChunkCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ChunkScore extends ChunkCounts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface ChunkReport {
  readonly byLabel: Readonly<Record<string, ChunkScore>>;
  readonly micro: ChunkScore;
}

function finish(c: ChunkCounts): ChunkScore {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/**
 * Scores predicted tag sequences against gold ones.
 *
 * @example
 * scoreChunks([['B-PER', 'I-PER']], [['B-PER', 'O']], ['PER']).micro.f1 // 0
 */
export function scoreChunks(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[], labels: readonly string[]): ChunkReport {
  const counts = new Map<string, ChunkCounts>(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  for (let s = 0; s < gold.length; s++) {
    const g = chunksOf(gold[s] ?? []).filter((c) => counts.has(c.label));
    const p = chunksOf(pred[s] ?? []).filter((c) => counts.has(c.label));
    const key = (c: { start: number; end: number; label: string }): string => `${c.start}:${c.end}:${c.label}`;
    const goldKeys = new Set(g.map(key));
    const predKeys = new Set(p.map(key));
    for (const c of p) (counts.get(c.label) as ChunkCounts)[goldKeys.has(key(c)) ? 'tp' : 'fp']++;
    for (const c of g) if (!predKeys.has(key(c))) (counts.get(c.label) as ChunkCounts).fn++;
  }
  const byLabel: Record<string, ChunkScore> = {};
  const total: ChunkCounts = { tp: 0, fp: 0, fn: 0 };
  for (const [label, c] of counts) {
    byLabel[label] = finish(c);
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return { byLabel, micro: finish(total) };
}
