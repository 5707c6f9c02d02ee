import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import type { Article } from '../../src/core/records.js';
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

/** Invariants every extracted article keeps, checked before comparing goldens. */
export function assertArticleInvariants(a: Article): void {
  assert.equal(a.kind, 'article');
  assert.equal(a.text, a.text.trim(), 'text is trimmed');
  assert.ok(!/\n{3,}/.test(a.text), 'paragraphs are separated by exactly one blank line');
  for (const p of a.text ? a.text.split('\n\n') : []) assert.ok(p.trim().length > 0, 'no empty paragraph');
  assert.ok(!/[\u0000-\u0008\u000B\u000E-\u001F]/.test(a.text), 'no control characters');
  for (const m of a.messages) {
    assert.equal(m.kind, 'message');
    assert.match(m.rule, /^extract\/[a-z-]+$/);
    assert.ok(m.reason.length > 0);
  }
  if (a.published) assert.match(a.published, /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?)?$/);
  if (a.language) assert.match(a.language, /^[a-z]{2}$/);
}

