import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from '../core/errors.js';

const LOCK_FILE = 'corroborate.lock';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is one PostgreSQL backend in this process: two processes on one data directory would
 * corrupt it. A lock file holding our pid keeps a second process out; a lock left by a process
 * that no longer exists (kill -9) is taken over.
 */
export function lockDataDir(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(path);
        } catch {
          // already gone: nothing to release
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isFinite(holder) && holder !== process.pid && processAlive(holder)) {
        throw new StoreError(
          `database directory ${dir} is in use by process ${holder}; stop it, or point --db at another directory`,
        );
      }
      unlinkSync(path);
    }
  }
  throw new StoreError(`could not lock database directory ${dir}: remove ${path} if no Corroborate process is running`);
}
