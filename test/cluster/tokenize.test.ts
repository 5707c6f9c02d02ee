import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AsciiWordTable, FNV_OFFSET, hashAsciiLower } from '../../src/cluster/ascii-word-table.js';
import { annotatedNameWords, markNameTokens } from '../../src/cluster/mark-name-tokens.js';
import type { Annotations } from '../../src/core/records.js';
import { CAPITALISED, SENTENCE_START, tokenize, tokenizeReport } from '../../src/cluster/tokenize.js';

function hashOf(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = hashAsciiLower(h, word.charCodeAt(i));
  return h;
}

test('the ASCII word table finds a word in place whatever its case, and only that word', () => {
  const table = new AsciiWordTable<number>(3, 4);
  table.add('quake', hashOf('quake'), 1);
  table.add('drink-driving', hashOf('drink-driving'), 2);
  const text = 'A QUAKE, a Quake and quakes; Drink-Driving.';
  assert.equal(table.find(text, 2, 7, hashOf('QUAKE')), 1);
  assert.equal(table.find(text, 11, 16, hashOf('Quake')), 1);
  assert.equal(table.find(text, 21, 27, hashOf('quakes')), undefined, 'a longer word is another word');
  assert.equal(table.find(text, 29, 42, hashOf('Drink-Driving')), 2);
  // Eight slots grow to sixteen at the fifth word; sixteen, the most, hold up to eight words: the
  // ninth empties the table first, so memory stays bounded.
  for (const w of ['wa', 'wb', 'wc', 'wd', 'we', 'wf']) table.add(w, hashOf(w), w.length);
  assert.equal(table.find('quake', 0, 5, hashOf('quake')), 1, 'eight words, all still there');
  table.add('after', hashOf('after'), 99);
  assert.equal(table.find('quake', 0, 5, hashOf('quake')), undefined, 'emptied before the ninth');
  assert.equal(table.find('after', 0, 5, hashOf('after')), 99);
});

test('ASCII words read in place give the tokens that slicing and lower-casing give', () => {
  // Twice: the first pass fills the table, the second reads every ASCII word from it.
  const text = 'Police said Obama met O’Brien in Zürich. The drink-driving case: 1,200 QUAKE victims.\nBEIJING quake';
  for (let pass = 0; pass < 2; pass++) {
    const { words, flags } = tokenize(text);
    assert.deepEqual(
      words.map((t, i) => [t.lower, t.stem, ((flags[i] as number) & CAPITALISED) !== 0, ((flags[i] as number) & SENTENCE_START) !== 0, t.stopword, t.isNumber, t.term.key]),
      [
        ['police', 'polic', true, true, false, false, 'w:polic'],
        ['said', 'said', false, false, true, false, 'w:said'],
        ['obama', 'obama', true, false, false, false, 'w:obama'],
        ['met', 'met', false, false, false, false, 'w:met'],
        ['obrien', 'obrien', true, false, false, false, 'w:obrien'],
        ['in', 'in', false, false, true, false, 'w:in'],
        ['zürich', 'zürich', true, false, false, false, 'w:zürich'],
        ['the', 'the', true, true, true, false, 'w:the'],
        ['drink-driving', 'drink-driv', false, false, false, false, 'w:drink-driv'],
        ['case', 'case', false, false, false, false, 'w:case'],
        ['1200', '1200', false, false, false, true, 'n:1200'],
        ['quake', 'quak', true, false, false, false, 'w:quak'],
        ['victims', 'victim', false, false, false, false, 'w:victim'],
        ['beijing', 'beij', true, true, false, false, 'w:beij'],
        ['quake', 'quak', false, false, false, false, 'w:quak'],
      ],
    );
  }
});

test('a report tokenized whole is its title’s tokens then its text’s, each starting a sentence', () => {
  const title = 'Quake hits Ferndale';
  const text = 'A 6.1 quake hit Ferndale. Nobody was hurt';
  const whole = tokenizeReport(title, text);
  const a = tokenize(title);
  const b = tokenize(text);
  assert.equal(whole.titleLength, a.words.length);
  assert.deepEqual(whole.words, [...a.words, ...b.words]);
  assert.deepEqual([...whole.flags], [...a.flags, ...b.flags]);
  assert.equal(whole.flags[whole.titleLength], SENTENCE_START | CAPITALISED, 'the text starts a sentence after the title');
  // One token per character at most: a word and a number need no space between them.
  assert.equal(tokenize('a1b2c3').words.length, 6);
});

test('name marks read only the text at hand, not notes earlier texts left on shared words', () => {
  // "Police" opens a sentence: a name only if the text never writes "police" in lower case.
  const opener = (text: string): boolean => markNameTokens(tokenize(text))[0] === 1;
  assert.equal(opener('Police said the police were called.'), false);
  assert.equal(opener('Kermadec said it was calm.'), true);
  assert.equal(opener('Kermadec said the kermadec trench shook.'), false);
  assert.equal(opener('Kermadec said it was calm.'), true, 'the lower-case use was in another text');
});

test('with annotations, a sentence opener the text never writes otherwise is a name only if the recogniser found it in one', () => {
  const text = 'Prosecutors said Lohan missed court. Kermadec shook.';
  const marks = (names?: ReadonlySet<string>): string[] => {
    const tokens = tokenize(text);
    const m = markNameTokens(tokens, names);
    return tokens.words.filter((_, i) => m[i] === 1).map((w) => w.lower);
  };
  // Without annotations both openers read as names: neither is written in lower case.
  assert.deepEqual(marks(), ['prosecutors', 'lohan', 'kermadec']);
  const annotated = annotatedNameWords({ entities: [{ kind: 'entity', key: 'person:lindsay-lohan', name: 'Lindsay Lohan', type: 'person', aliases: ['Lindsay Lohan', "Lohan's"] }, { kind: 'entity', key: 'location:kermadec', name: 'Kermadec', type: 'location', aliases: ['Kermadec'] }] } as unknown as Annotations);
  assert.deepEqual([...annotated].sort(), ['kermadec', 'lindsay', 'lohan']);
  // A mid-sentence capital stays a name whatever the recogniser says.
  assert.deepEqual(marks(annotated), ['lohan', 'kermadec']);
  assert.deepEqual(marks(new Set()), ['lohan']);
});

test('an outsized text tokenizes like any other, and the next report is not affected by it', () => {
  const big = 'Quake hits Ferndale. '.repeat(60_000); // 1.26 million characters
  const tokens = tokenize(big);
  assert.equal(tokens.words.length, 180_000);
  assert.equal(tokens.flags.length, 180_000);
  const after = tokenize('Nobody was hurt');
  assert.deepEqual(after.words.map((w) => w.lower), ['nobody', 'was', 'hurt']);
  assert.deepEqual([...after.flags], [SENTENCE_START | CAPITALISED, 0, 0]);
});
