import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToText } from '../../src/extract/markdown-to-text.js';

test('markdown syntax goes, the words and lines stay', () => {
  const md = [
    '# Bridge reopens after repairs #',
    '',
    '*Valley Courier, 4 May 2026*',
    '',
    '> "It is good to have it back," said **Ana Ruiz**, who runs a [bakery](https://bakery.example) nearby.',
    '',
    '---',
    '![a photo](x.jpg)Work took `three` weeks; the snake_case_name stays.',
  ].join('\n');
  assert.equal(
    markdownToText(md),
    [
      'Bridge reopens after repairs',
      '',
      'Valley Courier, 4 May 2026',
      '',
      '"It is good to have it back," said Ana Ruiz, who runs a bakery nearby.',
      '',
      'Work took three weeks; the snake_case_name stays.',
    ].join('\n'),
  );
});
