/**
 * The extraction metric of shared/tools/score-extraction.mjs, reimplemented in-process so the
 * regression test can score without spawning: token 4-gram multisets, per-page normalised
 * tp/fp/fn, precision and recall averaged over pages, F1 of the means. The bench checks that this
 * reimplementation and the shared scorer agree on every run.
 */

const WORD = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string | null | undefined): string[] {
  return text ? (String(text).match(WORD) ?? []) : [];
}

function shingleCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last && tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalised [tp, fp, fn] of one page. */
export function pageCounts(truth: string, pred: string, n = 4): [number, number, number] {
  const t = shingleCounts(tokenize(truth), n);
  const p = shingleCounts(tokenize(pred), n);
  let tp = 0, fp = 0, fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (t.get(k) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

export interface PageScore {
  readonly id: string;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number;
}

/** Per-page precision/recall (null where undefined, as the scorer leaves such pages out of the mean). */
export function scorePage(id: string, truth: string, pred: string): PageScore {
  const [tp, fp, fn] = pageCounts(truth, pred);
  const perfect = fp === 0 && fn === 0;
  const precision = tp + fp > 0 ? (perfect ? 1 : tp / (tp + fp)) : null;
  const recall = tp + fn > 0 ? (perfect ? 1 : tp / (tp + fn)) : null;
  const p = precision ?? 0, r = recall ?? 0;
  return { id, precision, recall, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

export interface SetScore {
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  readonly pages: readonly PageScore[];
}

/** Scores predictions (id -> text) against truth (id -> text), pages missing from predictions scored as empty. */
export function scoreSet(truth: ReadonlyMap<string, string>, pred: ReadonlyMap<string, string>): SetScore {
  const pages = [...truth].map(([id, t]) => scorePage(id, t, pred.get(id) ?? ''));
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  const precision = mean(pages.filter((p) => p.precision !== null).map((p) => p.precision!));
  const recall = mean(pages.filter((p) => p.recall !== null).map((p) => p.recall!));
  return { f1: (2 * precision * recall) / (precision + recall), precision, recall, pages };
}
