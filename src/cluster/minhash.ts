import { FNV_OFFSET_BASIS, FNV_PRIME, mix32 } from './hash.js';
import { LSH_ROWS, MAX_SHINGLE_HASHES, MINHASH_SIZE } from './settings.js';

/**
 * Hashes of every run of `size` consecutive words, from the words' hashes (computed once per text
 * by the caller), sorted and unique. A typed array: most hashes are above 2^31, and a plain array
 * would hold each as a heap number; only the few hundred a report keeps (bottomK) become numbers.
 */
export function shingleHashesOf(wordHashes: ArrayLike<number>, size: number): Uint32Array {
  const n = wordHashes.length;
  if (n === 0) return new Uint32Array(0);
  const last = Math.max(0, n - size);
  const all = new Uint32Array(last + 1);
  for (let i = 0; i <= last; i++) {
    let h = FNV_OFFSET_BASIS;
    const end = Math.min(n, i + size);
    for (let j = i; j < end; j++) h = Math.imul(h ^ (wordHashes[j] as number), FNV_PRIME);
    all[i] = mix32(h);
  }
  all.sort();
  // Distinct hashes moved to the front in place.
  let distinct = 1;
  for (let i = 1; i < all.length; i++) if (all[i] !== all[distinct - 1]) all[distinct++] = all[i] as number;
  return all.subarray(0, distinct);
}

/**
 * MinHash signature of a set of 32-bit hashes by one-permutation hashing (Li, Owen and Zhang,
 * 2012): each hash, mixed once, falls in one of MINHASH_SIZE bins by its top bits and the bin
 * keeps its smallest value; an empty bin borrows from the next non-empty one (rotation
 * densification, Shrivastava and Li, 2014), offset by the distance so borrowed values differ.
 * Two sets agree in a bin with probability close to their Jaccard, as with MINHASH_SIZE separate
 * hash functions, at one hash per shingle instead of MINHASH_SIZE.
 */
export function minhashSignature(hashes: ArrayLike<number>): number[] {
  const sig = new Uint32Array(MINHASH_SIZE).fill(EMPTY_BIN);
  for (let i = 0; i < hashes.length; i++) {
    const x = mix32((hashes[i] as number) ^ OPH_SEED);
    const bin = x >>> BIN_SHIFT;
    const v = x & VALUE_MASK;
    if (v < (sig[bin] as number)) sig[bin] = v;
  }
  const out = new Array<number>(MINHASH_SIZE);
  for (let i = 0; i < MINHASH_SIZE; i++) {
    let j = i;
    let distance = 0;
    while ((sig[j] as number) === EMPTY_BIN && distance < MINHASH_SIZE) {
      j = (j + 1) % MINHASH_SIZE;
      distance++;
    }
    out[i] = distance === MINHASH_SIZE ? EMPTY_BIN : ((sig[j] as number) + distance * DENSIFY_OFFSET) >>> 0;
  }
  return out;
}

/** Bits of a mixed hash that pick its bin: log2(MINHASH_SIZE). */
const BIN_BITS = Math.log2(MINHASH_SIZE);
const BIN_SHIFT = 32 - BIN_BITS;
const VALUE_MASK = (1 << BIN_SHIFT) - 1;
/** Above every in-bin value: marks a bin no hash fell in. */
const EMPTY_BIN = 0xffffffff;
/** Added per step when a bin borrows from a later one (beyond any in-bin value). */
const DENSIFY_OFFSET = 1 << BIN_SHIFT;
/** Fixed seed of the one mixing function, so signatures are the same in every process. */
const OPH_SEED = 0x5bd1e995;

/** LSH band keys of a signature (`band:hex`): reports sharing any key are near-duplicate candidates. */
export function lshBands(signature: readonly number[]): string[] {
  const out: string[] = [];
  for (let b = 0; b * LSH_ROWS < signature.length; b++) {
    let h = FNV_OFFSET_BASIS ^ b;
    for (let r = 0; r < LSH_ROWS; r++) h = mix32(h ^ (signature[b * LSH_ROWS + r] ?? 0));
    out.push(`${b}:${h.toString(16)}`);
  }
  return out;
}

/** Share of signature positions two signatures agree on: an estimate of their sets' Jaccard. */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** The smallest `MAX_SHINGLE_HASHES` hashes of a sorted list, as a plain array (features are JSON): a bottom-k sample. */
export function bottomK(sorted: ArrayLike<number>, k = MAX_SHINGLE_HASHES): number[] {
  const n = Math.min(sorted.length, k);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = sorted[i] as number;
  return out;
}

/** How two bottom-k samples compare: estimated Jaccard, containment of the first in the second, hashes shared. */
export interface SampleComparison {
  readonly jaccard: number;
  readonly containment: number;
  readonly shared: number;
}

/**
 * Jaccard and containment (share of `a` found in `b`) of two sets given as sorted bottom-k
 * samples. Only hashes below both samples' ceilings are compared, so truncated samples give
 * unbiased estimates; with untruncated samples the values are exact.
 */
export function compareSamples(a: ArrayLike<number>, b: ArrayLike<number>): SampleComparison {
  const inA = underCeiling(a, b);
  const inB = underCeiling(b, a);
  if (inA === 0 || inB === 0) return NO_OVERLAP;
  // The intersection is merged within the two windows.
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < inA && j < inB) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return sampleComparison(inA, inB, shared);
}

/**
 * How many hashes of sorted sample `a` lie at or below the lower of the two samples' largest
 * (the window compared): all of it when its ceiling is the lower, else a prefix found by binary
 * search. 0 when either sample is empty.
 */
function underCeiling(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const na = a.length;
  const nb = b.length;
  if (na === 0 || nb === 0) return 0;
  const lastA = a[na - 1] as number;
  const lastB = b[nb - 1] as number;
  return lastA <= lastB ? na : countAtMost(a, lastB);
}

/** The comparison of two samples whose windows hold `inA` and `inB` hashes, `shared` of them in both. */
export function sampleComparison(inA: number, inB: number, shared: number): SampleComparison {
  const union = inA + inB - shared;
  return { jaccard: union ? shared / union : 0, containment: inA ? shared / inA : 0, shared };
}

/** Two samples with nothing to compare (one is empty, or has nothing in the window). */
export const NO_OVERLAP: SampleComparison = { jaccard: 0, containment: 0, shared: 0 };

/** How many values of a sorted list are at most `x`. */
export function countAtMost(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
