import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'corroborate';

/**
 * The directory of the `corroborate` package, found by walking up from `fromUrl` (this module's
 * own URL by default) to the first package.json named "corroborate"; so it works from
 * `dist/src/...`, from another outDir and from node_modules.
 */
export function findPackageRoot(fromUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(fromUrl));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        const parsed = JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown };
        if (parsed.name === PACKAGE_NAME) return dir;
      } catch {
        // An unreadable package.json on the way up is not ours: keep walking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json named "${PACKAGE_NAME}" above ${fromUrl}: run from inside the corroborate package`);
    dir = parent;
  }
}
