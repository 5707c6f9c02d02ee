import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titleCase } from '../../src/cluster/title-case.js';
import { seededRandom } from '../../src/core/seeded-random.js';

/** The definition titleCase is a fast form of. */
function byExpression(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());
}

test('titleCase upper-cases each word’s first letter, words starting after white space or a hyphen', () => {
  assert.equal(titleCase('lindsay lohan'), 'Lindsay Lohan');
  assert.equal(titleCase('jean-marc ayrault'), 'Jean-Marc Ayrault');
  assert.equal(titleCase('o’brien 3rd élysée'), 'O’brien 3rd Élysée');
  assert.equal(titleCase('straße ßtraße'), 'Straße SStraße', 'a letter may upper-case to two');
});

test('titleCase gives what the regular expression gives, on any mix of scripts, spaces and marks', () => {
  const pieces = ['a', 'z', 'A', 'q', 'é', 'ß', 'ǆ', 'σ', 'ж', '日', '𝐚', '\u0301', '1', "'", '’', '-', ' ', '\u00a0', '\u2003', '\n', '.', 'x'];
  const random = seededRandom(5);
  for (let trial = 0; trial < 5000; trial++) {
    let s = '';
    const n = Math.floor(random() * 12);
    for (let k = 0; k < n; k++) s += pieces[Math.floor(random() * pieces.length)];
    assert.equal(titleCase(s), byExpression(s), JSON.stringify(s));
  }
});
