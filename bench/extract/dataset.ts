import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** One page of an extraction set: id, the raw bytes, the gold text and the page URL. */
export interface DevPage {
  readonly id: string;
  readonly url: string | null;
  readonly truth: string;
  readonly bytes: Uint8Array;
}

/** The shared folder beside the repository (../shared from the package root), whatever dist depth we run from. */
export function sharedDir(): string {
  let dir = fileURLToPath(new URL('.', import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, '..', 'shared');
    dir = join(dir, '..');
  }
  return join(process.cwd(), '..', 'shared');
}

export function defaultDataDir(): string {
  return join(sharedDir(), 'data', 'extraction-dev');
}

export function scorerPath(): string {
  return join(sharedDir(), 'tools', 'score-extraction.mjs');
}

function pageFile(dataDir: string, id: string): string | null {
  for (const name of [`${id}.html.gz`, `${id.padStart(4, '0')}.html.gz`, `${id}.html`, `${id.padStart(4, '0')}.html`]) {
    const p = join(dataDir, 'html', name);
    if (existsSync(p)) return p;
  }
  return null;
}

/** Reads the set: ground-truth.json (id -> {articleBody, url}) and html/<id>.html[.gz]. */
export function loadPages(dataDir: string, truthFile = join(dataDir, 'ground-truth.json')): DevPage[] {
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  const pages: DevPage[] = [];
  for (const [id, t] of Object.entries(truth)) {
    const file = pageFile(dataDir, id);
    const raw = file ? readFileSync(file) : Buffer.alloc(0);
    const bytes = file?.endsWith('.gz') ? gunzipSync(raw) : raw;
    pages.push({ id, url: t.url ?? null, truth: t.articleBody ?? '', bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  }
  return pages;
}

/** sha256 over the set's file names and sizes (and the truth file's size): pins floors to one corpus. */
export function fingerprint(dataDir: string, truthFile = join(dataDir, 'ground-truth.json')): string {
  const h = createHash('sha256');
  const names = readdirSync(join(dataDir, 'html')).sort();
  for (const n of names) h.update(`${n}\t${statSync(join(dataDir, 'html', n)).size}\n`);
  h.update(`truth\t${statSync(truthFile).size}\n`);
  return h.digest('hex');
}
