import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultModel, tagEntities, tagTokens, type EntitySpan } from '../../src/annotate/ner/index.js';

const summary = (spans: readonly EntitySpan[]): string[] => spans.map((s) => `${s.type}:${s.text}`);

describe('tagEntities with the shipped model', () => {
  it('loads the generated model once and says how it was made', () => {
    const model = defaultModel();
    assert.equal(model.meta.format, 'corroborate-ner/1');
    assert.ok(model.featureIndex.size > 1000);
    assert.equal(defaultModel(), model, 'loaded once');
  });

  it('finds people, places and organisations in mixed-case news prose', () => {
    const text =
      'Angela Merkel met Emmanuel Macron in Berlin on Tuesday. ' +
      'The talks were reported by Reuters, and officials of the European Union welcomed them.\n\n' +
      'Later, Vladimir Putin spoke to reporters in Moscow about Ukraine.';
    const spans = tagEntities(text);
    for (const s of spans) {
      assert.equal(text.slice(s.start, s.end), s.text);
      assert.ok(s.score === undefined || (s.score >= 0 && s.score <= 1));
    }
    const found = summary(spans);
    for (const expected of ['PER:Angela Merkel', 'PER:Emmanuel Macron', 'LOC:Berlin', 'ORG:Reuters', 'ORG:European Union', 'PER:Vladimir Putin', 'LOC:Moscow', 'LOC:Ukraine']) {
      assert.ok(found.includes(expected), `${expected} in ${found.join(', ')}`);
    }
  });

  it('handles possessives, sentence spans given by the caller and a type filter', () => {
    const text = "Putin's spokesman said Germany's offer stands. Nothing else.";
    const spans = tagEntities(text, { sentences: [{ start: 0, end: 46 }], types: ['PER', 'LOC'] });
    assert.deepEqual(summary(spans), ['PER:Putin', 'LOC:Germany']);
  });

  it('tags pre-tokenised sentences with IOB2 tags, all-caps headlines included', () => {
    const tags = tagTokens([
      ['Donald', 'Trump', 'called', 'Kyiv', 'on', 'Monday', '.'],
      ['RUSSIA', 'BEATS', 'FRANCE', 'IN', 'PARIS'],
    ]);
    assert.deepEqual(tags[0], ['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O', 'O']);
    assert.equal(tags[1]?.[4], 'B-LOC');
    assert.deepEqual(tagTokens([[]]), [[]]);
  });

  it('returns nothing for empty or entity-free text', () => {
    assert.deepEqual(tagEntities(''), []);
    assert.deepEqual(tagEntities('it was raining and nobody went out.'), []);
  });
});
