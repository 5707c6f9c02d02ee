import { test } from 'node:test';
import assert from 'node:assert/strict';
import { originalityIn, type WordingComparison } from '../../src/cluster/derivation.js';

const comparison = (id: string, phrase: number, shingle: number): WordingComparison => ({
  earlier: { id, story: 's1', derivedFrom: null, features: { minhash: [], shingles: [], phrases: [] } },
  shingle: { jaccard: shingle, containment: shingle, shared: 1 },
  phrase: { jaccard: phrase, containment: phrase, shared: 1 },
});

test('the originality check names the earlier report closest in wording, the first of equals', () => {
  // 0.12349 and 0.1234 both show as 0.123: the closer one is still the first.
  const check = originalityIn([comparison('r1', 0.12349, 0.02), comparison('r2', 0.1234, 0.05), comparison('r3', 0.12349, 0.01)]);
  assert.equal(check?.nearest, 'r1');
  assert.equal(check?.phraseContainment, 0.123);
  assert.equal(check?.shingleContainment, 0.02);
  assert.match(check!.reason, /^closest earlier report r1 shares 12% of this report's content-word pairs/);
  assert.equal(originalityIn([]), null);
});
