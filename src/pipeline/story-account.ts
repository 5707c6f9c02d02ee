import type { Queryable } from '../store/db.js';
import type { Account } from '../core/records.js';
import { reconcile } from '../reconcile/index.js';
import { reportViews, storyReportViews } from '../store/report-rows.js';
import { cachedAccount } from '../store/story-rows.js';
import { versionLinksOf } from '../store/version-rows.js';

/**
 * The account of a story: from the cache when no report has changed the story since it was
 * made, else reconciled afresh from the story's reports (with the versions of those an outlet
 * updated, wherever they are stored) and cached. The cache write only lands if the story was
 * not changed meanwhile (its `updated_at` is compared), so a concurrent add never leaves a stale
 * account behind; a new version clears the accounts of both stories involved.
 */
export async function storyAccount(q: Queryable, storyId: string): Promise<Account> {
  const cached = await cachedAccount(q, storyId);
  if (cached) return cached;
  const stamp = await q.query<{ updated_at: string }>('SELECT updated_at::text AS updated_at FROM stories WHERE id = $1', [storyId]);
  const reports = await storyReportViews(q, storyId);
  const links = await versionLinksOf(q, reports.map((r) => r.id));
  const inStory = new Set(reports.map((r) => r.id));
  const elsewhere = await reportViews(q, [...new Set(links.flatMap((l) => [l.report, l.previous]))].filter((id) => !inStory.has(id)));
  const account = reconcile({ id: storyId, reports, versions: { links, elsewhere } });
  await q.query('UPDATE stories SET account = $2 WHERE id = $1 AND updated_at::text = $3', [
    storyId,
    JSON.stringify(account),
    stamp.rows[0]?.updated_at ?? '',
  ]);
  return account;
}
