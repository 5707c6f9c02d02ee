import { hashString, mix32 } from './hash.js';
import { LSH_ROWS, MAX_SHINGLE_HASHES, MINHASH_SIZE } from './settings.js';

// Fixed multipliers (odd) and offsets, one pair per hash function, derived from the index: the
// same text always gives the same signature, in every process and on every machine.
const MULTIPLIERS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => mix32(0x9e3779b9 + i * 0x632be5ab) | 1);
const OFFSETS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => mix32(0x7f4a7c15 + i * 0x2545f491));

/** Hashes of every run of `size` consecutive words, sorted and unique. */
export function shingleHashes(words: readonly string[], size: number): number[] {
  return shingleHashesOf(words.map(hashString), size);
}

/** {@link shingleHashes} from the words' own hashes (computed once per text by the caller). */
export function shingleHashesOf(wordHashes: ArrayLike<number>, size: number): number[] {
  const n = wordHashes.length;
  if (n === 0) return [];
  const last = Math.max(0, n - size);
  const all = new Uint32Array(last + 1);
  for (let i = 0; i <= last; i++) {
    let h = 0x811c9dc5;
    const end = Math.min(n, i + size);
    for (let j = i; j < end; j++) h = Math.imul(h ^ (wordHashes[j] as number), 0x01000193);
    all[i] = mix32(h);
  }
  all.sort();
  const out: number[] = [];
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) out.push(all[i] as number);
  return out;
}

/** MinHash signature of a set of 32-bit hashes: per hash function, the smallest value. */
export function minhashSignature(hashes: readonly number[]): number[] {
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const h of hashes) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const v = (Math.imul(h, MULTIPLIERS[i] as number) + (OFFSETS[i] as number)) >>> 0;
      if (v < (sig[i] as number)) sig[i] = v;
    }
  }
  return Array.from(sig);
}

/** LSH band keys of a signature (`band:hex`): reports sharing any key are near-duplicate candidates. */
export function lshBands(signature: readonly number[]): string[] {
  const out: string[] = [];
  for (let b = 0; b * LSH_ROWS < signature.length; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < LSH_ROWS; r++) h = mix32(h ^ (signature[b * LSH_ROWS + r] ?? 0));
    out.push(`${b}:${h.toString(16)}`);
  }
  return out;
}

/** Share of signature positions two signatures agree on: an estimate of their sets' Jaccard. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** Keeps the smallest `MAX_SHINGLE_HASHES` hashes of a sorted list: a bottom-k sample. */
export function bottomK(sorted: readonly number[], k = MAX_SHINGLE_HASHES): number[] {
  return sorted.slice(0, k);
}

/**
 * Jaccard and containment (share of `a` found in `b`) of two sets given as sorted bottom-k
 * samples. Only hashes below both samples' ceilings are compared, so truncated samples give
 * unbiased estimates; with untruncated samples the values are exact.
 */
export function compareSamples(a: readonly number[], b: readonly number[]): { jaccard: number; containment: number; shared: number } {
  if (a.length === 0 || b.length === 0) return { jaccard: 0, containment: 0, shared: 0 };
  const ceiling = Math.min(a[a.length - 1] as number, b[b.length - 1] as number);
  let i = 0;
  let j = 0;
  let inA = 0;
  let inB = 0;
  let shared = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Infinity;
    const y = j < b.length ? (b[j] as number) : Infinity;
    if (x > ceiling && y > ceiling) break;
    if (x === y) {
      shared++;
      inA++;
      inB++;
      i++;
      j++;
    } else if (x < y) {
      inA++;
      i++;
    } else {
      inB++;
      j++;
    }
  }
  const union = inA + inB - shared;
  return { jaccard: union ? shared / union : 0, containment: inA ? shared / inA : 0, shared };
}
