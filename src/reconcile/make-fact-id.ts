/**
 * Stable fact ids: the same story and the same alignment key give the same id on every run.
 */
import { createHash } from 'node:crypto';
import { FACT_ID_HASH_LENGTH } from './settings.js';

/**
 * `f_` and a short SHA-1 of the story id and the fact's alignment key.
 *
 * @example
 * makeFactId('story-1', 'quantity|free|prisoner') // 'f_' + 12 hex characters
 */
export function makeFactId(storyId: string, key: string): string {
  const hash = createHash('sha1').update(`${storyId}\n${key}`).digest('hex');
  return `f_${hash.slice(0, FACT_ID_HASH_LENGTH)}`;
}

/** Hands out fact ids, disambiguating keys that repeat so ids stay unique within a story. */
export function createFactIdMaker(storyId: string): (key: string) => string {
  const used = new Map<string, number>();
  return (key) => {
    const count = (used.get(key) ?? 0) + 1;
    used.set(key, count);
    return makeFactId(storyId, count === 1 ? key : `${key}#${count}`);
  };
}
