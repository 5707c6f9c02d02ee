/**
 * Tags sentences with a loaded model: features to weight rows (with the per-word parts cached),
 * emission scores, then Viterbi under the IOB2 constraints.
 */
import {
  caseModeOf,
  gazetteerMarks,
  NEIGHBOUR_OFFSETS,
  neighbourFeatures,
  neighbourInfo,
  pairFeatures,
  wordFeatures,
  wordInfo,
  type CaseMode,
  type WordInfo,
} from './features.js';
import type { NerModel } from './model.js';
import { TAG_COUNT } from './tags.js';
import { constrainTransitions, tagMarginals, viterbi } from './viterbi.js';
import { WORD_CACHE_LIMIT } from './settings.js';

interface CachedWord {
  readonly info: WordInfo;
  /** Weight rows of the word's own features. */
  readonly self: Int32Array;
  /** Weight rows of its neighbour features, one array per entry of NEIGHBOUR_OFFSETS. */
  readonly around: readonly Int32Array[];
}

/** A model ready to tag, with its word cache. Not shared across threads; cheap to keep. */
export class NerTagger {
  readonly model: NerModel;
  private readonly transitions: Float64Array;
  private readonly cache = new Map<string, CachedWord>();
  private emissions = new Float64Array(64 * TAG_COUNT);

  constructor(model: NerModel) {
    this.model = model;
    this.transitions = constrainTransitions(model.transitions);
  }

  private rowsOf(features: readonly string[]): Int32Array {
    const rows: number[] = [];
    for (const f of features) {
      const r = this.model.featureIndex.get(f);
      if (r !== undefined) rows.push(r);
    }
    return Int32Array.from(rows);
  }

  private cached(word: string, mode: CaseMode): CachedWord {
    const key = mode + '\u0000' + word;
    let c = this.cache.get(key);
    if (c) return c;
    if (this.cache.size >= WORD_CACHE_LIMIT) this.cache.clear();
    const info = wordInfo(word);
    c = {
      info,
      self: this.rowsOf(wordFeatures(info, mode)),
      around: NEIGHBOUR_OFFSETS.map((off) => this.rowsOf(neighbourFeatures(info, mode, off))),
    };
    this.cache.set(key, c);
    return c;
  }

  private boundary(info: WordInfo, mode: CaseMode): CachedWord {
    return this.cached(info.word, mode);
  }

  private addRows(rows: ArrayLike<number>, base: number): void {
    const w = this.model.weights;
    const e = this.emissions;
    for (let k = 0; k < rows.length; k++) {
      const r = (rows[k] as number) * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) e[base + t] = (e[base + t] as number) + (w[r + t] as number);
    }
  }

  /** Tag indices (into TAGS) for one sentence of words. */
  tagWords(words: readonly string[]): Int32Array {
    const n = words.length;
    if (n === 0) return new Int32Array(0);
    this.score(words);
    return viterbi(this.emissions, n, this.transitions);
  }

  /** Tag indices plus, per token, the marginal probability of its tag (see tagMarginals). */
  tagWithConfidence(words: readonly string[]): { tags: Int32Array; confidence: Float64Array } {
    const n = words.length;
    if (n === 0) return { tags: new Int32Array(0), confidence: new Float64Array(0) };
    this.score(words);
    const tags = viterbi(this.emissions, n, this.transitions);
    return { tags, confidence: tagMarginals(this.emissions, n, this.transitions, tags) };
  }

  /** Fills this.emissions (n x TAG_COUNT) for a non-empty sentence. */
  private score(words: readonly string[]): void {
    const n = words.length;
    const mode = caseModeOf(words);
    const cachedWords = words.map((w) => this.cached(w, mode));
    const infos = cachedWords.map((c) => c.info);
    const gaz = gazetteerMarks(this.model.gazetteers, infos);
    if (this.emissions.length < n * TAG_COUNT) this.emissions = new Float64Array(n * TAG_COUNT * 2);
    this.emissions.fill(0, 0, n * TAG_COUNT);
    for (let i = 0; i < n; i++) {
      const base = i * TAG_COUNT;
      this.addRows((cachedWords[i] as CachedWord).self, base);
      for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
        const off = NEIGHBOUR_OFFSETS[k] as number;
        const j = i + off;
        const nb = j >= 0 && j < n ? (cachedWords[j] as CachedWord) : this.boundary(neighbourInfo(infos, i, off), mode);
        this.addRows(nb.around[k] as Int32Array, base);
      }
      this.addRows(this.rowsOf(pairFeatures(infos, i, mode, gaz[i] ?? [])), base);
    }
  }
}
