import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/core/records.js';
import { extractHtml } from '../../src/extract/html/index.js';
import { assertArticleInvariants, loadHtmlFixtures } from '../../bench/extract/fixtures.js';

for (const f of loadHtmlFixtures()) {
  test(`golden: ${f.slug}`, () => {
    const actual = extractHtml(f.input, f.options);
    assertArticleInvariants(actual);
    const expected = JSON.parse(readFileSync(join(f.dir, 'expected.json'), 'utf8')) as Article;
    assert.deepEqual(actual, expected);
  });
}

test('fixtures: furniture stays out of the text', () => {
  const bySlug = new Map(loadHtmlFixtures().map((f) => [f.slug, extractHtml(f.input, f.options)]));
  const news = bySlug.get('news-json-ld')!;
  for (const junk of ['cookies', 'Related stories', 'Share on social', 'All rights reserved', 'Photo: staff', 'Sport']) {
    assert.ok(!news.text.includes(junk), `news text leaks "${junk}"`);
  }
  assert.equal(news.title, 'Harbour bridge reopens after six-month repair');
  assert.equal(news.byline, 'Mara Quill and Tobias Wren');
  assert.equal(news.published?.slice(0, 10), '2025-03-04');
  assert.equal(news.outlet, 'The Coastal Ledger');
  assert.equal(news.language, 'en');
  assert.equal(news.canonicalUrl, 'https://ledger.example/news/harbour-bridge-reopens');

  const blog = bySlug.get('blog-table-list')!;
  for (const junk of ['thoughts on this post', 'Recent posts', 'Share this', 'seasonal planting guide']) {
    assert.ok(!blog.text.includes(junk), `blog text leaks "${junk}"`);
  }
  assert.ok(blog.text.includes('200 litres | $75 | Most back gardens'), 'table rows are paragraphs with cells joined');
  assert.ok(blog.text.includes('2. Fit a diverter'), 'ordered lists keep their numbers');

  const ru = bySlug.get('windows-1251')!;
  assert.ok(ru.text.startsWith('В субботу в центре города'), 'windows-1251 bytes are decoded');
  assert.equal(ru.language, 'ru');
  assert.equal(ru.published, '2024-09-12');

  const index = bySlug.get('non-article')!;
  assert.ok(index.messages.some((m) => m.rule === 'extract/not-an-article' && m.severity === 'warning'));

  const notes = bySlug.get('dateline-and-url')!;
  assert.equal(notes.published, '2025-07-14');
  assert.ok(notes.text.includes('Counting took place'));
  assert.ok(!notes.text.includes('cookies'), 'display:none content is dropped');
});
