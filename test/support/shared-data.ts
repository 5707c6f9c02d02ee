import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestContext } from 'node:test';
import { packageRoot } from '../../src/core/package-root.js';

/** The team's shared folder of real documents, beside the repository (`../shared`). */
export function sharedDir(): string {
  return resolve(process.env.CORROBORATE_SHARED ?? join(packageRoot(), '..', 'shared'));
}

/**
 * The path of something in the shared folder; when it is missing the test is skipped with a
 * clear message on a laptop, and fails in CI, where nothing may be skipped.
 */
export function sharedPath(t: TestContext, ...parts: string[]): string | null {
  const path = join(sharedDir(), ...parts);
  if (existsSync(path)) return path;
  const message = `${path} is missing: this test reads real documents from ../shared beside the repository`;
  if (process.env.CI) throw new Error(`${message} (CI=true: nothing may be skipped)`);
  t.skip(message);
  return null;
}
