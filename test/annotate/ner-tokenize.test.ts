import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences, tokenize } from '../../src/annotate/ner/index.js';

/** Every token's offsets slice back to its text, tokens are ordered and skip only whitespace. */
function assertOffsetsInvariant(text: string): void {
  const tokens = tokenize(text);
  let cursor = 0;
  for (const t of tokens) {
    assert.equal(text.slice(t.start, t.end), t.text, `token ${JSON.stringify(t)}`);
    assert.ok(t.end > t.start, 'tokens are never empty');
    assert.match(text.slice(cursor, t.start), /^\s*$/u, `only whitespace between tokens before ${t.text}`);
    cursor = t.end;
  }
  assert.match(text.slice(cursor), /^\s*$/u);
}

const words = (text: string): string[] => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('keeps offsets on mixed scripts, emoji and odd spacing', () => {
    for (const text of [
      "Lukashenko's U.S.-brokered deal freed 1,250.5 tonnes — \"finally\", she said.",
      'Минск и Вильнюс: 12 человек 😀 освобождены.\tالقاهرة  東京都 에서',
      '  leading and trailing spaces  ',
      "Don't won't O'Brien's rock'n'roll ... -- `` '' (a) [b] {c}",
      'e-mail me at someone@example.org or see https://example.org/a?b=1.',
      '',
    ]) assertOffsetsInvariant(text);
  });

  it('splits clitics and keeps abbreviations, numbers and hyphenated words whole', () => {
    assert.deepEqual(words("Lukashenko's regime"), ['Lukashenko', "'s", 'regime']);
    assert.deepEqual(words('Lukashenko’s regime'), ['Lukashenko', '’s', 'regime']);
    assert.deepEqual(words("They don't."), ['They', 'do', "n't", '.']);
    assert.deepEqual(words('the U.S. and the U.N.'), ['the', 'U.S.', 'and', 'the', 'U.N.']);
    assert.deepEqual(words('Mr. J. Smith paid $1,250.50 on 1996-08-30.'), ['Mr.', 'J.', 'Smith', 'paid', '$', '1,250.50', 'on', '1996-08-30', '.']);
    assert.deepEqual(words('a pro-Western, well-known all-rounder'), ['a', 'pro-Western', ',', 'well-known', 'all-rounder']);
    assert.deepEqual(words('"Free them," he said (twice).'), ['"', 'Free', 'them', ',', '"', 'he', 'said', '(', 'twice', ')', '.']);
    assert.deepEqual(words('won 3-1 and -5 degrees'), ['won', '3-1', 'and', '-5', 'degrees']);
  });

  it('keeps already-split clitics and bare decimals whole (CoNLL-style input text)', () => {
    assert.deepEqual(words("Lukashenko 's regime"), ['Lukashenko', "'s", 'regime']);
    assert.deepEqual(words("the 'smart' plan"), ['the', "'", 'smart', "'", 'plan']);
    assert.deepEqual(words('averaged .496 in 1996'), ['averaged', '.496', 'in', '1996']);
  });

  it('tokenises non-Latin scripts into words', () => {
    assert.deepEqual(words('Александр Лукашенко освободил'), ['Александр', 'Лукашенко', 'освободил']);
  });
});

describe('splitSentences', () => {
  it('splits on terminal marks before a capital and on line breaks, not after titles', () => {
    const text = 'Mr. Smith went to Minsk. He met the U.N. envoy.\nHeadline Without Stop\n"Quoted." Then more.';
    const sentences = splitSentences(text, tokenize(text)).map((s) => s.map((t) => t.text).join(' '));
    assert.deepEqual(sentences, ['Mr. Smith went to Minsk .', 'He met the U.N. envoy .', 'Headline Without Stop', '" Quoted . "', 'Then more .']);
  });
});
