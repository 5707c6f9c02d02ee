/**
 * Tags sentences with a loaded model: features to weight rows, emission scores, then Viterbi
 * under the IOB2 constraints. Tagging speed comes from memoising feature rows: a word's own and
 * neighbour features are cached per distinct word, and pair features per pair of interned ids,
 * so a feature string is built at most once per distinct word or word pair.
 */
import {
  caseModeOf,
  NEIGHBOUR_OFFSETS,
  neighbourFeatures,
  PAIR_TEMPLATES,
  SENTENCE_END,
  SENTENCE_START,
  wordFeatures,
  wordInfo,
  type CaseMode,
  type WordInfo,
} from './features.js';
import { GazetteerSet } from './gazetteer.js';
import type { NerModel } from './model.js';
import { TAG_COUNT } from './tags.js';
import { constrainTransitions, tagMarginals, viterbi } from './viterbi.js';
import { CONFIDENCE_TEMPERATURE, WORD_CACHE_LIMIT } from './settings.js';

const MODES: readonly CaseMode[] = ['', '|U', '|T'];
/**
 * Interned ids stay below a quarter of this (the caches are cleared before), so ids times the
 * three case modes stay below it and pair keys are unique and fit in 2^53.
 */
const ID_LIMIT = 2 ** 21;

interface CachedWord {
  readonly info: WordInfo;
  /** Interned ids of the lower-cased form and the short shape, for memoised pair features. */
  readonly lowerId: number;
  readonly shapeId: number;
  /** Weight rows of the word's own features. */
  readonly self: Int32Array;
  /** Weight rows of its neighbour features, one array per entry of NEIGHBOUR_OFFSETS. */
  readonly around: readonly Int32Array[];
}

/** A model ready to tag, with its caches. Not shared across threads; cheap to keep. */
export class NerTagger {
  readonly model: NerModel;
  private readonly transitions: Float64Array;
  private readonly gazetteers: GazetteerSet;
  private readonly cache = new Map<string, CachedWord>();
  private readonly ids = new Map<string, number>();
  /** Pair-feature key -> weight row, or -1 when the model has no such feature. */
  private readonly pairRows = new Map<number, number>();
  private emissions = new Float64Array(64 * TAG_COUNT);
  private rowBuffer: number[] = [];

  constructor(model: NerModel) {
    this.model = model;
    this.transitions = constrainTransitions(model.transitions);
    this.gazetteers = new GazetteerSet(model.gazetteers);
  }

  private rowsOf(features: readonly string[]): Int32Array {
    const rows: number[] = [];
    for (const f of features) {
      const r = this.model.featureIndex.get(f);
      if (r !== undefined) rows.push(r);
    }
    return Int32Array.from(rows);
  }

  private idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return id;
  }

  private cached(word: string, mode: CaseMode): CachedWord {
    const key = mode + '\u0000' + word;
    let c = this.cache.get(key);
    if (c) return c;
    if (this.cache.size >= WORD_CACHE_LIMIT || this.ids.size >= ID_LIMIT / 4) {
      this.cache.clear();
      this.ids.clear();
      this.pairRows.clear();
    }
    const info = word === SENTENCE_START.word ? SENTENCE_START : word === SENTENCE_END.word ? SENTENCE_END : wordInfo(word);
    c = {
      info,
      lowerId: this.idOf('l\u0000' + info.lower),
      shapeId: this.idOf('s\u0000' + info.short),
      self: this.rowsOf(wordFeatures(info, mode)),
      around: NEIGHBOUR_OFFSETS.map((off) => this.rowsOf(neighbourFeatures(info, mode, off))),
    };
    this.cache.set(key, c);
    return c;
  }

  /** Key of a pair feature in pairRows: `template` 0..15, `a` and `b` interned ids or small codes. */
  private static pairKey(template: number, a: number, b: number): number {
    return template + 16 * (a + ID_LIMIT * b);
  }

  /** Looks a pair feature string up once and remembers its row (-1: not in the model). */
  private remember(key: number, feature: string): number {
    const r = this.model.featureIndex.get(feature) ?? -1;
    this.pairRows.set(key, r);
    return r;
  }

  private addRows(rows: ArrayLike<number>, base: number): void {
    const w = this.model.weights;
    const e = this.emissions;
    for (let k = 0; k < rows.length; k++) {
      const r = (rows[k] as number) * TAG_COUNT;
      if (r < 0) continue;
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
  tagWithConfidence(words: readonly string[], temperature = CONFIDENCE_TEMPERATURE): { tags: Int32Array; confidence: Float64Array } {
    const n = words.length;
    if (n === 0) return { tags: new Int32Array(0), confidence: new Float64Array(0) };
    this.score(words);
    const tags = viterbi(this.emissions, n, this.transitions);
    return { tags, confidence: tagMarginals(this.emissions.subarray(0, n * TAG_COUNT), n, this.transitions, tags, temperature) };
  }

  /** Fills this.emissions (n x TAG_COUNT) for a non-empty sentence. */
  private score(words: readonly string[]): void {
    const n = words.length;
    const mode = caseModeOf(words);
    const m = MODES.indexOf(mode);
    const cw = words.map((w) => this.cached(w, mode));
    const start = this.cached(SENTENCE_START.word, mode);
    const end = this.cached(SENTENCE_END.word, mode);
    const gz = this.gazetteers;
    const gaz = gz.markIds(cw.map((c) => c.info.lower));
    if (this.emissions.length < n * TAG_COUNT) this.emissions = new Float64Array(n * TAG_COUNT * 2);
    this.emissions.fill(0, 0, n * TAG_COUNT);
    const P = PAIR_TEMPLATES;
    const rows = this.rowBuffer;
    for (let i = 0; i < n; i++) {
      const base = i * TAG_COUNT;
      const cur = cw[i] as CachedWord;
      const prev = i > 0 ? (cw[i - 1] as CachedWord) : start;
      const next = i + 1 < n ? (cw[i + 1] as CachedWord) : end;
      this.addRows(cur.self, base);
      for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
        const j = i + (NEIGHBOUR_OFFSETS[k] as number);
        const nb = j < 0 ? start : j >= n ? end : (cw[j] as CachedWord);
        this.addRows(nb.around[k] as Int32Array, base);
      }
      rows.length = 0;
      // Each row is looked up by numeric key; the feature string is built only on a cache miss.
      const pr = this.pairRows;
      const K = NerTagger.pairKey;
      let k = K(0, prev.lowerId, cur.lowerId);
      rows.push(pr.get(k) ?? this.remember(k, P.lowerPrevCur(prev.info, cur.info)));
      k = K(1, cur.lowerId, next.lowerId);
      rows.push(pr.get(k) ?? this.remember(k, P.lowerCurNext(cur.info, next.info)));
      k = K(2, prev.shapeId * 3 + m, cur.shapeId);
      rows.push(pr.get(k) ?? this.remember(k, P.shapePrevCur(prev.info, cur.info, mode)));
      k = K(3, cur.shapeId * 3 + m, next.shapeId);
      rows.push(pr.get(k) ?? this.remember(k, P.shapeCurNext(cur.info, next.info, mode)));
      if (i === 0) {
        k = K(4, cur.shapeId, m);
        rows.push(pr.get(k) ?? this.remember(k, P.firstShape(cur.info, mode)));
        k = K(5, cur.lowerId, 0);
        rows.push(pr.get(k) ?? this.remember(k, P.firstLower(cur.info)));
      }
      const cap = cur.info.cap;
      if (i > 0) {
        for (const g of gaz[i - 1] as number[]) {
          k = K(10, g, cap ? 1 : 0);
          rows.push(pr.get(k) ?? this.remember(k, P.gazetteerAround(gz.markName(g), -1, cap)));
        }
      }
      if (i + 1 < n) {
        for (const g of gaz[i + 1] as number[]) {
          k = K(11, g, cap ? 1 : 0);
          rows.push(pr.get(k) ?? this.remember(k, P.gazetteerAround(gz.markName(g), 1, cap)));
        }
      }
      for (const g of gaz[i] as number[]) {
        k = K(6, g, 0);
        rows.push(pr.get(k) ?? this.remember(k, P.gazetteer(gz.markName(g))));
        k = K(7, g, (cap ? 3 : 0) + m);
        rows.push(pr.get(k) ?? this.remember(k, P.gazetteerCase(gz.markName(g), cap, mode)));
      }
      this.addRows(rows, base);
    }
  }
}
