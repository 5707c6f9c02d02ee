import { isAllowedTransition, TAG_COUNT } from './tags.js';

const FORBIDDEN = -1e30;

/** Transition matrix with the IOB2-forbidden moves (`O -> I-X`, `B-X -> I-Y`) set to -infinity. */
export function constrainTransitions(transitions: ArrayLike<number>): Float64Array {
  const out = new Float64Array(transitions.length);
  for (let from = -1; from < TAG_COUNT; from++) {
    const row = from < 0 ? TAG_COUNT : from;
    for (let to = 0; to < TAG_COUNT; to++) {
      out[row * TAG_COUNT + to] = isAllowedTransition(from, to) ? (transitions[row * TAG_COUNT + to] ?? 0) : FORBIDDEN;
    }
  }
  return out;
}

/**
 * Best tag sequence under emission scores (n x TAG_COUNT, row-major) plus first-order
 * transition scores ((TAG_COUNT + 1) x TAG_COUNT, last row = start).
 */
export function viterbi(emissions: Float64Array, n: number, transitions: Float64Array, out: Int32Array = new Int32Array(n)): Int32Array {
  const T = TAG_COUNT;
  if (n === 0) return out;
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) score[t] = (emissions[t] ?? 0) + (transitions[T * T + t] ?? 0);
  for (let i = 1; i < n; i++) {
    const base = i * T;
    const prevBase = base - T;
    for (let to = 0; to < T; to++) {
      let best = -Infinity;
      let arg = 0;
      for (let from = 0; from < T; from++) {
        const s = (score[prevBase + from] as number) + (transitions[from * T + to] as number);
        if (s > best) {
          best = s;
          arg = from;
        }
      }
      score[base + to] = best + (emissions[base + to] as number);
      back[base + to] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) {
    const s = score[last + t] as number;
    if (s > best) {
      best = s;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg] as number;
  }
  return out;
}

/**
 * Per-token marginal probability of the given tags, reading the perceptron scores divided by
 * `temperature` as log-potentials of a linear-chain model (forward-backward). Perceptron scores
 * are not probabilities; the temperature is fitted on held-out data (see settings.ts). Runs in
 * probability space with per-position normalisation, so it needs one exp per score, not per path.
 */
export function tagMarginals(emissions: Float64Array, n: number, transitions: Float64Array, tags: Int32Array, temperature = 1): Float64Array {
  const T = TAG_COUNT;
  const trans = new Float64Array(T * T);
  const start = new Float64Array(T);
  for (let i = 0; i < T * T; i++) trans[i] = Math.exp((transitions[i] as number) / temperature);
  for (let t = 0; t < T; t++) start[t] = Math.exp((transitions[T * T + t] as number) / temperature);
  // Emission potentials, each position scaled by its own maximum (the scale cancels out).
  const emit = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let t = 0; t < T; t++) max = Math.max(max, emissions[i * T + t] as number);
    for (let t = 0; t < T; t++) emit[i * T + t] = Math.exp(((emissions[i * T + t] as number) - max) / temperature);
  }
  const alpha = new Float64Array(n * T);
  const beta = new Float64Array(n * T);
  let z = 0;
  for (let t = 0; t < T; t++) z += alpha[t] = (start[t] as number) * (emit[t] as number);
  for (let t = 0; t < T; t++) alpha[t] = (alpha[t] as number) / z;
  for (let i = 1; i < n; i++) {
    z = 0;
    for (let to = 0; to < T; to++) {
      let sum = 0;
      for (let from = 0; from < T; from++) sum += (alpha[(i - 1) * T + from] as number) * (trans[from * T + to] as number);
      z += alpha[i * T + to] = sum * (emit[i * T + to] as number);
    }
    for (let t = 0; t < T; t++) alpha[i * T + t] = (alpha[i * T + t] as number) / z;
  }
  for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = 1;
  for (let i = n - 2; i >= 0; i--) {
    z = 0;
    for (let from = 0; from < T; from++) {
      let sum = 0;
      for (let to = 0; to < T; to++) sum += (trans[from * T + to] as number) * (emit[(i + 1) * T + to] as number) * (beta[(i + 1) * T + to] as number);
      z += beta[i * T + from] = sum;
    }
    for (let t = 0; t < T; t++) beta[i * T + t] = (beta[i * T + t] as number) / z;
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let t = 0; t < T; t++) norm += (alpha[i * T + t] as number) * (beta[i * T + t] as number);
    const t = tags[i] as number;
    out[i] = ((alpha[i * T + t] as number) * (beta[i * T + t] as number)) / norm;
  }
  return out;
}
