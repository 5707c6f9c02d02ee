/**
 * Bounds a hedge allows around a number ("nearly 40" -> 36..40).
 */
import type { Hedge } from '../../core/records.js';
import type { HedgeSide } from './hedge-phrases.js';
import { APPROXIMATE_TOLERANCE, MIN_APPROXIMATE_SLACK, NEARLY_TOLERANCE } from './settings.js';

export interface Bounds {
  readonly low: number;
  readonly high: number;
}

/**
 * Inclusive bounds for `value` under `hedge`. Whole numbers keep whole bounds (a count of people
 * is never 36.4). `tolerance` overrides the approximate tolerance (loose words like "a dozen").
 *
 * @example
 * applyHedge(40, 'approximate', 'below') // { low: 36, high: 40 }
 * applyHedge(5, 'at-least')              // { low: 5, high: Infinity }
 */
export function applyHedge(value: number, hedge: Hedge, side: HedgeSide = 'both', tolerance?: number): Bounds {
  const whole = Number.isInteger(value);
  switch (hedge) {
    case 'exact':
    case 'range':
    case 'vague':
      return { low: value, high: value };
    case 'at-least':
      return { low: value, high: Infinity };
    case 'more-than':
      return { low: whole ? value + 1 : value, high: Infinity };
    case 'at-most':
      return { low: 0, high: value };
    case 'less-than':
      return { low: 0, high: whole ? Math.max(0, value - 1) : value };
    case 'approximate': {
      const fraction = tolerance ?? (side === 'below' ? NEARLY_TOLERANCE : APPROXIMATE_TOLERANCE);
      let slack = value * fraction;
      if (whole) slack = Math.max(MIN_APPROXIMATE_SLACK, Math.round(slack));
      const low = Math.max(0, side === 'above' ? value : value - slack);
      const high = side === 'below' ? value : value + slack;
      return { low, high };
    }
  }
}
