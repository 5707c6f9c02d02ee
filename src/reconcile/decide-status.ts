/**
 * A fact's status from its value groups and sources, and the message a dispute raises.
 */
import type { FactStatus, FactValue, Message } from '../core/records.js';

/**
 * `disputed` when sources give values that cannot all be true, else `corroborated` when two or
 * more independent sources carry it, else `single-source`.
 *
 * @example
 * decideStatus(1, 2) // 'corroborated'
 */
export function decideStatus(valueGroups: number, independentSources: number): FactStatus {
  if (valueGroups > 1) return 'disputed';
  return independentSources >= 2 ? 'corroborated' : 'single-source';
}

/** The warning a disputed fact raises, naming each value and its sources. */
export function disputeMessage(factId: string, statement: string, values: readonly FactValue[]): Message {
  const detail = values.map((v) => `${String(v.value)} from ${v.sources.join(', ')}`).join('; ');
  return {
    kind: 'message',
    severity: 'warning',
    rule: 'reconcile/disputed-fact',
    reason: `Sources disagree on fact ${factId} (${statement}): ${detail}.`,
  };
}
