// A report's language decides its stopwords, its stems and whether capitals mark names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterFeatures } from '../../src/cluster/index.js';
import { ENGLISH_RULES, wordRulesFor } from '../../src/cluster/word-rules.js';

const GERMAN =
  'Die Regierung hat am Samstag 123 politische Gefangene freigelassen. Unter den Gefangenen ist der ' +
  'Nobelpreisträger Ales Bjaljazki, teilte die Organisation Wjasna mit. Die Freilassung folgte auf Gespräche ' +
  'mit den Vereinigten Staaten, und die Häftlinge wurden in die Ukraine gebracht.';
const SPANISH =
  'Las lluvias torrenciales han inundado varios barrios de Valencia y los bomberos rescataron a 37 personas. ' +
  'Los vecinos quedaron atrapados en sus coches y la alerta roja seguirá hasta el miércoles, según la agencia.';

const words = (language: string | null, text: string, title: string | null = null): string[] =>
  Object.keys(clusterFeatures({ title, text, published: null, language }).terms);

test('German: function words are stopwords, inflections share a stem, and a capital is not a name', () => {
  const terms = words('de', GERMAN, 'Belarus lässt 123 Gefangene frei');
  for (const stop of ['w:der', 'w:die', 'w:den', 'w:und', 'w:hat', 'w:mit']) assert.ok(!terms.includes(stop), `${stop} is a stopword`);
  // "Gefangene" and "Gefangenen" are one term, and "Häftlinge" is stemmed like a German word.
  const stems = terms.filter((t) => t.startsWith('w:gefang'));
  assert.deepEqual(stems, ['w:gefang']);
  assert.ok(terms.includes('w:haftling'));
  // Every German noun is capitalised: none is read as a name, and the title names nothing.
  assert.deepEqual(terms.filter((t) => t.startsWith('e:')), []);
  assert.deepEqual(clusterFeatures({ title: 'Belarus lässt 123 Gefangene frei', text: GERMAN, published: null, language: 'de' }).titleNames, []);
  // Read as English, the same text keeps its function words and reads its nouns as names.
  const english = words(null, GERMAN);
  assert.ok(english.includes('w:der') && english.includes('w:und'));
  assert.ok(english.includes('e:regierung'));
});

test('Spanish: function words are stopwords, a sentence opener is not a name, names still are', () => {
  const terms = words('es', SPANISH);
  for (const stop of ['w:de', 'w:la', 'w:los', 'w:las', 'w:sus', 'w:hasta', 'e:las', 'e:los']) assert.ok(!terms.includes(stop), `${stop} is not a term`);
  assert.ok(terms.includes('e:valencia'));
  assert.ok(terms.includes('w:inund'), 'inundado is stemmed by the Spanish stemmer');
  assert.ok(terms.includes('q:37 person'));
  const english = words(null, SPANISH);
  assert.ok(english.includes('w:la') && english.includes('w:lo'), 'English rules keep them (Porter makes "los" lo)');
});

test('unknown and unsupported languages are read as English; a language tag by its language', () => {
  assert.equal(wordRulesFor(null), ENGLISH_RULES);
  assert.equal(wordRulesFor('en-GB'), ENGLISH_RULES);
  assert.equal(wordRulesFor('xx'), ENGLISH_RULES);
  assert.equal(wordRulesFor('fil'), ENGLISH_RULES, 'a three-letter code is not cut to a two-letter one (fil is not Finnish)');
  assert.equal(wordRulesFor('de-AT'), wordRulesFor('de'));
  assert.equal(wordRulesFor('DE').language, 'de');
  assert.deepEqual(words('xx', SPANISH), words(null, SPANISH));
  assert.deepEqual(words('en', GERMAN), words(null, GERMAN));
});

test('a report in one language does not change how the next one in another is read', () => {
  const before = clusterFeatures({ title: null, text: SPANISH, published: null, language: null });
  clusterFeatures({ title: null, text: SPANISH, published: null, language: 'es' });
  clusterFeatures({ title: null, text: GERMAN, published: null, language: 'de' });
  assert.deepEqual(clusterFeatures({ title: null, text: SPANISH, published: null, language: null }), before);
});
