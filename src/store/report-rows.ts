import type { Queryable } from './db.js';
import type { Annotations, Article, ReportView } from '../core/records.js';
import { isoUtc } from './sql-time.js';

/** A stored report as the read side sees it. */
export interface ReportRow {
  readonly id: string;
  readonly externalId: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly language: string | null;
  readonly story: string | null;
  readonly derivedFrom: string | null;
  readonly derivation: unknown;
  readonly text: string;
  readonly addedAt: string;
}

const LISTED_COLUMNS = `id, external_id, title, outlet, url, published, language, story_id, derived_from, derivation,
  ${isoUtc('added_at')} AS added_at`;
const REPORT_COLUMNS = `${LISTED_COLUMNS}, text`;

interface RawRow {
  id: string;
  external_id: string | null;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  story_id: string | null;
  derived_from: string | null;
  derivation: unknown;
  text: string;
  added_at: string;
}

/** A report as a story lists it: everything but its text. */
export type ListedReportRow = Omit<ReportRow, 'text'>;

function toListedRow(r: Omit<RawRow, 'text'>): ListedReportRow {
  return {
    id: r.id,
    externalId: r.external_id,
    title: r.title,
    outlet: r.outlet,
    url: r.url,
    published: r.published,
    language: r.language,
    story: r.story_id,
    derivedFrom: r.derived_from,
    derivation: r.derivation,
    addedAt: r.added_at,
  };
}

function toReportRow(r: RawRow): ReportRow {
  return { ...toListedRow(r), text: r.text };
}

/** A report by its id, or else by the external id it was given (the first such). */
export async function findReport(q: Queryable, idOrExternal: string): Promise<ReportRow | null> {
  const byId = await q.query<RawRow>(`SELECT ${REPORT_COLUMNS} FROM reports WHERE id = $1`, [idOrExternal]);
  const row = byId.rows[0] ?? (await q.query<RawRow>(`SELECT ${REPORT_COLUMNS} FROM reports WHERE external_id = $1 ORDER BY seq LIMIT 1`, [idOrExternal])).rows[0];
  return row ? toReportRow(row) : null;
}

/**
 * The reports of a story, oldest first (by publish date, then by arrival), without their texts:
 * a story's report list shows none, and a story may hold many long reports.
 */
export async function storyReportRows(q: Queryable, storyId: string): Promise<ListedReportRow[]> {
  const result = await q.query<Omit<RawRow, 'text'>>(
    `SELECT ${LISTED_COLUMNS} FROM reports WHERE story_id = $1 ORDER BY published_at NULLS LAST, seq`,
    [storyId],
  );
  return result.rows.map(toListedRow);
}

const VIEW_COLUMNS = 'id, external_id, url, outlet, published, text, article, annotations, derived_from';

interface RawView {
  id: string; external_id: string | null; url: string | null; outlet: string | null; published: string | null;
  text: string; article: Omit<Article, 'text'>; annotations: Annotations; derived_from: string | null;
}

const toView = (r: RawView): ReportView => ({
  id: r.id,
  externalId: r.external_id,
  url: r.url,
  outlet: r.outlet,
  published: r.published,
  article: { ...parseJson(r.article), text: r.text },
  annotations: parseJson(r.annotations),
  derivedFrom: r.derived_from,
});

/** The reports of a story as the pure stages see them (article, annotations, derivation). */
export async function storyReportViews(q: Queryable, storyId: string): Promise<ReportView[]> {
  const result = await q.query<RawView>(`SELECT ${VIEW_COLUMNS} FROM reports WHERE story_id = $1 ORDER BY published_at NULLS LAST, seq`, [storyId]);
  return result.rows.map(toView);
}

/** Reports by id as the pure stages see them, in arrival order (ids not stored are left out). */
export async function reportViews(q: Queryable, ids: readonly string[]): Promise<ReportView[]> {
  if (ids.length === 0) return [];
  const result = await q.query<RawView>(`SELECT ${VIEW_COLUMNS} FROM reports WHERE id = ANY($1::text[]) ORDER BY seq`, [[...ids]]);
  return result.rows.map(toView);
}

/** Reports by id with only what derivation needs: the report each copies. */
export async function reportDerivations(q: Queryable, ids: readonly string[]): Promise<Array<{ id: string; derivedFrom: string | null }>> {
  if (ids.length === 0) return [];
  const result = await q.query<{ id: string; derived_from: string | null }>('SELECT id, derived_from FROM reports WHERE id = ANY($1::text[])', [[...ids]]);
  return result.rows.map((r) => ({ id: r.id, derivedFrom: r.derived_from }));
}

/** Every report in arrival order, for export. Pages through the table to bound memory. */
export async function* allReportRows(q: Queryable, pageSize = 500): AsyncGenerator<ReportRow> {
  let after = 0;
  for (;;) {
    const page = await q.query<RawRow & { seq: string | number }>(
      `SELECT ${REPORT_COLUMNS}, seq::text AS seq FROM reports WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [after, pageSize],
    );
    for (const row of page.rows) yield toReportRow(row);
    const last = page.rows.at(-1);
    if (!last || page.rows.length < pageSize) return;
    after = Number(last.seq);
  }
}

/** jsonb comes back parsed from both drivers; a string means it was stored as text. */
export function parseJson<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}
