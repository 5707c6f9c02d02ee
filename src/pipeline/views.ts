import type { Queryable } from '../store/db.js';
import type { AccountQuote, Fact, Revision, Support } from '../core/records.js';
import { allReportRows, findReport, reportDerivations, storyReportRows, type ReportRow } from '../store/report-rows.js';
import { articleDerivations } from '../reconcile/index.js';
import { findStoryRow, listStoryRows, type StoryRow } from '../store/story-rows.js';
import { storyAccount } from './story-account.js';
import { versionLinksOf } from '../store/version-rows.js';
import { reportVersions, versionPlaces, type ReportVersions } from './report-versions.js';

/**
 * The read side's JSON shapes, shared by the CLI's `--json`, the HTTP API and the web UI, so all
 * three show the same data.
 */

export type StorySummary = StoryRow;

export interface StoryDetail {
  readonly id: string;
  readonly title: string | null;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly independentSources: number;
  readonly reports: ReadonlyArray<{
    id: string; externalId: string | null; title: string | null; outlet: string | null; url: string | null;
    published: string | null; language: string | null; derivedFrom: string | null; derivation: unknown;
    /** The earlier version this report replaces (its outlet updated it), or null. */
    revisionOf: string | null;
    /** The latest version replacing this one (which the account counts instead), or null. */
    revisedBy: string | null;
  }>;
  readonly facts: ReadonlyArray<{
    id: string; kind: Fact['factKind']; statement: string; status: Fact['status']; independentSources: number;
    value: string | number; values: Fact['values']; relations: Fact['relations']; rule: string; support: readonly Support[];
    revised?: Fact['revised'];
  }>;
  readonly entities: ReadonlyArray<{ id: string; name: string; type: string; aliases: readonly string[]; reports: readonly string[]; country?: string }>;
  readonly quotes: ReadonlyArray<{ speaker: string | null; speakerEntity: string | null; text: string; match: AccountQuote['match']; sources: readonly string[]; support: readonly Support[]; diff?: AccountQuote['diff'] }>;
  /** What each updated report of the story changed against its earlier version. */
  readonly revisions: readonly Revision[];
}

/**
 * A report with its text: the stored row less its internal derivation evidence and arrival time,
 * with its place among its article's versions.
 */
export type ReportDetail = Omit<ReportRow, 'derivation' | 'addedAt'> & ReportVersions;

export interface ExportLine {
  readonly id: string;
  readonly externalId: string | null;
  readonly story: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
}

export function listStories(q: Queryable, options: { limit?: number; offset?: number } = {}): Promise<StorySummary[]> {
  return listStoryRows(q, options);
}

/** A story with its reports and its sourced account; null when there is no such story. */
export async function storyDetail(q: Queryable, id: string): Promise<StoryDetail | null> {
  const story = await findStoryRow(q, id);
  if (!story) return null;
  const [rows, account] = await Promise.all([storyReportRows(q, story.id), storyAccount(q, story.id)]);
  const links = await versionLinksOf(q, rows.map((r) => r.id));
  const places = versionPlaces(links);
  const inStory = new Set(rows.map((r) => r.id));
  const derivations = links.length === 0
    ? null
    : articleDerivations(rows, links, await reportDerivations(q, [...places.keys()].filter((id) => !inStory.has(id))));
  return {
    id: story.id,
    title: story.title,
    firstSeen: story.firstSeen,
    lastSeen: story.lastSeen,
    independentSources: story.independentSources,
    reports: rows.map((r) => ({
      id: r.id, externalId: r.externalId, title: r.title, outlet: r.outlet, url: r.url,
      published: r.published, language: r.language, derivedFrom: derivations?.has(r.id) ? derivations.get(r.id)! : r.derivedFrom, derivation: r.derivation,
      revisionOf: places.get(r.id)?.revisionOf ?? null, revisedBy: places.get(r.id)?.revisedBy ?? null,
    })),
    facts: account.facts.map((f) => ({
      id: f.id, kind: f.factKind, statement: f.statement, status: f.status, independentSources: f.independentSources,
      value: f.value, values: f.values, relations: f.relations, rule: f.rule, support: f.support, ...(f.revised ? { revised: f.revised } : {}),
    })),
    entities: account.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, reports: e.reports, ...(e.country ? { country: e.country } : {}) })),
    quotes: account.quotes.map((qt) => ({ speaker: qt.speaker, speakerEntity: qt.speakerEntity, text: qt.text, match: qt.match, sources: qt.sources, support: qt.support, ...(qt.diff ? { diff: qt.diff } : {}) })),
    revisions: account.revisions,
  };
}

export async function reportDetail(q: Queryable, id: string): Promise<ReportDetail | null> {
  const r = await findReport(q, id);
  if (!r) return null;
  const { derivedFrom, ...versions } = await reportVersions(q, r);
  return {
    id: r.id, externalId: r.externalId, title: r.title, outlet: r.outlet, url: r.url, published: r.published, language: r.language, story: r.story,
    derivedFrom, text: r.text, ...versions,
  };
}

export async function* exportLines(q: Queryable): AsyncGenerator<ExportLine> {
  for await (const r of allReportRows(q)) {
    yield { id: r.id, externalId: r.externalId, story: r.story, title: r.title, outlet: r.outlet, published: r.published };
  }
}
