import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Term, TermTally } from '../../src/cluster/term-tally.js';

test('a tally counts shared terms in first-counted order and starts each report from zero', () => {
  const quake = new Term('w:quak');
  const name = new Term('e:kermadec');
  const first = new TermTally();
  first.add(quake, 1);
  first.add(name, 2).shown = 'Kermadec';
  first.add(quake, 0.5);
  first.addKey('q:40 peopl', 1).shown = '40 people';
  assert.deepEqual(first.terms.map((t) => [t.key, t.count]), [['w:quak', 1.5], ['e:kermadec', 2], ['q:40 peopl', 1]]);
  const second = new TermTally();
  assert.equal(second.terms.includes(quake), false, 'the first report’s count is stale for the second');
  second.add(name, 1);
  assert.deepEqual([name.count, name.shown], [1, null], 'count and shown value start afresh');
  assert.deepEqual(second.terms.map((t) => t.key), ['e:kermadec']);
});

test('a word’s term cannot be counted as a key of its own', () => {
  assert.throws(() => new TermTally().addKey('w:quak', 1), /word's term/);
});
