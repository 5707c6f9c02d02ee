import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../../src/extract/html/index.js';
import { dateFromUrl, normaliseDate } from '../../src/extract/html/extract-dates.js';
import { stripSiteName } from '../../src/extract/html/extract-title.js';

const BODY = '<p>The committee met again on Thursday, and members said the talks had been long, detailed and, in the end, productive.</p>'.repeat(4);

test('normaliseDate keeps the stated local day and offset', () => {
  assert.equal(normaliseDate('2025-12-13T01:30:00+03:00'), '2025-12-13T01:30:00+03:00');
  assert.equal(normaliseDate('2025-12-13T01:30:00.000Z'), '2025-12-13T01:30:00Z');
  assert.equal(normaliseDate('2025-12-13 09:05'), '2025-12-13T09:05:00');
  assert.equal(normaliseDate('20251213'), '2025-12-13');
  assert.equal(normaliseDate('Published: December 13, 2025 at 10:32 am'), '2025-12-13');
  assert.equal(normaliseDate('13.12.2025'), '2025-12-13');
  assert.equal(normaliseDate('13. Dezember 2025'), '2025-12-13');
  assert.equal(normaliseDate('Dec 13'), null, 'no year stated, no date');
  assert.equal(normaliseDate('not a date'), null);
});

test('dateFromUrl reads /yyyy/mm/dd/ and compact forms only', () => {
  assert.equal(dateFromUrl('https://x.example/news/2025/12/13/belarus-frees-prisoners'), '2025-12-13');
  assert.equal(dateFromUrl('https://x.example/2025-12-13-belarus'), '2025-12-13');
  assert.equal(dateFromUrl('https://x.example/20251213/belarus'), '2025-12-13');
  assert.equal(dateFromUrl('https://x.example/products/1234567890'), null);
  assert.equal(dateFromUrl('https://x.example/2025/12/belarus'), null);
});

test('a published date after fetchedAt is never taken', () => {
  const html = `<html><head><meta property="article:published_time" content="2031-01-01T00:00:00Z"></head><body>${BODY}</body></html>`;
  const a = extractHtml(html, { url: 'https://x.example/2025/06/02/story', fetchedAt: '2025-06-03T00:00:00Z' });
  assert.equal(a.published, '2025-06-02');
  const b = extractHtml(html, { fetchedAt: '2025-06-03T00:00:00Z' });
  assert.equal(b.published, null);
});

test('stripSiteName cuts the outlet, and only short trailing segments otherwise', () => {
  assert.equal(stripSiteName('Bridge reopens after repair | The Coastal Ledger', 'The Coastal Ledger'), 'Bridge reopens after repair');
  assert.equal(stripSiteName('BBC News - Bridge reopens after repair', 'BBC News'), 'Bridge reopens after repair');
  assert.equal(stripSiteName('Bridge reopens after repair - Ledger', null), 'Bridge reopens after repair');
  assert.equal(stripSiteName('Budget: what it means for you', null), 'Budget: what it means for you');
});

test('title prefers the h1 that og:title confirms; byline strips "By"', () => {
  const html = `<html><head><title>Talks resume in Geneva - World - Daily Example</title><meta property="og:title" content="Talks resume in Geneva">
    </head><body><h1>Talks resume in Geneva</h1><p class="byline">By Ana Costa</p><article>${BODY}</article></body></html>`;
  const a = extractHtml(html);
  assert.equal(a.title, 'Talks resume in Geneva');
  assert.equal(a.byline, 'Ana Costa');
  assert.ok(!a.text.includes('Talks resume in Geneva'), 'the headline is not repeated in the text');
});

test('language: declared tag first, then detection on the text', () => {
  assert.equal(extractHtml(`<html lang="de-AT"><body>${BODY}</body></html>`).language, 'de');
  const fr = '<p>Le conseil municipal a voté mardi la fermeture du vieux pont après que des ingénieurs ont découvert des fissures importantes.</p>';
  assert.equal(extractHtml(`<html><body>${fr.repeat(3)}</body></html>`).language, 'fr');
});

test('canonical URL resolves against the fetch URL', () => {
  const html = `<html><head><link rel="canonical" href="/a/b"></head><body>${BODY}</body></html>`;
  assert.equal(extractHtml(html, { url: 'https://x.example/c?d=1' }).canonicalUrl, 'https://x.example/a/b');
  assert.equal(extractHtml(`<html><body>${BODY}</body></html>`).canonicalUrl, null);
});
