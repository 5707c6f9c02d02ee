/**
 * The range of values a hedged amount allows, and whether two amounts can both be true.
 */
import type { Hedge } from '../core/records.js';

export interface Bounds {
  readonly low: number;
  readonly high: number;
}

export interface HedgedAmount {
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly hedge: Hedge;
}

/**
 * The bounds an amount allows. The annotator's own `low`/`high` win; when they are missing or
 * collapsed to the point value for a hedge that implies a range, the hedge decides: "about N"
 * spreads by `approximateTolerance`, "at least N" is open above, "hundreds" spans 100 to 999.
 *
 * @example
 * boundsOf({ value: 100, low: 100, high: 100, hedge: 'at-least' }, 0.1) // { low: 100, high: Infinity }
 */
export function boundsOf(amount: HedgedAmount, approximateTolerance: number): Bounds {
  const { value, hedge } = amount;
  const low = Number.isFinite(amount.low) || amount.low === -Infinity ? amount.low : value;
  const high = Number.isNaN(amount.high) ? value : amount.high;
  const collapsed = low === value && high === value;
  if (!collapsed || hedge === 'exact' || hedge === 'range') {
    return { low: Math.min(low, value), high: Math.max(high, value) };
  }
  switch (hedge) {
    case 'approximate': {
      const spread = Math.max(1, Math.round(value * approximateTolerance));
      return { low: value - spread, high: value + spread };
    }
    case 'at-least':
      return { low: value, high: Infinity };
    case 'more-than':
      return { low: value + (Number.isInteger(value) ? 1 : 0), high: Infinity };
    case 'at-most':
      return { low: 0, high: value };
    case 'less-than':
      return { low: 0, high: value - (Number.isInteger(value) ? 1 : 0) };
    case 'vague':
      return { low: value, high: value * 10 - 1 };
    default:
      return { low: value, high: value };
  }
}

/** True when the two ranges share at least one value: both amounts can be true at once. */
export function doBoundsAgree(a: Bounds, b: Bounds): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** The values both ranges allow, or null when they share none. */
export function intersectBounds(a: Bounds, b: Bounds): Bounds | null {
  const low = Math.max(a.low, b.low);
  const high = Math.min(a.high, b.high);
  return low <= high ? { low, high } : null;
}
