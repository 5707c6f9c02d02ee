import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/annotate/index.js';
import { findQuotedSpans } from '../../src/annotate/quotes/index.js';
import { MIN_QUOTE_WORDS } from '../../src/annotate/settings.js';

function quotes(text: string) {
  const a = annotate({ text, published: null, language: 'en' });
  return a.quotes.map((q) => ({ text: q.text, direct: q.direct, speaker: q.speaker, rule: q.rule }));
}

test('German low-high quotes and French guillemets are found', () => {
  const text = 'Sie sagte: „Wir sind endlich wieder frei.“ Er sagte: « Nous sommes libres enfin. »';
  assert.deepEqual(findQuotedSpans(text).map((q) => text.slice(q.start, q.end)), ['Wir sind endlich wieder frei.', 'Nous sommes libres enfin.']);
});

test('a quote left open at a paragraph end that the next paragraph does not reopen is dropped', () => {
  const text = 'He said "we will see what happens next\n\nThe talks ended.';
  assert.deepEqual(findQuotedSpans(text), []);
});

test('a multi-paragraph quote is one span, attributed at its end', () => {
  const text = 'Dana Holm spoke at length.\n\n“We waited for years. Nobody came.\n\n“Then one morning the doors opened,” Holm said.';
  const qs = quotes(text);
  assert.equal(qs.length, 1);
  assert.ok(qs[0]!.text.startsWith('We waited for years') && qs[0]!.text.endsWith('the doors opened'));
  assert.equal(qs[0]!.speaker, 'person:dana-holm');
});

test(`scare quotes and titles under ${MIN_QUOTE_WORDS} words are not quotes`, () => {
  const qs = quotes('The minister called the plan a "deal" and a "breakthrough", citing the film "Cold Days" as proof.');
  assert.deepEqual(qs.filter((q) => q.direct), []);
});

test('an unattributed quote keeps speaker null with its own rule', () => {
  const qs = quotes('The banner read "freedom for all political prisoners now" in red letters.');
  assert.deepEqual(qs, [{ text: 'freedom for all political prisoners now', direct: true, speaker: null, rule: 'quote/unattributed' }]);
});

test('"she said" skips a man named later in the preceding sentence', () => {
  const text = 'Mrs Ana Petrov, who met President Ivan Sorin on Monday, was freed.\n\n"I am finally home with my family," she said.';
  const q = quotes(text).find((x) => x.direct);
  assert.equal(q?.speaker, 'person:ana-petrov');
});

test('an unclosed typographic quote is a message, not a quote', () => {
  const text = 'She said: “we will be back one day and nobody can stop us.\n\nThe rally ended.';
  const a = annotate({ text, published: null, language: 'en' });
  assert.equal(a.quotes.filter((q) => q.direct).length, 0);
  assert.deepEqual(a.messages.map((m) => [m.rule, m.start]), [['quote/unclosed', text.indexOf('“')]]);
});

test('single typographic quotes outside double quotes are quotes; apostrophes are not', () => {
  const text = '‘We will not tolerate this kind of violence,’ said Chief Inspector Mark Dale. The players’ union disagreed.';
  const qs = quotes(text);
  assert.deepEqual(qs.map((q) => [q.text, q.speaker]), [['We will not tolerate this kind of violence', 'person:mark-dale']]);
});

test('"announced" with a plain object is no indirect quote', () => {
  assert.deepEqual(quotes('Acme announced a definitive agreement to buy its rival for 2 billion dollars.'), []);
});

test('"she said" skips a man whose given name says so, even as the nearer subject', () => {
  const text = 'Maria Lind was released on Friday.\n\nViktor Ostrov met her at the gate.\n\n"I cannot believe it is over," she said.';
  const q = quotes(text).find((x) => x.direct);
  assert.equal(q?.speaker, 'person:maria-lind');
});
