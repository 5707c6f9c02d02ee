import type { Queryable } from '../store/db.js';
import type { Revision } from '../core/records.js';
import { articleDerivations, diffVersions, latestVersions, DEFAULT_SETTINGS } from '../reconcile/index.js';
import { reportViews } from '../store/report-rows.js';
import { versionLinksOf, type VersionRow } from '../store/version-rows.js';

/** Where a report stands among the versions of its article. */
export interface ReportVersions {
  /** The earlier version this one replaces, or null for a first version. */
  readonly revisionOf: string | null;
  /** The latest version, when a later one replaces this; null when this is the latest. */
  readonly revisedBy: string | null;
  /** What this version changed against the one it replaces (null for a first version). */
  readonly revision: Revision | null;
}

/** No versions: a report as most are. */
const NO_VERSIONS: ReportVersions = { revisionOf: null, revisedBy: null, revision: null };

/** For each report among `links`, the version it replaces and the latest version replacing it. */
export function versionPlaces(links: readonly VersionRow[]): Map<string, Omit<ReportVersions, 'revision'>> {
  const { latestOf } = latestVersions([], links);
  const places = new Map<string, Omit<ReportVersions, 'revision'>>();
  for (const id of new Set(links.flatMap((l) => [l.report, l.previous]))) {
    places.set(id, { revisionOf: links.find((l) => l.report === id)?.previous ?? null, revisedBy: latestOf.get(id) ?? null });
  }
  return places;
}

/**
 * A report's place among its article's versions and, for an update, what it changed: the same
 * diff the story account shows (its article's versions reconciled as sources of their own); and
 * its derivation as its article's (`articleDerivations`: an update is no copy of its own earlier
 * version).
 *
 * @example
 * (await reportVersions(db, { id: 'r2', derivedFrom: 'r1' })).revision?.changes[0]?.statement // 'people killed: 12 → 15'
 */
export async function reportVersions(q: Queryable, report: { readonly id: string; readonly derivedFrom: string | null }): Promise<ReportVersions & { derivedFrom: string | null }> {
  const links = await versionLinksOf(q, [report.id]);
  if (links.length === 0) return { ...NO_VERSIONS, derivedFrom: report.derivedFrom };
  const views = await reportViews(q, [...new Set(links.flatMap((l) => [l.report, l.previous]))]);
  const { chains } = latestVersions(views, links);
  const chain = chains.find((c) => c.members.some((m) => m.id === report.id));
  const revision = chain ? diffVersions(chain, report.id, DEFAULT_SETTINGS).revisions.find((r) => r.report === report.id) ?? null : null;
  const derivedFrom = articleDerivations(views, links).get(report.id) ?? null;
  return { ...(versionPlaces(links).get(report.id) ?? NO_VERSIONS), revision, derivedFrom };
}
