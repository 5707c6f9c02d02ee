import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, html, safeExternalUrl, unsafeRaw } from '../../src/web/html.js';
import { mergeSpans, renderMarkedText, renderSnippet } from '../../src/web/marked-text.js';
import { parseHeadline } from '../../src/store/search.js';
import { renderAtom, escapeXml } from '../../src/api/atom-feed.js';
import { renderReportTimeline } from '../../src/web/timeline-chart.js';
import { valueText } from '../../src/web/format.js';
import { decodeCursor, encodeCursor, entityIdsFor } from '../../src/api/query-params.js';

test('html escapes every interpolation unless it is already markup', () => {
  const hostile = `<script>alert("x")</script>' onmouseover='x`;
  assert.equal(html`<p title="${hostile}">${hostile}</p>`.value,
    '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;x">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;x</p>');
  assert.equal(html`${['a', html`<b>b</b>`, null, undefined, false, 3]}`.value, 'a<b>b</b>3');
  assert.equal(html`${unsafeRaw('<i>ok</i>')}`.value, '<i>ok</i>');
  assert.equal(escapeHtml('a\u0000b\u0007c'), 'a\uFFFDb\uFFFDc', 'controls HTML forbids are replaced');
});

test('only plain http(s) addresses become links', () => {
  assert.equal(safeExternalUrl('https://example.org/a?b=1'), 'https://example.org/a?b=1');
  for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>', 'vbscript:x', '/relative', 'java\nscript:alert(1)', '', null]) {
    assert.equal(safeExternalUrl(bad), null, String(bad));
  }
});

test('marks sit at the report\'s own offsets, across paragraphs, merged when they overlap', () => {
  const text = 'Twelve people died.\n\nRescuers said "more may be trapped" <b>.';
  const start = text.indexOf('died');
  const end = text.indexOf('said') + 4;
  const out = renderMarkedText(text, [{ start, end }, { start: 0, end: 6 }, { start: 2, end: 4 }]).value;
  assert.equal(out,
    '<p><mark id="mark-0">Twelve</mark> people <mark id="mark-1">died.</mark></p>' +
    '<p><mark>Rescuers said</mark> &quot;more may be trapped&quot; &lt;b&gt;.</p>');
  assert.deepEqual(mergeSpans([{ start: 5, end: 9 }, { start: 0, end: 2 }, { start: 8, end: 12 }, { start: 20, end: 30 }], 25), [
    { start: 0, end: 2 }, { start: 5, end: 12 }, { start: 20, end: 25 },
  ]);
  assert.equal(renderMarkedText('', []).value, '');
});

test('ts_headline markers become offsets; snippets render them as marks', () => {
  const snippet = parseHeadline('The \uE000ferry\uE001  drifted \uE000off\uE001 \uE000Norway\uE001.');
  assert.deepEqual(snippet, { text: 'The ferry drifted off Norway.', highlights: [{ start: 4, end: 9 }, { start: 18, end: 28 }] });
  assert.equal(renderSnippet({ text: 'a <b> c', highlights: [{ start: 2, end: 5 }] }).value, 'a <mark>&lt;b&gt;</mark> c');
});

test('Atom escapes XML and drops characters XML forbids', () => {
  assert.equal(escapeXml('a<b>&"\u0001'), 'a&lt;b&gt;&amp;&quot;\uFFFD');
  const xml = renderAtom({ id: 'urn:x', title: '<t>', updated: '2026-03-10T00:00:00.000Z', self: 'http://h/f', alternate: 'http://h/', entries: [
    { id: 'urn:e', title: 'e & f', updated: '2026-03-10T00:00:00.000Z', link: 'http://h/r?a=1&b=2', summary: 'x', author: 'A' },
  ] });
  assert.match(xml, /<title type="text">&lt;t&gt;<\/title>/);
  assert.match(xml, /href="http:\/\/h\/r\?a=1&amp;b=2"/);
});

test('timeline: one lane per outlet, copies hollow, labels escaped', () => {
  const t0 = Date.parse('2026-03-10T09:00:00Z');
  const svg = renderReportTimeline([
    { lane: 'Nordic <Wire>', time: t0, href: '/reports/r1', label: 'Nordic <Wire>', copy: false },
    { lane: 'Coastline Post', time: t0 + 3600_000, href: '/reports/r2', label: 'copy', copy: true },
  ], [{ time: t0, label: 'in the account' }], 'When each report appeared').value;
  assert.match(svg, /^<div class="chart-scroll" tabindex="0" role="region" aria-label="When each report appeared[^"]*"><svg class="chart" viewBox="0 0 720 \d+" role="group" aria-label="When each report appeared"/);
  assert.equal((svg.match(/<circle /g) ?? []).length, 2);
  assert.match(svg, /class="dot copy"/);
  assert.match(svg, /Nordic &lt;Wire&gt;/);
  assert.doesNotMatch(svg, /NaN|Infinity/);
});

test('values read as people say them; cursors and entity filters round-trip', () => {
  assert.equal(valueText({ value: 12, hedge: 'approximate' }), 'about 12');
  assert.equal(valueText({ value: 10, low: 10, high: 12, hedge: 'range' }), '10–12');
  assert.equal(valueText({ value: '2026-03-04' }), '2026-03-04');
  const cursor = { lastSeen: '2026-03-10T16:00:00.000000Z', id: 's1' };
  assert.deepEqual(decodeCursor(encodeCursor(cursor)), cursor);
  assert.deepEqual(decodeCursor(encodeCursor({ lastSeen: null, id: 's2' })), { lastSeen: null, id: 's2' });
  assert.deepEqual(entityIdsFor('São Miguel'), ['person:sao-miguel', 'organisation:sao-miguel', 'location:sao-miguel']);
  assert.deepEqual(entityIdsFor('location:azores'), ['location:azores']);
});
