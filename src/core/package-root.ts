import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The directory of the installed `corroborate` package (where `models/` and `samples/` live),
 * found by walking up from this module: works from `dist/src/...`, from another outDir, and from
 * `node_modules/corroborate`.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'corroborate') return (cached = dir);
      } catch {
        // unreadable manifest: keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the corroborate package root above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}
