/**
 * Versions of one article: an outlet that updates a report (same page, changed content) gives a
 * new report linked to the one it replaces. The account counts only the latest version; an
 * outlet correcting itself is one source, not two.
 */
import type { ReportView, VersionLink } from '../core/records.js';

/** The versions of one article, oldest first, with the links between them. */
export interface VersionChain {
  readonly members: readonly ReportView[];
  readonly links: readonly VersionLink[];
}

export interface CurrentVersions {
  /** The story's reports no later version replaces, each derivation re-pointed (see `latestVersions`). */
  readonly current: readonly ReportView[];
  /** For each replaced report, the latest version of its article. */
  readonly latestOf: ReadonlyMap<string, string>;
  /** Every article of the story with more than one version whose versions are known. */
  readonly chains: readonly VersionChain[];
}

/** Links followed from one report before giving up: a chain this long would be a cycle (a bug), not news. */
const MAX_VERSION_HOPS = 1000;

/** What derivation needs of a report: its id and the report it copies. */
type Derivable = Pick<ReportView, 'id' | 'derivedFrom'>;

/** The links of a set of versions, walked both ways. */
function versionGraph(links: readonly VersionLink[]) {
  const previousOf = new Map(links.map((l) => [l.report, l.previous] as const));
  const nextOf = new Map<string, string[]>();
  for (const l of links) nextOf.set(l.previous, [...(nextOf.get(l.previous) ?? []), l.report]);
  const walk = (id: string, step: (at: string) => string | undefined): string => {
    let at = id;
    for (let hops = 0; hops < MAX_VERSION_HOPS; hops++) {
      const next = step(at);
      if (next === undefined || next === id) return at;
      at = next;
    }
    return at;
  };
  // A version replaced twice (two updates of one page seen by two feeds) continues along the later link.
  const latest = (id: string) => walk(id, (at) => nextOf.get(at)?.at(-1));
  const first = (id: string) => walk(id, (at) => previousOf.get(at));
  const chainOf = (id: string): string[] => {
    const order: string[] = [];
    const queue = [first(id)];
    for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
      if (order.includes(at)) continue;
      order.push(at);
      queue.push(...(nextOf.get(at) ?? []));
    }
    return order;
  };
  return { previousOf, nextOf, latest, first, chainOf };
}

/**
 * Each report's derivation as its article's: that of the article's first version (an update of
 * an original is still an original, whatever the clustering saw in its likeness to its own
 * earlier version), pointing to the latest version of the article copied (a report copying an
 * earlier version of another article copies that article). `elsewhere` holds versions other
 * stories hold (an article's first version may be one).
 *
 * @example
 * articleDerivations([{ id: 'v2', derivedFrom: 'v1' }], [{ report: 'v2', previous: 'v1' }], [{ id: 'v1', derivedFrom: null }]).get('v2') // null
 */
export function articleDerivations(reports: readonly Derivable[], links: readonly VersionLink[], elsewhere: readonly Derivable[] = []): Map<string, string | null> {
  const graph = versionGraph(links);
  const known = new Map<string, Derivable>([...elsewhere, ...reports].map((r) => [r.id, r] as const));
  const derivations = new Map<string, string | null>();
  for (const r of reports) {
    const own = new Set(graph.previousOf.has(r.id) || graph.nextOf.has(r.id) ? graph.chainOf(r.id) : [r.id]);
    const origin = known.get(graph.first(r.id)) ?? r;
    const derived = origin.derivedFrom === null ? null : graph.latest(origin.derivedFrom);
    derivations.set(r.id, derived !== null && own.has(derived) ? null : derived);
  }
  return derivations;
}

/**
 * Sorts the story's reports into current and replaced versions. `reports` are the story's;
 * `elsewhere` are versions of their articles held by other stories (for the diffs and to find an
 * article's first version). A report replaced by a later version leaves the account wherever the
 * later version is. A current version's derivation is its article's (`articleDerivations`).
 *
 * @example
 * latestVersions([v1, v2], [{ report: 'v2', previous: 'v1' }], []).current // [v2]
 */
export function latestVersions(reports: readonly ReportView[], links: readonly VersionLink[], elsewhere: readonly ReportView[] = []): CurrentVersions {
  const views = new Map<string, ReportView>([...elsewhere, ...reports].map((r) => [r.id, r] as const));
  const { previousOf, nextOf, latest, chainOf } = versionGraph(links);
  const latestOf = new Map<string, string>();
  for (const id of nextOf.keys()) latestOf.set(id, latest(id));

  const derivations = articleDerivations(reports, links, elsewhere);
  const current = reports
    .filter((r) => !nextOf.has(r.id))
    .map((r) => {
      const derivedFrom = derivations.get(r.id) ?? null;
      return derivedFrom === r.derivedFrom ? r : { ...r, derivedFrom };
    });

  const chains: VersionChain[] = [];
  const seen = new Set<string>();
  for (const r of reports) {
    if (seen.has(r.id) || (!previousOf.has(r.id) && !nextOf.has(r.id))) continue;
    const ids = chainOf(r.id);
    for (const id of ids) seen.add(id);
    const members = ids.flatMap((id) => views.get(id) ?? []);
    const known = new Set(members.map((m) => m.id));
    const chainLinks = links.filter((l) => known.has(l.report) && known.has(l.previous));
    if (members.length > 1) chains.push({ members, links: chainLinks });
  }
  return { current, latestOf, chains };
}
