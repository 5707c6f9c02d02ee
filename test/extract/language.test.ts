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

test('detectLanguage maps macrolanguage members to their ISO 639-1 code', () => {
  assert.equal(detectLanguage('أعلنت الحكومة يوم الثلاثاء عن خطة جديدة لإصلاح الطرق في المدينة بعد الفيضانات الأخيرة التي ضربت المنطقة.'), 'ar');
});
