import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPlain } from '../../src/extract/plain/index.js';

test('the outlet named in a closing copyright line loses the year after it', () => {
  const text = [
    'Council approves new cycle lanes for the old town',
    '',
    'The town council voted on Thursday to build three new cycle lanes through the old town, after a year of consultation with residents and shop owners.',
    '',
    'Work is due to start in the spring and take about four months, the council said in a statement.',
    '',
    '© The Valley Courier 2026',
  ].join('\n');
  assert.equal(extractPlain(text).outlet, 'The Valley Courier');
});
