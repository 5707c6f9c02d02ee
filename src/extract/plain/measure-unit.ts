import { CODE_SYMBOLS, INITIALISM_END, LINE_EDGE_PUNCTUATION, LIST_ITEM, SENTENCE_END } from './patterns.js';
import { UNSPACED_CHARS_PER_WORD } from './settings.js';

/** Writing systems we tell apart; the kana and Han scripts count as one (`cjk`). */
export type Script =
  | 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'cjk' | 'hangul' | 'devanagari'
  | 'thai' | 'georgian' | 'armenian' | 'other';

const SCRIPT_TESTS: ReadonlyArray<readonly [Script, RegExp]> = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['greek', /\p{Script=Greek}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['thai', /\p{Script=Thai}/u],
  ['georgian', /\p{Script=Georgian}/u],
  ['armenian', /\p{Script=Armenian}/u],
];

/** Scripts written without spaces between words, where a word is counted per few characters. */
const UNSPACED: ReadonlySet<Script> = new Set(['cjk', 'thai']);

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu;
const LETTER = /\p{L}/u;
const CASED_START = /^[\p{Lu}\p{Ll}]/u;
const LOWER_START = /^\p{Ll}/u;

/** The measures of one unit of text that the heuristics score. */
export interface UnitMetrics {
  /** Words (for unspaced scripts, word-equivalents of UNSPACED_CHARS_PER_WORD characters). */
  readonly words: number;
  readonly letters: number;
  /** Letters per script. */
  readonly scripts: ReadonlyMap<Script, number>;
  /** The script most of the letters are in, or null when there are none. */
  readonly script: Script | null;
  /** Share of cased words starting lower case, or null when the script has no case. */
  readonly lowercaseShare: number | null;
  /** Ends with sentence-final punctuation. */
  readonly endsSentence: boolean;
  /** Ends with a colon: a lead-in to a list or a quote. */
  readonly endsColon: boolean;
  /** Starts with a bullet or a list number. */
  readonly listItem: boolean;
  /** Share of code punctuation among non-space characters. */
  readonly codeDensity: number;
}

/** Script (or null for a non-letter) of each non-ASCII character seen, to test each only once. */
const CHAR_SCRIPTS = new Map<number, Script | null>();

function scriptOf(ch: string): Script {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return 'latin';
  for (const [script, re] of SCRIPT_TESTS) if (re.test(ch)) return script;
  return 'other';
}

/** The script of a letter, or null when the character is not a letter. */
function letterScript(ch: string): Script | null {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? 'latin' : null;
  let script = CHAR_SCRIPTS.get(code);
  if (script === undefined) {
    script = LETTER.test(ch) ? scriptOf(ch) : null;
    CHAR_SCRIPTS.set(code, script);
  }
  return script;
}

/** Measures a unit's words, scripts, case and punctuation. */
export function measureUnit(text: string): UnitMetrics {
  const scripts = new Map<Script, number>();
  let letters = 0;
  for (const ch of text) {
    const s = letterScript(ch);
    if (s === null) continue;
    letters++;
    scripts.set(s, (scripts.get(s) ?? 0) + 1);
  }
  let script: Script | null = null;
  let best = 0;
  for (const [s, n] of scripts) {
    if (n > best) {
      best = n;
      script = s;
    }
  }

  let words = 0;
  let cased = 0;
  let lower = 0;
  for (const m of text.matchAll(WORD)) {
    const token = m[0];
    const first = token[0] ?? '';
    const s = scriptOf(first);
    if (UNSPACED.has(s)) {
      words += Math.max(1, Math.ceil(token.length / UNSPACED_CHARS_PER_WORD));
      continue;
    }
    words++;
    if (CASED_START.test(token)) {
      cased++;
      if (LOWER_START.test(token)) lower++;
    }
  }

  const nonSpace = text.replace(/\s+/g, '').length;
  const symbols = text.match(CODE_SYMBOLS)?.length ?? 0;
  return {
    words,
    letters,
    scripts,
    script,
    lowercaseShare: cased > 0 ? lower / cased : null,
    endsSentence: SENTENCE_END.test(text.trim()) && !INITIALISM_END.test(text.trim()),
    endsColon: /[:：]$/.test(text.trim()),
    listItem: LIST_ITEM.test(text),
    codeDensity: nonSpace > 0 ? symbols / nonSpace : 0,
  };
}

/** A line without its edge punctuation and bullets, for whole-line pattern matching. */
export function bareLine(text: string): string {
  return text.replace(LINE_EDGE_PUNCTUATION, '').replace(/\s+/g, ' ').trim();
}

/** A comparison key: case-folded letters and digits separated by single spaces. */
export function keyOf(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
