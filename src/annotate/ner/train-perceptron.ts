/**
 * Training of the averaged structured perceptron (Collins 2002): decode each training sentence
 * with Viterbi under the current weights, and where the best path differs from the gold one,
 * add the gold path's features and subtract the predicted path's. The returned weights are the
 * average over all updates (kept cheaply as w - u / c), which generalises far better than the
 * last weights. Sentence order is shuffled each epoch with a seeded generator, so training is
 * deterministic.
 */
import { TAG_COUNT } from './tags.js';
import { constrainTransitions, viterbi } from './viterbi.js';
import { seededRandom } from '../../core/seeded-random.js';

/** A training sentence as feature ids: token i's features are ids[offsets[i] .. offsets[i+1]). */
export interface EncodedSentence {
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
  readonly gold: Int32Array;
}

export interface TrainOptions {
  readonly featureCount: number;
  readonly epochs: number;
  readonly seed: number;
  /** Called after each epoch with the epoch number and the share of tokens mistagged in it. */
  readonly onEpoch?: (epoch: number, errorRate: number) => void;
}

export interface TrainedWeights {
  readonly weights: Float32Array;
  readonly transitions: Float32Array;
}

export { seededRandom } from '../../core/seeded-random.js';

export function trainPerceptron(data: readonly EncodedSentence[], options: TrainOptions): TrainedWeights {
  const T = TAG_COUNT;
  // Float64: the averaging sums grow to (updates x sentences) and need the precision.
  const w = new Float64Array(options.featureCount * T);
  const u = new Float64Array(options.featureCount * T);
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  let c = 1;
  const random = seededRandom(options.seed);
  const order = data.map((_, i) => i);
  let emissions = new Float64Array(256 * T);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const tmp = order[i] as number;
      order[i] = order[j] as number;
      order[j] = tmp;
    }
    let errors = 0;
    let tokens = 0;
    for (const index of order) {
      const s = data[index] as EncodedSentence;
      const n = s.gold.length;
      tokens += n;
      if (emissions.length < n * T) emissions = new Float64Array(n * T * 2);
      emissions.fill(0, 0, n * T);
      for (let i = 0; i < n; i++) {
        const base = i * T;
        for (let k = s.offsets[i] as number; k < (s.offsets[i + 1] as number); k++) {
          const r = (s.ids[k] as number) * T;
          for (let t = 0; t < T; t++) emissions[base + t] = (emissions[base + t] as number) + (w[r + t] as number);
        }
      }
      const pred = viterbi(emissions, n, constrainTransitions(tw));
      for (let i = 0; i < n; i++) {
        const g = s.gold[i] as number;
        const p = pred[i] as number;
        const gPrev = i === 0 ? T : (s.gold[i - 1] as number);
        const pPrev = i === 0 ? T : (pred[i - 1] as number);
        if (g !== p) {
          errors++;
          for (let k = s.offsets[i] as number; k < (s.offsets[i + 1] as number); k++) {
            const r = (s.ids[k] as number) * T;
            w[r + g] = (w[r + g] as number) + 1;
            u[r + g] = (u[r + g] as number) + c;
            w[r + p] = (w[r + p] as number) - 1;
            u[r + p] = (u[r + p] as number) - c;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          tw[gPrev * T + g] = (tw[gPrev * T + g] as number) + 1;
          tu[gPrev * T + g] = (tu[gPrev * T + g] as number) + c;
          tw[pPrev * T + p] = (tw[pPrev * T + p] as number) - 1;
          tu[pPrev * T + p] = (tu[pPrev * T + p] as number) - c;
        }
      }
      c++;
    }
    options.onEpoch?.(epoch, errors / Math.max(1, tokens));
  }
  const weights = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) weights[i] = (w[i] as number) - (u[i] as number) / c;
  const transitions = new Float32Array(tw.length);
  for (let i = 0; i < tw.length; i++) transitions[i] = (tw[i] as number) - (tu[i] as number) / c;
  return { weights, transitions };
}
