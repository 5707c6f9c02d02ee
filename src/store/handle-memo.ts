import type { Queryable } from './db.js';

/**
 * What a database handle keeps under `key` for its lifetime (shared with its transactions through
 * `memo`), made by `make` on first use; null for a Queryable without a memo. The store's caches
 * (term-stats.ts, samples-cache.ts) live here.
 */
export function handleMemo<T>(q: Queryable, key: symbol, make: () => T): T | null {
  if (!q.memo) return null;
  let value = q.memo.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    q.memo.set(key, value);
  }
  return value;
}
