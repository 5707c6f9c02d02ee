import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractHtmlOptions } from '../../src/extract/html/index.js';

/** The package root (the folder holding package.json), found from this compiled file. */
export function packageRoot(): string {
  let dir = fileURLToPath(new URL('.', import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = join(dir, '..');
  }
  return process.cwd();
}

export interface HtmlFixture {
  readonly slug: string;
  readonly dir: string;
  readonly input: Uint8Array;
  readonly options: ExtractHtmlOptions;
}

/** Golden fixtures of the HTML extractor: test/fixtures/extract/html/<slug>/{input.html, options.json, expected.json}. */
export function loadHtmlFixtures(): HtmlFixture[] {
  const root = join(packageRoot(), 'test', 'fixtures', 'extract', 'html');
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(root, d.name);
      const optionsFile = join(dir, 'options.json');
      const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as ExtractHtmlOptions) : {};
      return { slug: d.name, dir, input: new Uint8Array(readFileSync(join(dir, 'input.html'))), options };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}
