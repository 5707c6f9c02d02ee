import { countAtMost, NO_OVERLAP, sampleComparison, type SampleComparison } from './minhash.js';
import { MAX_SHINGLE_HASHES } from './settings.js';

/**
 * One report's bottom-k sample held in a hash table, to compare it with many earlier reports'
 * samples: each comparison looks the other sample's hashes up instead of merging the two sorted
 * lists. Gives exactly what {@link compareSamples} gives (the hashes of a sample are distinct).
 *
 * Why: a placement compares the new report's two samples with a score of earlier reports', and
 * the merge's branch on which list is behind goes either way at random (hashes), so it ran at a
 * few nanoseconds a step; a lookup first tests one bit of a sparse filter, which nearly always
 * says "absent" and so is nearly always predicted right.
 *
 * Open addressing with linear probing; a slot holds its hash plus one (hashes are 32-bit
 * unsigned, so the sum is exact in a double), 0 marks it empty. The slot is the hash's low bits:
 * hashes are mixed (minhash.ts), so those are as good as any.
 */
export class SampleTable {
  /** One bit per FILTER_BITS-bit hash suffix, set for the held hashes': most lookups stop here. */
  private readonly filter = new Int32Array(FILTER_WORDS);
  private slots: Float64Array;
  /** Slots in use, minus one. */
  private mask: number;
  private sample: ArrayLike<number> = EMPTY;

  /** `capacity`: the longest sample expected (hashes); a longer one grows the table. */
  constructor(capacity = MAX_SHINGLE_HASHES) {
    this.slots = new Float64Array(tableSize(capacity));
    this.mask = 0;
  }

  /** Holds `sample` (sorted, distinct hashes) from now on, in place of the one held before. */
  hold(sample: ArrayLike<number>): this {
    // Only as many slots as this sample needs are used (and cleared): most samples are short.
    const size = tableSize(sample.length);
    if (size > this.slots.length) this.slots = new Float64Array(size);
    else this.slots.fill(0, 0, size);
    this.mask = size - 1;
    this.filter.fill(0);
    const { slots, mask, filter } = this;
    for (let k = 0; k < sample.length; k++) {
      const x = sample[k] as number;
      const word = (x >>> 5) & FILTER_WORD_MASK;
      filter[word] = (filter[word] as number) | (1 << (x & 31));
      let slot = x & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = x + 1;
    }
    this.sample = sample;
    return this;
  }

  /**
   * Jaccard and containment (share of the held sample found in `other`), counting only hashes
   * below both samples' ceilings, as {@link compareSamples}(held, other) does.
   */
  compare(other: ArrayLike<number>): SampleComparison {
    const a = this.sample;
    const na = a.length;
    const nb = other.length;
    if (na === 0 || nb === 0) return NO_OVERLAP;
    // Both windows end at the lower of the two samples' largest hashes (as underCeiling in minhash.ts).
    const lastA = a[na - 1] as number;
    const lastB = other[nb - 1] as number;
    const inA = lastA <= lastB ? na : countAtMost(a, lastB);
    const inB = lastB <= lastA ? nb : countAtMost(other, lastA);
    // A hash of `other`'s window found in the table is one of the held sample's window too: the
    // same hash, so at or below the same ceiling.
    const { slots, mask, filter } = this;
    let shared = 0;
    for (let k = 0; k < inB; k++) {
      const y = other[k] as number;
      if (((filter[(y >>> 5) & FILTER_WORD_MASK] as number) & (1 << (y & 31))) === 0) continue;
      const stored = y + 1;
      for (let slot = y & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
        if (slots[slot] === stored) {
          shared++;
          break;
        }
      }
    }
    return sampleComparison(inA, inB, shared);
  }
}

/**
 * Bits of a hash that pick its filter bit: 2^14 bits (2 KB) hold a 400-hash sample at 2.5% set,
 * so the branch on the bit nearly always goes the same way, where the table alone (up to a
 * quarter full) sends a lookup to a second test that often; the filter made placements 10-20%
 * faster in paired runs (bench/cluster/README.md).
 */
const FILTER_BITS = 14;
const FILTER_WORDS = (1 << FILTER_BITS) >>> 5;
const FILTER_WORD_MASK = FILTER_WORDS - 1;

/** Slots per held hash, at least (count): a table at most a quarter full keeps probe runs short. */
const SLOTS_PER_HASH = 4;

/** A power of two with at least SLOTS_PER_HASH slots per hash of a `count`-hash sample. */
function tableSize(count: number): number {
  let size = 1;
  while (size < count * SLOTS_PER_HASH) size *= 2;
  return size;
}

const EMPTY: readonly number[] = [];
