import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, normaliseLanguageTag } from '../../src/extract/language.js';

test('detectLanguage tells English and Russian prose apart', () => {
  assert.equal(detectLanguage('The council voted on Tuesday to close the old bridge to traffic after engineers found cracks.'), 'en');
  assert.equal(detectLanguage('Совет во вторник проголосовал за закрытие старого моста для движения после того, как инженеры нашли трещины.'), 'ru');
});

test('detectLanguage refuses to guess on a UI word', () => {
  assert.equal(detectLanguage('English'), null);
});

test('normaliseLanguageTag maps regional and three-letter tags to ISO 639-1', () => {
  assert.equal(normaliseLanguageTag('en-GB'), 'en');
  assert.equal(normaliseLanguageTag('deu'), 'de');
  assert.equal(normaliseLanguageTag(''), null);
});
