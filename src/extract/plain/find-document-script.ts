import type { Script } from './measure-unit.js';
import type { Unit } from './split-units.js';
import { PROSE_MIN_WORDS } from './settings.js';

/**
 * The script the article is written in: the script of most letters in the page's longer lines
 * (short lines are where foreign UI strings live, so they do not vote unless nothing else does).
 *
 * @example
 * findDocumentScript(splitUnits('عاجل\n\nMinsk freed 123 prisoners on Saturday after two days of talks.')) // 'latin'
 */
export function findDocumentScript(units: readonly Unit[]): Script | null {
  const count = (voters: readonly Unit[]): Script | null => {
    const totals = new Map<Script, number>();
    for (const u of voters) for (const [s, n] of u.metrics.scripts) totals.set(s, (totals.get(s) ?? 0) + n);
    let best: Script | null = null;
    let most = 0;
    for (const [s, n] of totals) {
      if (n > most) {
        most = n;
        best = s;
      }
    }
    return best;
  };
  return count(units.filter((u) => u.metrics.words >= PROSE_MIN_WORDS)) ?? count(units);
}
