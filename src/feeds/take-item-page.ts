import { insertFeedItem, insertReportVersion, recordItemCheck, type FeedItemRow } from '../store/feed-rows.js';
import { addSources, extractSource, type AddOutcome } from '../pipeline/index.js';
import { findReport } from '../store/report-rows.js';
import { splitInput } from '../ingest/split-input.js';
import { FetchError } from '../fetch/index.js';
import { describeFailure } from './describe-failure.js';
import { nextRecheckAt } from './recheck-schedule.js';
import type { PollRound } from './poll-round.js';

/** An item as the feed gave it (or as stored, for a re-check). */
export interface ItemToTake {
  readonly feedId: number;
  readonly key: string;
  readonly url: string | null;
  readonly published: string | null;
}

/**
 * Why the page is fetched: a `new` item; a known item the feed `re-dated`; or a `re-check` of a
 * known item on its schedule (the feed said nothing).
 */
export type TakeReason = 'new' | 're-dated' | 're-check';

export type TakeOutcome = AddOutcome['kind'] | 'skipped' | 'unchanged';

/**
 * Fetches an item's article page and ingests it. A known item's page is fetched conditionally
 * (its stored ETag / Last-Modified): a 304 or the same content is `unchanged`; changed content
 * becomes a new report linked to the one it replaces in `report_versions` (both kept). Every
 * outcome but a failed new item is remembered with the page's validators and the item's next
 * re-check (`nextRecheckAt`); a failed new item is retried at the next poll, a failed re-check
 * at its next slot.
 */
export async function takeItemPage(round: PollRound, item: ItemToTake, reason: TakeReason, previous?: FeedItemRow): Promise<TakeOutcome> {
  const { db, summary } = round;
  const now = round.now();
  const firstSeen = previous ? new Date(previous.firstSeen) : now;
  const nextCheck = nextRecheckAt(firstSeen, now, round.recheckHorizonS);
  const remember = (fields: { url: string | null; sha: string | null; report: string | null; etag?: string | null; lastModified?: string | null }) =>
    round.withDb(async () => {
      await insertFeedItem(db, {
        feedId: item.feedId, key: item.key, url: fields.url, contentSha256: fields.sha, reportId: fields.report, published: item.published,
        etag: fields.etag ?? null, lastModified: fields.lastModified ?? null, nextCheck: fields.url ? nextCheck : null, now,
      });
      if (reason === 're-check') await recordItemCheck(db, { feedId: item.feedId, key: item.key, now, nextCheck });
    });
  if (!item.url) {
    // Nothing to fetch: remember it so it is not looked at again.
    await remember({ url: null, sha: null, report: null });
    return 'skipped';
  }
  const url = item.url;
  const started = Date.now();
  const noticed = reason === 're-check' ? 're-checked' : reason;
  round.countHost(url);
  if (reason === 're-check') summary.rechecked++;
  let outcome: AddOutcome;
  let sha: string | null = null;
  let validators: { etag: string | null; lastModified: string | null } = { etag: null, lastModified: null };
  try {
    const page = await round.fetcher.fetch(url, previous ? { etag: previous.etag, lastModified: previous.lastModified } : {});
    if (page.status === 304 && previous) {
      await remember({ url, sha: previous.contentSha256, report: previous.reportId, etag: page.etag ?? previous.etag, lastModified: page.lastModified ?? previous.lastModified });
      round.log('page', '304', url, `${noticed}: not modified`, started);
      return 'unchanged';
    }
    validators = { etag: page.etag, lastModified: page.lastModified };
    const sources = splitInput(page.url, page.bytes, { url: page.url, contentType: page.contentType ?? 'text/html', fetchedAt: round.now().toISOString() });
    sha = sources.find((s) => s.kind === 'report-source')?.sha256 ?? null;
    if (previous && sha === previous.contentSha256) {
      await remember({ url, sha, report: previous.reportId, ...validators });
      round.log('page', String(page.status), url, `${noticed} but unchanged`, started);
      return 'unchanged';
    }
    if (previous?.reportId && (await sameArticle(round, sources, previous.reportId))) {
      // Pages change around their articles (a clock, an ad, a token): that is no new version.
      await remember({ url, sha, report: previous.reportId, ...validators });
      round.log('page', String(page.status), url, `${noticed}: the page changed, its article did not`, started);
      return 'unchanged';
    }
    outcome = (await round.withDb(() => addSources(db, sources, { now: round.now })))[0] ?? { kind: 'failed', name: url, reason: 'no report in the page' };
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    outcome = { kind: 'failed', name: url, reason: describeFailure(error, url) };
  }
  if (outcome.kind === 'failed') {
    summary.itemFailures++;
    if (reason === 're-check') await round.withDb(() => recordItemCheck(db, { feedId: item.feedId, key: item.key, now, nextCheck }));
    round.log('page', 'ERR', url, `failed: ${outcome.reason} (${reason === 're-check' ? `next re-check ${nextCheck?.toISOString() ?? 'none'}` : 'retried next poll'})`, started);
    return 'failed';
  }
  if (outcome.kind === 'added') summary.ingested++;
  else summary.present++;
  const report = outcome.report;
  const replaced = previous?.reportId && outcome.kind === 'added' && previous.reportId !== report ? previous.reportId : null;
  if (replaced) {
    summary.updated++;
    await round.withDb(() => insertReportVersion(db, { reportId: report, previousId: replaced, url, now }));
  }
  await remember({ url, sha, report, ...validators });
  round.log('page', '200', url, replaced ? `updated (${noticed}): new version ${report} of report ${replaced}` : `${outcome.kind === 'added' ? 'added' : 'already stored'} as report ${report}`, started);
  return outcome.kind;
}

/** True when the fetched page's article (title and text, as extracted) is the stored report's. */
async function sameArticle(round: PollRound, sources: ReturnType<typeof splitInput>, reportId: string): Promise<boolean> {
  const source = sources.find((s) => s.kind === 'report-source');
  if (!source || source.kind !== 'report-source') return false;
  const stored = await round.withDb(() => findReport(round.db, reportId));
  if (!stored) return false;
  const article = extractSource(source);
  return article.text === stored.text && (article.title ?? null) === (stored.title ?? null);
}
