/**
 * The few error classes Corroborate throws. Content problems are never thrown (they are
 * `Message`s); these are for misuse and infrastructure failures, and each message names the input
 * and the fix.
 */

/** The caller asked for something that cannot work (bad flag, unknown id, malformed input). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** One input of a batch could not be read or processed; the rest of the batch goes on. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    /** The input's path, URL or `stdin`, as the user named it. */
    readonly input: string,
    message: string,
  ) {
    super(`${input}: ${message}`);
  }
}

/** The database could not be opened, migrated or reached. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
}
