import { FNV_OFFSET_BASIS, FNV_PRIME } from './hash.js';

/**
 * A hash table from an ASCII word's lower-cased spelling to what is known of it, looked up by
 * the word's position in a text: no substring and no lower-cased copy is made to find a word
 * seen before.
 *
 * Why: the tokenizer meets every word of every report, and nearly all of them were seen before
 * (news repeats its vocabulary). Slicing the word out, lower-casing it and hashing the new string
 * for a Map took about a fifth of the features' time; here the tokenizer hashes the characters as
 * it scans them ({@link FNV_OFFSET}, {@link hashAsciiLower}) and the table compares them in place.
 * Open addressing with linear probing over parallel arrays; emptied when full at its largest,
 * which bounds memory whatever the stream.
 */
export class AsciiWordTable<V> {
  private keys: (string | undefined)[] = [];
  private values: (V | undefined)[] = [];
  /** Each slot's word hash, made non-zero ({@link stored}); 0 marks an empty slot. */
  private hashes = new Int32Array(0);
  private mask = 0;
  private count = 0;

  /**
   * Starts with 2^`minBits` slots and doubles while more are needed, up to 2^`maxBits` (it holds
   * up to half as many words); past that it empties itself. A table sized to the vocabulary in
   * use keeps its hashes in the processor's cache, where most lookups end.
   */
  constructor(
    private readonly minBits: number,
    private readonly maxBits: number,
  ) {
    this.resize(1 << minBits);
  }

  /** The entry of the word `text.slice(start, end)` lower-cased, whose {@link hashAsciiLower} is `hash`. */
  find(text: string, start: number, end: number, hash: number): V | undefined {
    const length = end - start;
    const h = stored(hash);
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.hashes[slot] as number;
      if (at === 0) return undefined;
      if (at !== h) continue;
      const key = this.keys[slot] as string;
      if (key.length === length && sameLower(text, start, key)) return this.values[slot];
    }
  }

  /** Adds a word (`lower`: its lower-cased spelling, `hash`: {@link hashAsciiLower} of it). */
  add(lower: string, hash: number, value: V): void {
    if (this.count * 2 >= this.mask + 1) {
      if (this.mask + 1 < 1 << this.maxBits) this.resize((this.mask + 1) * 2);
      else this.clear();
    }
    this.place(lower, stored(hash), value);
    this.count++;
  }

  clear(): void {
    this.resize(1 << this.minBits);
  }

  private place(lower: string, h: number, value: V): void {
    let slot = h & this.mask;
    while (this.hashes[slot] !== 0) slot = (slot + 1) & this.mask;
    this.keys[slot] = lower;
    this.values[slot] = value;
    this.hashes[slot] = h;
  }

  private resize(size: number): void {
    const { keys, values, hashes } = this;
    this.keys = new Array<string | undefined>(size);
    this.values = new Array<V | undefined>(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
    if (size <= hashes.length) {
      this.count = 0;
      return;
    }
    for (let slot = 0; slot < hashes.length; slot++) if (hashes[slot] !== 0) this.place(keys[slot] as string, hashes[slot] as number, values[slot] as V);
  }
}

/** A hash as a slot keeps it: never 0, which marks an empty slot (the lowest bit set). */
function stored(hash: number): number {
  return hash | 1;
}

/** The hash of the empty word: FNV-1a's offset basis (hash.ts), as a 32-bit integer. */
export const FNV_OFFSET = FNV_OFFSET_BASIS | 0;

/**
 * One step of the lower-cased hash: `h` extended by character code `c` (an ASCII letter or a
 * hyphen; `| 0x20` lower-cases A-Z and leaves a-z and the hyphen as they are).
 */
export function hashAsciiLower(h: number, c: number): number {
  return Math.imul(h ^ (c | LOWER_CASE_BIT), FNV_PRIME);
}

const LOWER_CASE_BIT = 0x20;

function sameLower(text: string, start: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) if ((text.charCodeAt(start + k) | LOWER_CASE_BIT) !== key.charCodeAt(k)) return false;
  return true;
}
