import type { Annotations } from '../core/records.js';
import { HEADLINE_CAPITAL_SHARE, HEADLINE_MIN_WORDS, TITLE_HEADLINE_MIN_WORDS } from './settings.js';
import { CAPITALISED, SENTENCE_START, wordForm, type ReportTokens } from './tokenize.js';
import type { Word } from './word.js';

/**
 * Marks which tokens are parts of names (1, else 0): capitalised words mid-sentence (titles such as
 * "President" excepted), and capitalised sentence openers whose lower-case form the text never
 * uses (so "Police said" is not a name but "Obama said" is). The first `titleLength` tokens are
 * the title, read with the text: a title written in title case names only what the text names.
 * The tokens must come from one tokenize call (tokenizeReport for a title and its text).
 *
 * `annotatedNames` (from {@link annotatedNameWords}), when a tagger read the report, settles the
 * openers the text never writes otherwise: one is a name only if the entity recogniser found it
 * in a name. A short text often has "Prosecutors said", "Instead, ..." or "Despite ..." once and
 * never in lower case (on the dev stream 668 of 11,370 name words: `NAMES=1 node
 * dist/bench/cluster/quick.js`).
 */
export function markNameTokens(tokens: ReportTokens, annotatedNames?: ReadonlySet<string>): Uint8Array {
  const { words, flags, titleLength } = tokens;
  const headline = markHeadlineTokens(tokens);
  // Which words the text writes in lower case, and which it capitalises mid-sentence: noted on
  // the shared words under this call's stamp (one word is one Word within a tokenize call).
  const stamp = ++lastStamp;
  for (let i = 0; i < words.length; i++) {
    const t = words[i] as Word;
    if (t.isNumber) continue;
    const f = flags[i] as number;
    if ((f & CAPITALISED) === 0) t.usedLowerAt = stamp;
    else if ((f & SENTENCE_START) === 0 && !headline[i]) t.capitalisedMidAt = stamp;
  }
  const usedLower = (t: Word): boolean => t.usedLowerAt === stamp;
  const capitalisedMid = (t: Word): boolean => t.capitalisedMidAt === stamp;
  const out = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const t = words[i] as Word;
    const f = flags[i] as number;
    let name: boolean;
    if (t.isNumber || (f & CAPITALISED) === 0 || t.stopword || t.capitalisedNonName) name = false;
    // In a line written in title case a capital says nothing: a name only if it is one elsewhere.
    else if (headline[i]) name = capitalisedMid(t);
    else if ((f & SENTENCE_START) === 0) name = true;
    // A title's first word is capitalised whatever it is ("Quake hits Ferndale"): a name only
    // if the text capitalises it mid-sentence too.
    else if (i < titleLength) name = capitalisedMid(t);
    else name = capitalisedMid(t) || (!usedLower(t) && (annotatedNames === undefined || annotatedNames.has(t.lower)));
    out[i] = name ? 1 : 0;
  }
  return out;
}

/**
 * The words of the names an entity recogniser found in a report (every alias of every entity), in
 * the form the tokenizer gives a word ({@link wordForm}).
 */
export function annotatedNameWords(annotations: Annotations): Set<string> {
  const out = new Set<string>();
  for (const e of annotations.entities) {
    for (const alias of e.aliases) {
      for (const w of alias.split(NOT_WORD)) if (w) out.add(wordForm(w));
    }
  }
  return out;
}

/** What separates the words of a name: anything but letters, marks, apostrophes and hyphens. */
const NOT_WORD = /[^\p{L}\p{M}'’-]+/u;

/**
 * Marks the tokens of sentences written in title case (headlines, captions, navigation): at least
 * HEADLINE_MIN_WORDS content words, HEADLINE_CAPITAL_SHARE of them capitalised.
 */
function markHeadlineTokens(tokens: ReportTokens): Uint8Array {
  const { words, flags, titleLength } = tokens;
  const out = new Uint8Array(words.length);
  let start = 0;
  for (let i = 1; i <= words.length; i++) {
    if (i < words.length && ((flags[i] as number) & SENTENCE_START) === 0 && i !== titleLength) continue;
    // A title is a headline with fewer words than a body sentence needs ("Saints Shut Down Bush").
    const minWords = start < titleLength ? TITLE_HEADLINE_MIN_WORDS : HEADLINE_MIN_WORDS;
    let count = 0;
    let capitals = 0;
    for (let j = start; j < i; j++) {
      const t = words[j] as Word;
      if (t.isNumber || t.stopword) continue;
      count++;
      if (((flags[j] as number) & CAPITALISED) !== 0) capitals++;
    }
    if (count >= minWords && capitals >= count * HEADLINE_CAPITAL_SHARE) out.fill(1, start, i);
    start = i;
  }
  return out;
}

/** Stamps handed out so far (one per call), so notes left on words by earlier calls read as stale. */
let lastStamp = 0;
