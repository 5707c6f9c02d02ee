import type { ClusterFeatures, WordingSamples } from '../cluster/index.js';

/** What a report's samples hold: the MinHash signature and the bottom-k shingle and phrase samples. */
export type ReportSamples = Pick<ClusterFeatures, 'minhash' | 'shingles' | 'phrases'>;

/**
 * Packs a report's samples into bytes for `report_index.samples`: three little-endian uint32
 * lengths, then the three lists as uint32. About 3.5 KB against 9 KB as JSON, and read back
 * without parsing: every placement reads the samples of dozens of earlier reports.
 */
export function encodeSamples(s: ReportSamples): Buffer {
  const n = s.minhash.length + s.shingles.length + s.phrases.length;
  const out = new Uint32Array(HEADER + n);
  out[0] = s.minhash.length;
  out[1] = s.shingles.length;
  out[2] = s.phrases.length;
  out.set(s.minhash, HEADER);
  out.set(s.shingles, HEADER + s.minhash.length);
  out.set(s.phrases, HEADER + s.minhash.length + s.shingles.length);
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}

/** Reads samples packed by {@link encodeSamples}; a malformed value is an error naming the report. */
export function decodeSamples(bytes: Uint8Array, report: string): WordingSamples {
  if (bytes.byteLength < HEADER * 4 || bytes.byteLength % 4 !== 0) throw new Error(`report_index.samples of ${report}: ${bytes.byteLength} bytes is no packed sample (reindex with corroborate reprocess)`);
  // Copy into an aligned buffer: a driver's Buffer may start at any byte offset.
  const words = new Uint32Array(bytes.byteLength / 4);
  new Uint8Array(words.buffer).set(bytes);
  const [a, b, c] = [words[0] as number, words[1] as number, words[2] as number];
  if (HEADER + a + b + c !== words.length) throw new Error(`report_index.samples of ${report}: lengths ${a}+${b}+${c} do not match ${words.length - HEADER} values (reindex with corroborate reprocess)`);
  // Views on the one copy: compared as they are, never turned into arrays.
  const at = (from: number, n: number): Uint32Array => words.subarray(HEADER + from, HEADER + from + n);
  return { minhash: at(0, a), shingles: at(a, b), phrases: at(a + b, c) };
}

/** uint32 words before the lists: their three lengths. */
const HEADER = 3;
