/**
 * Checks that a number is not a count: labels ("Article 5", "COVID-19"), ages, years, parts of
 * durations and compounds, pronoun "one", list markers. Each is one verb-named heuristic.
 */
import {
  AGE_BEFORE_WORDS, AGE_VERB_WORDS, IDIOMS_AFTER_ONE, LOWERCASE_LABEL_WORDS, NOT_A_COUNT_BEFORE_ONE,
  NUMBER_LABEL_WORDS, TIME_UNIT_WORDS,
} from './counted-lexicon.js';
import { EVENT_LEMMAS } from './event-lexicon.js';
import { CALENDAR_WORD_PATTERN } from './patterns.js';
import type { NumberReading } from './read-number.js';
import { YEAR_LIKE_MAX, YEAR_LIKE_MIN } from './settings.js';
import { isAdjacent, isTouching, type Token } from './tokens.js';

/** Digits glued to letters ("G20", "5G", "21st") or hyphen-joined to a name ("COVID-19", "F-16"). */
export function isGluedLabel(tokens: readonly Token[], reading: NumberReading): boolean {
  if (reading.form !== 'numeral') return false;
  const first = tokens[reading.first] as Token;
  const before = tokens[reading.first - 1];
  if (before !== undefined && isTouching(before, first)) {
    if (before.kind === 'word') return true;
    // "1366×768", "Tufts '17", "360°": dimensions, year abbreviations.
    if (before.text === '×' || before.text === "'" || before.text === '’') return true;
    if ((before.text === '-' || before.text === '#' || before.text === '/' || before.text === '.') && reading.currency === undefined) {
      const beforeThat = tokens[reading.first - 2];
      if (before.text !== '-' || (beforeThat !== undefined && isTouching(beforeThat, before) && beforeThat.kind === 'word')) return true;
    }
  }
  const lastToken = tokens[reading.last] as Token;
  const after = tokens[reading.last + 1];
  if (after !== undefined && after.kind === 'word' && isTouching(lastToken, after)) return true;
  if (after !== undefined && after.kind === 'numeral' && isTouching(lastToken, after)) return true;
  if (after !== undefined && (after.text === '×' || after.text === '°') && isTouching(lastToken, after)) return true;
  return false;
}

/** "Article 5", "Flight 370", "No. 10": a name with a number, not a count. */
export function isNumberLabel(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (before?.text === '.' && /^(?:no|nos|vol|art|sec|pt|ch|fig)$/iu.test(tokens[first - 2]?.text ?? '')) return true;
  if (before === undefined || before.kind !== 'word') return false;
  const word = before.lower.replace(/\.$/u, '');
  if (LOWERCASE_LABEL_WORDS.has(word)) return true;
  return /^\p{Lu}/u.test(before.text) && NUMBER_LABEL_WORDS.has(word);
}

/** "aged 65", "65-year-old", "Smith, 65, said". */
export function isAge(text: string, tokens: readonly Token[], reading: NumberReading): boolean {
  const before = tokens[reading.first - 1];
  if (before !== undefined && AGE_BEFORE_WORDS.has(before.lower)) return true;
  const after = tokens[reading.last + 1];
  const afterThat = tokens[reading.last + 2];
  if (after?.text === '-' && afterThat?.lower.startsWith('year-old')) return true;
  if (after?.text === '-' && afterThat?.lower === 'year' && tokens[reading.last + 4]?.lower === 'old') return true;
  const beforeThat = tokens[reading.first - 2];
  // "Maria Ivanova, 45, said", "the actress, 33, reportedly": an appositive number after a noun.
  if (reading.form === 'numeral' && reading.value < 120 && before?.text === ',' && beforeThat?.kind === 'word'
    && (after?.text === ',' || after?.text === ')')) return true;
  // "At 55, he is the same age as ...".
  if (reading.form === 'numeral' && reading.value < 120 && before?.lower === 'at' && after?.text === ','
    && (beforeThat === undefined || /^[.!?"“]$/u.test(beforeThat.text) || text.slice(beforeThat.end, before.start).includes('\n'))) return true;
  if (reading.form === 'numeral' && reading.value < 120 && before?.text === '(' && beforeThat?.kind === 'word'
    && /^\p{Lu}/u.test(beforeThat.text) && after?.text === ')') return true;
  return false;
}

export function isTimeUnitAfter(text: string, tokens: readonly Token[], last: number): boolean {
  const after = tokens[last + 1];
  if (after === undefined) return false;
  if (after.kind === 'word' && TIME_UNIT_WORDS.has(after.lower) && isAdjacent(text, tokens[last] as Token, after)) return true;
  if (after.text === '-') {
    const unit = tokens[last + 2];
    return unit !== undefined && TIME_UNIT_WORDS.has(unit.lower.split('-')[0] as string);
  }
  return false;
}

/** "a 10-member delegation", "the 5-2 ruling": the number is part of a compound modifier. */
export function isHyphenCompound(tokens: readonly Token[], last: number): boolean {
  const after = tokens[last + 1];
  const word = tokens[last + 2];
  return after !== undefined && word !== undefined && (after.text === '-' || after.text === '‐')
    && isTouching(tokens[last] as Token, after) && isTouching(after, word);
}

export function isYearLike(tokens: readonly Token[], reading: NumberReading, hedged: boolean): boolean {
  if (reading.form !== 'numeral' || reading.scaled || reading.formatted || reading.currency !== undefined || hedged) return false;
  if ((tokens[reading.first] as Token).text.length !== 4) return false;
  return reading.value >= YEAR_LIKE_MIN && reading.value <= YEAR_LIKE_MAX;
}

/** "one" as a pronoun or in an idiom ("no one", "one way"), or counting nothing. */
export function isLoneOne(tokens: readonly Token[], reading: NumberReading, counted: string | null): boolean {
  if (reading.form !== 'words' || reading.value !== 1) return false;
  const before = tokens[reading.first - 1];
  if (before !== undefined && NOT_A_COUNT_BEFORE_ONE.has(before.lower)) return true;
  const after = tokens[reading.last + 1];
  if (after !== undefined && (IDIOMS_AFTER_ONE.has(after.lower) || after.lower === 'of')) return true;
  return counted === null;
}

/**
 * "scores" is a vague amount only as "scores of <people>" opening its phrase; "close scores",
 * "the scores", "leading scores" are results.
 */
export function isScoresNoun(tokens: readonly Token[], reading: NumberReading, counted: string | null): boolean {
  if (reading.form !== 'vague' || (tokens[reading.first] as Token).lower !== 'scores') return false;
  const before = tokens[reading.first - 1];
  return counted === null || (before !== undefined && before.kind === 'word' && !EVENT_LEMMAS.has(before.lower) && !/^(?:and|or|with|killing|injuring|leaving)$/u.test(before.lower));
}

/**
 * Bare numbers that count nothing: "(2)" list markers, "since I was eleven", "the Big Five".
 */
export function isNotACount(text: string, tokens: readonly Token[], reading: NumberReading, sentenceOf: readonly [number, number][]): boolean {
  const before = tokens[reading.first - 1];
  const after = tokens[reading.last + 1];
  if (before?.text === '(' && after?.text === ')') return true;
  if (before !== undefined && AGE_VERB_WORDS.has(before.lower) && reading.value < 120 && reading.currency === undefined) {
    const next = after?.lower;
    if (next === undefined || !/^[a-z]/u.test(next) || next === 'and' || next === 'when' || next === 'years') return true;
  }
  const firstToken = tokens[reading.first] as Token;
  if (reading.form !== 'numeral' && /^\p{Lu}/u.test(firstToken.text) && !isSentenceInitial(text, tokens, reading.first, sentenceOf)) return true;
  return false;
}

/**
 * "3-5 others", "15 more": a number whose noun is left out and implied by the words before.
 */
export function isElliptic(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1]?.lower;
  return next === 'others' || next === 'more' || next === 'of';
}

/**
 * "Firefox 3.0", "the Chiefs 7", "Big 12": a bare number right after a capitalised word inside a
 * sentence names something rather than counting it. Sentence-initial words, months, weekdays and
 * event verbs ("Frees 123" in a headline) do not count as names.
 */
export function isAfterProperName(text: string, tokens: readonly Token[], first: number, sentenceOf: readonly [number, number][]): boolean {
  const before = tokens[first - 1];
  if (before === undefined || before.kind !== 'word' || !isAdjacent(text, before, tokens[first] as Token)) return false;
  if (!/^\p{Lu}/u.test(before.text)) return false;
  if (isSentenceInitial(text, tokens, first - 1, sentenceOf)) return false;
  return !EVENT_LEMMAS.has(before.lower) && !CALENDAR_WORD_PATTERN.test(before.text);
}

/**
 * True when token `index` opens a sentence: the splitter says so, or it follows end punctuation, an
 * opening quote or a line break (so a splitter's miss does not turn "Twelve were charged" into a name).
 */
export function isSentenceInitial(text: string, tokens: readonly Token[], index: number, sentenceOf: readonly [number, number][]): boolean {
  if (sentenceOf[index]?.[0] === index) return true;
  const before = tokens[index - 1];
  if (before === undefined) return true;
  if (/^[.!?"“‘'(:;—–-]$/u.test(before.text)) return true;
  return text.slice(before.end, (tokens[index] as Token).start).includes('\n');
}
