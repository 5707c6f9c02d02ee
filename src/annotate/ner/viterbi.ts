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

function logSumExp(values: Float64Array, count: number): number {
  let max = -Infinity;
  for (let i = 0; i < count; i++) if ((values[i] as number) > max) max = values[i] as number;
  if (max === -Infinity) return max;
  let sum = 0;
  for (let i = 0; i < count; i++) sum += Math.exp((values[i] as number) - max);
  return max + Math.log(sum);
}

/**
 * Per-token marginal probability of the given tags, reading the perceptron scores as
 * log-potentials of a linear-chain model (forward-backward). Perceptron scores are not
 * calibrated, so this ranks confidence rather than measuring it.
 */
export function tagMarginals(emissions: Float64Array, n: number, transitions: Float64Array, tags: Int32Array): Float64Array {
  const T = TAG_COUNT;
  const alpha = new Float64Array(n * T);
  const beta = new Float64Array(n * T);
  const tmp = new Float64Array(T);
  for (let t = 0; t < T; t++) alpha[t] = (emissions[t] as number) + (transitions[T * T + t] as number);
  for (let i = 1; i < n; i++) {
    for (let to = 0; to < T; to++) {
      for (let from = 0; from < T; from++) tmp[from] = (alpha[(i - 1) * T + from] as number) + (transitions[from * T + to] as number);
      alpha[i * T + to] = logSumExp(tmp, T) + (emissions[i * T + to] as number);
    }
  }
  for (let i = n - 2; i >= 0; i--) {
    for (let from = 0; from < T; from++) {
      for (let to = 0; to < T; to++) tmp[to] = (transitions[from * T + to] as number) + (emissions[(i + 1) * T + to] as number) + (beta[(i + 1) * T + to] as number);
      beta[i * T + from] = logSumExp(tmp, T);
    }
  }
  for (let t = 0; t < T; t++) tmp[t] = alpha[(n - 1) * T + t] as number;
  const z = logSumExp(tmp, T);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = tags[i] as number;
    out[i] = Math.exp((alpha[i * T + t] as number) + (beta[i * T + t] as number) - z);
  }
  return out;
}
