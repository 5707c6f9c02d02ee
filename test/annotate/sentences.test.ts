import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/annotate/sentences/index.js';

function texts(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

test('abbreviations, titles and dates do not end sentences', () => {
  assert.deepEqual(texts('Dr. Anna Weiss met U.S. President Joe Day on Dec. 13 in St. Louis. She left.'), [
    'Dr. Anna Weiss met U.S. President Joe Day on Dec. 13 in St. Louis.',
    'She left.',
  ]);
});

test('a dotted acronym ends a sentence before a typical opener', () => {
  assert.deepEqual(texts('The deal was signed with the U.S. The talks lasted two days.'), [
    'The deal was signed with the U.S.',
    'The talks lasted two days.',
  ]);
});

test('initials and decimals stay inside the sentence', () => {
  assert.deepEqual(texts('J. R. Hartley wrote 2.5 books. No. 5 was best. Growth hit 3.1 per cent.'), [
    'J. R. Hartley wrote 2.5 books.',
    'No. 5 was best.',
    'Growth hit 3.1 per cent.',
  ]);
});

test('closing quotes after the stop belong to the sentence; a lower-case attribution continues it', () => {
  assert.deepEqual(texts('He said: "We are free." Then he left. "Is it over?" she asked. “Yes.” It was.'), [
    'He said: "We are free."',
    'Then he left.',
    '"Is it over?" she asked.',
    '“Yes.”',
    'It was.',
  ]);
});

test('a blank line always ends a sentence; headings without a stop stand alone', () => {
  assert.deepEqual(texts('Rights group says fight goes on\n\nThe group, founded in 1996, said so\n\nAnd more.'), [
    'Rights group says fight goes on',
    'The group, founded in 1996, said so',
    'And more.',
  ]);
});

test('an ellipsis inside a quote does not split it', () => {
  assert.deepEqual(texts('“Many are still held ... So we go on,” he said. Next one.'), [
    '“Many are still held ... So we go on,” he said.',
    'Next one.',
  ]);
});

test('single line breaks before a capital end a sentence; spans are trimmed', () => {
  const text = '  Sat, Dec. 13, 2025\nMaria Brown\nThe prisoners were\nreleased.  ';
  assert.deepEqual(texts(text), ['Sat, Dec. 13, 2025', 'Maria Brown', 'The prisoners were\nreleased.']);
  for (const s of splitSentences(text)) assert.ok(s.rule.startsWith('sentence/'));
});
