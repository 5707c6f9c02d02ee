import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/annotate/index.js';

function entities(text: string, language = 'en') {
  return annotate({ text, published: null, language }).entities;
}

test('initials, honorifics and possessives link to the full name', () => {
  const es = entities('Opposition leader Jonas K. Peterson spoke on Monday. Mr Peterson said little. J. K. Peterson\'s aides left. Peterson later returned.');
  const persons = es.filter((e) => e.type === 'person');
  assert.equal(persons.length, 1, persons.map((p) => p.key).join(', '));
  assert.equal(persons[0]!.name, 'Jonas K. Peterson');
  assert.equal(persons[0]!.key, 'person:jonas-k-peterson');
});

test('two persons sharing a surname: the bare surname goes to the one named nearest before', () => {
  const a = annotate({ text: 'Viktor Brenner met his son Eduard Brenner in jail. Later, Eduard Brenner was freed. Brenner thanked the guards.', published: null, language: 'en' });
  const last = a.mentions.filter((m) => m.text === 'Brenner').at(-1);
  assert.equal(last?.entity, 'person:eduard-brenner');
  assert.equal(a.entities.filter((e) => e.type === 'person').length, 2);
});

test('demonyms, cities and capitals resolve to their country', () => {
  const es = entities('Polish and Latvian officials met Belarusian diplomats in Riga and in Gdansk.');
  const byName = Object.fromEntries(es.map((e) => [e.name, e.country]));
  assert.equal(byName.Poland, 'PL');
  assert.equal(byName.Latvia, 'LV');
  assert.equal(byName.Belarus, 'BY');
  assert.equal(byName.Riga, 'LV');
});

test('country names in the report\'s language', () => {
  const es = entities('Die Regierung in Polen und Litauen begrüßte die Freilassung.', 'de');
  assert.deepEqual(es.filter((e) => e.type === 'location').map((e) => e.country).sort(), ['LT', 'PL']);
});

test('a role inside a tagged name is stripped', () => {
  const text = 'Shares rose after Acme CEO Dana Whitfield spoke.';
  const span = 'Acme CEO Dana Whitfield';
  const start = text.indexOf(span);
  const tagger = () => [{ start, end: start + span.length, text: span, type: 'PER' as const }];
  const es = annotate({ text, published: null, language: 'en' }, { tagEntities: tagger }).entities;
  assert.deepEqual(es.filter((e) => e.type === 'person').map((e) => e.name), ['Dana Whitfield']);
});

test('entity keys are stable for the same text', () => {
  const text = 'Alexander Lukashenko met an envoy in Minsk. Lukashenko smiled.';
  assert.deepEqual(entities(text).map((e) => e.key), entities(text).map((e) => e.key));
  assert.ok(entities(text).some((e) => e.key === 'person:alexander-lukashenko'));
});
