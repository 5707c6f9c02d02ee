/**
 * A hash table from an ASCII word's lower-cased spelling to what is known of it, looked up by
 * the word's position in a text: no substring and no lower-cased copy is made to find a word
 * seen before.
 *
 * Why: the tokenizer meets every word of every report, and nearly all of them were seen before
 * (news repeats its vocabulary). Slicing the word out, lower-casing it and hashing the new string
 * for a Map took about a fifth of the features' time; here the tokenizer hashes the characters as
 * it scans them ({@link FNV_OFFSET}, {@link hashAsciiLower}) and the table compares them in place.
 * Open addressing with linear probing over parallel arrays; emptied when half full, which bounds
 * memory whatever the stream.
 */
export class AsciiWordTable<V> {
  private keys: (string | undefined)[];
  private values: (V | undefined)[];
  private hashes: Int32Array;
  private readonly mask: number;
  private count = 0;

  /** `bits`: log2 of the slots; the table holds up to half as many words. */
  constructor(bits: number) {
    const size = 1 << bits;
    this.mask = size - 1;
    this.keys = new Array<string | undefined>(size);
    this.values = new Array<V | undefined>(size);
    this.hashes = new Int32Array(size);
  }

  /** The entry of the word `text.slice(start, end)` lower-cased, whose {@link hashAsciiLower} is `hash`. */
  find(text: string, start: number, end: number, hash: number): V | undefined {
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const key = this.keys[slot];
      if (key === undefined) return undefined;
      if (this.hashes[slot] === hash && key.length === length && sameLower(text, start, key)) return this.values[slot];
    }
  }

  /** Adds a word (`lower`: its lower-cased spelling, `hash`: {@link hashAsciiLower} of it). */
  add(lower: string, hash: number, value: V): void {
    if (this.count * 2 >= this.mask + 1) this.clear();
    let slot = hash & this.mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.keys[slot] = lower;
    this.values[slot] = value;
    this.hashes[slot] = hash;
    this.count++;
  }

  clear(): void {
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.count = 0;
  }
}

/** FNV-1a's offset basis: the hash of the empty word. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

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
