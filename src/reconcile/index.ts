/**
 * The reconcile stage: the reports of one story in, one sourced account out. Pure and
 * deterministic: no clock, no randomness; fact ids come from the story id and each fact's
 * alignment key.
 */
import type { Account, ReportView, VersionLink } from '../core/records.js';
import { reconcileReports } from './reconcile-reports.js';
import { latestVersions } from './latest-versions.js';
import { diffVersions } from './diff-versions.js';
import { markRevised } from './mark-revised.js';
import { DEFAULT_SETTINGS, type ReconcileSettings } from './settings.js';

export type { ReconcileSettings } from './settings.js';
export { DEFAULT_SETTINGS } from './settings.js';
export { groupSources } from './group-sources.js';
export { entityIdOf, normaliseName } from './merge-entities.js';
export { latestVersions, articleDerivations, type CurrentVersions, type VersionChain } from './latest-versions.js';
export { diffVersions, type VersionHistory } from './diff-versions.js';

/** A story as reconcile sees it: its id (seed of the fact ids) and its reports. */
export interface StoryInput {
  readonly id: string;
  readonly reports: readonly ReportView[];
  /**
   * Versions of the story's reports (`report_versions`): each link says `report` replaces
   * `previous`. `elsewhere` holds versions of their articles that other stories hold.
   */
  readonly versions?: { readonly links: readonly VersionLink[]; readonly elsewhere?: readonly ReportView[] };
}

export interface ReconcileOptions {
  /** Overrides of the stage's thresholds (see `settings.ts`), for tests and benches. */
  readonly settings?: Partial<ReconcileSettings>;
}

/**
 * Reconciles the reports of one story into one account: story entities, story quotes, and facts
 * (quantities, dates, quotes, statements) aligned across reports, each corroborated, single-source
 * or disputed, counted by independent sources (a report copied or rewritten from another counts
 * with its origin), and traced to the sentences of each report it rests on.
 *
 * A report an outlet updated counts once, as its latest version: earlier versions leave the
 * account; the account's `revisions` say what each version changed, and a fact whose value the
 * latest version revised carries `revised` (the earlier value, with its words).
 *
 * @example
 * const account = reconcile({ id: 'story-1', reports: [reportA, reportB] });
 * account.facts.find((f) => f.factKind === 'quantity')?.statement // '123 political prisoners freed on 2025-12-13'
 */
export function reconcile(story: StoryInput, options: ReconcileOptions = {}): Account {
  if (typeof story?.id !== 'string' || !Array.isArray(story.reports)) {
    throw new TypeError('reconcile(story): expected { id: string, reports: ReportView[] }; pass the story id and its report views.');
  }
  const settings: ReconcileSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const links = story.versions?.links ?? [];
  if (links.length === 0) return { ...reconcileReports(story.id, story.reports, settings), revisions: [] };
  const { current, chains } = latestVersions(story.reports, links, story.versions?.elsewhere ?? []);
  const account = reconcileReports(story.id, current, settings);
  const histories = chains.map((chain) => diffVersions(chain, story.id, settings));
  return { ...account, facts: markRevised(account.facts, histories), revisions: histories.flatMap((h) => h.revisions) };
}
