/**
 * Rewrites expected.json beside every HTML fixture from the current extractor, for review with
 * `git diff test/fixtures/extract/html` before committing:
 *
 *   npx tsc -p tsconfig.json && node dist/bench/extract/regenerate-fixtures.js
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHtml } from '../../src/extract/html/index.js';
import { loadHtmlFixtures } from './fixtures.js';

for (const f of loadHtmlFixtures()) {
  const article = extractHtml(f.input, f.options);
  writeFileSync(join(f.dir, 'expected.json'), JSON.stringify(article, null, 2) + '\n');
  console.log(`${f.slug}: ${article.text.length} chars, title ${JSON.stringify(article.title)}`);
}
