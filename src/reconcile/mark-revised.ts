/**
 * Facts of an account whose value an outlet revised: the account counts the latest version of a
 * report; where an earlier version gave another value, the fact says so (`revised`), so a
 * correction reads as a correction, not as a second source disagreeing.
 */
import type { Fact, Support } from '../core/records.js';
import { revisedValue, valueIn, type VersionHistory } from './diff-versions.js';

const sameSpan = (a: Support, b: Support) => a.report === b.report && a.start === b.start && a.end === b.end;

/** The earlier value a latest version's words replaced, if any: the nearest earlier version that gave another. */
function revisionOf(fact: Fact, history: VersionHistory, words: Support): Fact['revised'] | null {
  const previousOf = new Map(history.chain.links.map((l) => [l.report, l.previous] as const));
  for (const candidate of history.account.facts) {
    if (candidate.factKind !== fact.factKind) continue;
    const now = valueIn(candidate, words.report);
    // The same words, read as the same value: the same fact (two facts may cite one sentence).
    if (!now || !now.support.some((s) => sameSpan(s, words)) || !fact.values.some((v) => v.value === now.value && v.support.some((s) => sameSpan(s, words)))) continue;
    const seen = new Set<string>([words.report]);
    for (let at = previousOf.get(words.report); at !== undefined && !seen.has(at); at = previousOf.get(at)) {
      seen.add(at);
      const then = valueIn(candidate, at);
      if (!then) break;
      if (then !== now) return { report: words.report, previous: at, from: revisedValue(then, at), rule: 'reconcile/revised-value' };
    }
    return null;
  }
  return null;
}

/**
 * Marks each fact resting on the words of a revised report's latest version whose value an
 * earlier version of that report gave differently.
 *
 * @example
 * markRevised(account.facts, histories).find((f) => f.revised)?.revised?.from.value // 12
 */
export function markRevised(facts: readonly Fact[], histories: readonly VersionHistory[]): Fact[] {
  const historyOf = new Map<string, VersionHistory>();
  for (const h of histories) for (const m of h.chain.members) historyOf.set(m.id, h);
  if (historyOf.size === 0) return [...facts];
  return facts.map((fact) => {
    for (const words of fact.support) {
      const history = historyOf.get(words.report);
      const revised = history ? revisionOf(fact, history, words) : null;
      if (revised) return { ...fact, revised };
    }
    return fact;
  });
}
