import type { Queryable } from './db.js';

/** A followed feed and its polling state, as `feeds list` shows it. */
export interface FeedRow {
  readonly id: number;
  readonly url: string;
  readonly title: string | null;
  readonly siteUrl: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly lastFetch: string | null;
  readonly status: string;
  readonly lastError: string | null;
  readonly nextDue: string;
  readonly failures: number;
  readonly intervalS: number;
  readonly itemsIngested: number;
}

const COLUMNS = `id, url, title, site_url AS "siteUrl", etag, last_modified AS "lastModified", last_fetch AS "lastFetch", status,
  last_error AS "lastError", next_due AS "nextDue", failures, interval_s AS "intervalS", items_ingested AS "itemsIngested"`;

const toRow = (r: Record<string, unknown>): FeedRow => ({
  ...(r as unknown as FeedRow),
  id: Number(r.id),
  lastFetch: r.lastFetch ? new Date(r.lastFetch as string).toISOString() : null,
  nextDue: new Date(r.nextDue as string).toISOString(),
});

/** Follows a feed; a URL already followed is left as it is (`added` false). */
export async function insertFeed(db: Queryable, feed: { url: string; title?: string | null; siteUrl?: string | null; intervalS: number; now: Date }): Promise<{ feed: FeedRow; added: boolean }> {
  const inserted = await db.query(
    `INSERT INTO feeds (url, title, site_url, interval_s, next_due, added_at) VALUES ($1, $2, $3, $4, $5, $5)
     ON CONFLICT (url) DO NOTHING RETURNING ${COLUMNS}`,
    [feed.url, feed.title ?? null, feed.siteUrl ?? null, feed.intervalS, feed.now.toISOString()],
  );
  if (inserted.rows[0]) return { feed: toRow(inserted.rows[0]), added: true };
  const existing = await db.query(`SELECT ${COLUMNS} FROM feeds WHERE url = $1`, [feed.url]);
  return { feed: toRow(existing.rows[0]!), added: false };
}

export async function listFeedRows(db: Queryable): Promise<FeedRow[]> {
  return (await db.query(`SELECT ${COLUMNS} FROM feeds ORDER BY id`)).rows.map(toRow);
}

/** Feeds whose next poll is due at `now`, most overdue first. */
export async function dueFeedRows(db: Queryable, now: Date): Promise<FeedRow[]> {
  return (await db.query(`SELECT ${COLUMNS} FROM feeds WHERE next_due <= $1 ORDER BY next_due, id`, [now.toISOString()])).rows.map(toRow);
}

/** The earliest next poll of any feed, or null when none is followed. */
export async function nextDueAt(db: Queryable): Promise<Date | null> {
  const r = await db.query<{ at: string | null }>('SELECT min(next_due) AS at FROM feeds');
  return r.rows[0]?.at ? new Date(r.rows[0].at) : null;
}

/** Stops following a feed (by id or URL); its item memory goes with it. */
export async function deleteFeed(db: Queryable, idOrUrl: string): Promise<boolean> {
  const r = /^\d+$/.test(idOrUrl)
    ? await db.query('DELETE FROM feeds WHERE id = $1 RETURNING id', [Number(idOrUrl)])
    : await db.query('DELETE FROM feeds WHERE url = $1 RETURNING id', [idOrUrl]);
  return r.rows.length > 0;
}

/** Records the outcome of one poll. */
export async function updateFeedState(
  db: Queryable,
  id: number,
  state: { status: string; lastError: string | null; lastFetch: Date; nextDue: Date; failures: number; etag?: string | null; lastModified?: string | null; title?: string | null; siteUrl?: string | null; ingested?: number },
): Promise<void> {
  await db.query(
    `UPDATE feeds SET status = $2, last_error = $3, last_fetch = $4, next_due = $5, failures = $6,
       etag = CASE WHEN $7::boolean THEN $8 ELSE etag END,
       last_modified = CASE WHEN $7::boolean THEN $9 ELSE last_modified END,
       title = coalesce($10, title), site_url = coalesce($11, site_url), items_ingested = items_ingested + $12
     WHERE id = $1`,
    [
      id,
      state.status,
      state.lastError,
      state.lastFetch.toISOString(),
      state.nextDue.toISOString(),
      state.failures,
      state.etag !== undefined || state.lastModified !== undefined,
      state.etag ?? null,
      state.lastModified ?? null,
      state.title ?? null,
      state.siteUrl ?? null,
      state.ingested ?? 0,
    ],
  );
}

/** A stored item of a feed: what it became and when its page is next re-checked. */
export interface FeedItemRow {
  readonly feedId: number;
  readonly itemKey: string;
  readonly url: string | null;
  readonly contentSha256: string | null;
  readonly reportId: string | null;
  readonly published: string | null;
  /** The validators its page was last served with, for a conditional re-fetch. */
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly firstSeen: string;
  /** When its page is next fetched again to notice an update the feed does not re-date; null: never. */
  readonly nextCheck: string | null;
  readonly checks: number;
}

const ITEM_COLUMNS = `feed_id AS "feedId", item_key AS "itemKey", url, content_sha256 AS "contentSha256", report_id AS "reportId", published,
  etag, last_modified AS "lastModified", first_seen AS "firstSeen", next_check AS "nextCheck", checks`;

const toItemRow = (r: Record<string, unknown>): FeedItemRow => ({
  ...(r as unknown as FeedItemRow),
  feedId: Number(r.feedId),
  firstSeen: new Date(r.firstSeen as string).toISOString(),
  nextCheck: r.nextCheck ? new Date(r.nextCheck as string).toISOString() : null,
});

/** The stored item with this key or this URL, if the feed gave it before. */
export async function findFeedItem(db: Queryable, feedId: number, key: string, url: string | null): Promise<FeedItemRow | null> {
  const r = await db.query(
    `SELECT ${ITEM_COLUMNS} FROM feed_items
     WHERE feed_id = $1 AND (item_key = $2 OR ($3::text IS NOT NULL AND url = $3)) LIMIT 1`,
    [feedId, key, url],
  );
  return r.rows[0] ? toItemRow(r.rows[0]) : null;
}

/** Items whose page is due for a re-check at `now`, most overdue first, at most `limit`. */
export async function dueRecheckItems(db: Queryable, now: Date, limit: number): Promise<FeedItemRow[]> {
  const r = await db.query(
    `SELECT ${ITEM_COLUMNS} FROM feed_items WHERE next_check <= $1 AND url IS NOT NULL AND report_id IS NOT NULL
     ORDER BY next_check, feed_id, item_key LIMIT $2`,
    [now.toISOString(), limit],
  );
  return r.rows.map(toItemRow);
}

/** Stops re-checking items first seen before `firstSeenBefore` (past the re-check horizon). */
export async function expireRechecks(db: Queryable, firstSeenBefore: Date): Promise<void> {
  await db.query('UPDATE feed_items SET next_check = NULL WHERE next_check IS NOT NULL AND first_seen < $1', [firstSeenBefore.toISOString()]);
}

/** The earliest re-check of any item, or null when none is scheduled. */
export async function nextRecheckDue(db: Queryable): Promise<Date | null> {
  const r = await db.query<{ at: string | null }>('SELECT min(next_check) AS at FROM feed_items');
  return r.rows[0]?.at ? new Date(r.rows[0].at) : null;
}

/**
 * Remembers an item as taken (with the report its page became, the page's validators and its
 * next re-check); taking it again (an update) keeps when it was first seen.
 */
export async function insertFeedItem(
  db: Queryable,
  item: {
    feedId: number; key: string; url: string | null; contentSha256: string | null; reportId: string | null; published: string | null;
    etag?: string | null; lastModified?: string | null; nextCheck?: Date | null; now: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO feed_items (feed_id, item_key, url, content_sha256, report_id, published, first_seen, etag, last_modified, next_check)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (feed_id, item_key) DO UPDATE SET content_sha256 = excluded.content_sha256, report_id = excluded.report_id,
       published = excluded.published, etag = excluded.etag, last_modified = excluded.last_modified, next_check = excluded.next_check`,
    [
      item.feedId, item.key, item.url, item.contentSha256, item.reportId, item.published, item.now.toISOString(),
      item.etag ?? null, item.lastModified ?? null, item.nextCheck ? item.nextCheck.toISOString() : null,
    ],
  );
}

/** Records one re-check of an item's page: when it is next due (null: never) and, when served anew, its validators. */
export async function recordItemCheck(
  db: Queryable,
  item: { feedId: number; key: string; now: Date; nextCheck: Date | null; etag?: string | null; lastModified?: string | null },
): Promise<void> {
  await db.query(
    `UPDATE feed_items SET last_check = $3, next_check = $4, checks = checks + 1,
       etag = CASE WHEN $5::boolean THEN $6 ELSE etag END, last_modified = CASE WHEN $5::boolean THEN $7 ELSE last_modified END
     WHERE feed_id = $1 AND item_key = $2`,
    [
      item.feedId, item.key, item.now.toISOString(), item.nextCheck ? item.nextCheck.toISOString() : null,
      item.etag !== undefined || item.lastModified !== undefined, item.etag ?? null, item.lastModified ?? null,
    ],
  );
}

/** Records that `reportId` is a newer version of `previousId` (same article URL, changed content). */
export async function insertReportVersion(db: Queryable, version: { reportId: string; previousId: string; url: string; now: Date }): Promise<void> {
  await db.query('INSERT INTO report_versions (report_id, previous_id, url, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (report_id) DO NOTHING', [
    version.reportId,
    version.previousId,
    version.url,
    version.now.toISOString(),
  ]);
  // Both stories' accounts change: the old version leaves the account, the new one is marked as its revision.
  await db.query('UPDATE stories SET account = NULL WHERE id IN (SELECT story_id FROM reports WHERE id = $1 OR id = $2)', [version.reportId, version.previousId]);
}

/** Every version of the article a report belongs to, oldest first (the report alone when it has none). */
export async function reportVersionChain(db: Queryable, reportId: string): Promise<Array<{ reportId: string; previousId: string | null }>> {
  const r = await db.query<{ reportId: string; previousId: string | null }>(
    `WITH RECURSIVE back(id) AS (
       SELECT $1::text UNION SELECT v.previous_id FROM report_versions v JOIN back ON v.report_id = back.id
     ), root AS (
       SELECT id FROM back WHERE id NOT IN (SELECT report_id FROM report_versions)
     ), forward(id, previous, depth) AS (
       SELECT id, NULL::text, 0 FROM root
       UNION SELECT v.report_id, v.previous_id, f.depth + 1 FROM report_versions v JOIN forward f ON v.previous_id = f.id
     )
     SELECT id AS "reportId", previous AS "previousId" FROM forward ORDER BY depth`,
    [reportId],
  );
  return r.rows;
}

/** How many item pages are still on the re-check schedule, and how many are due at `now`. */
export async function recheckCounts(db: Queryable, now: Date): Promise<{ scheduled: number; due: number; next: string | null }> {
  const r = await db.query<{ scheduled: number; due: number; next: string | null }>(
    `SELECT count(*)::int AS scheduled, count(*) FILTER (WHERE next_check <= $1)::int AS due, min(next_check) AS next
       FROM feed_items WHERE next_check IS NOT NULL`,
    [now.toISOString()],
  );
  const row = r.rows[0];
  return { scheduled: row?.scheduled ?? 0, due: row?.due ?? 0, next: row?.next ? new Date(row.next).toISOString() : null };
}
