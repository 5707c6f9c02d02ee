import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseDate } from '../../src/core/normalise-date.js';
import { analyseSource } from '../../src/pipeline/index.js';
import { splitInput } from '../../src/ingest/split-input.js';
import { findReportDate } from '../../src/cluster/find-report-date.js';

test('normaliseDate reads days, timestamps, RFC 2822 and Unix time; other digit strings are not dates', () => {
  assert.equal(normaliseDate('2025-12-13'), '2025-12-13');
  assert.equal(normaliseDate('2025-02-30'), null);
  assert.equal(normaliseDate('2025-12-13T10:00:00+01:00'), '2025-12-13T09:00:00.000Z');
  assert.equal(normaliseDate('Sat, 13 Dec 2025 10:00:00 GMT'), '2025-12-13T10:00:00.000Z');
  assert.equal(normaliseDate('1765620000'), '2025-12-13T10:00:00.000Z');
  assert.equal(normaliseDate('1765620000000'), '2025-12-13T10:00:00.000Z');
  assert.equal(normaliseDate('176562000'), null, 'nine digits: not Unix time');
  assert.equal(normaliseDate('no date'), null);
});

test('a dump line published as Unix time dates its report', () => {
  const line = JSON.stringify({ id: 'u1', title: 'Quake', text: 'A quake struck the town, officials said.', lang: 'en', published: 1765620000, source: 'Wire' });
  const [source] = splitInput('dump.ndjson', new TextEncoder().encode(line + '\n'));
  if (!source || source.kind !== 'report-source') throw new Error('the line gave no report');
  const { article, features } = analyseSource(source);
  assert.equal(article.published, '2025-12-13T10:00:00.000Z');
  assert.deepEqual(features.date, { date: '2025-12-13', rule: 'cluster/date-published' });
});

test('the cluster stage dates a report published in any form ingest reads, Unix time too', () => {
  const text = 'A quake struck the town.';
  assert.deepEqual(findReportDate('1765620000', null, text), { date: '2025-12-13', rule: 'cluster/date-published' });
  assert.deepEqual(findReportDate('Sat, 13 Dec 2025 10:00:00 GMT', null, text), { date: '2025-12-13', rule: 'cluster/date-published' });
  // A timestamp is dated by its UTC day, as ingest stores it.
  assert.deepEqual(findReportDate('2025-12-13T01:30:00+03:00', null, text), { date: '2025-12-12', rule: 'cluster/date-published' });
  assert.equal(findReportDate('not a date', null, text), null);
});
