import { bareLine, keyOf, measureUnit, type UnitMetrics } from './measure-unit.js';
import { SENTENCE_END } from './patterns.js';
import {
  WRAP_MAX_LINE_CHARS, WRAP_MIN_BLOCK_LINES, WRAP_MIN_WIDTH_CHARS, WRAP_MIN_FILLED_SHARE, WRAP_MIN_LINE_CHARS, WRAP_MIN_OPEN_SHARE,
  WRAP_SLACK_CHARS,
} from './settings.js';

/**
 * One candidate paragraph of the scraped text: a line, or several hard-wrapped lines joined.
 * Units are what the extractor keeps or drops.
 */
export interface Unit {
  /** Position among the units. */
  readonly index: number;
  /** Blank-line separated block the unit came from. */
  readonly block: number;
  /** 1-based line number of the unit's first line in the input. */
  readonly line: number;
  /** The unit's text, trimmed, wrapped lines joined by one space. */
  readonly text: string;
  /** Edge punctuation stripped, for whole-line patterns. */
  readonly bare: string;
  /** Comparison key (case-folded letters and digits). */
  readonly key: string;
  readonly metrics: UnitMetrics;
}

interface RawLine {
  readonly text: string;
  readonly line: number;
}

const CONTINUATION_START = /^[\p{Ll}\d(“"'‘«–—-]/u;
/** A lower-case word (not a bare URL or path) opening a line. */
const WORD_CONTINUATION = /^\p{Ll}[\p{L}\p{M}'’-]*(?:[\s,.;:!?)]|$)/u;
/** A line ending in a URL or path, which a following line never continues. */
const LINK_END = /(?:\/\/|www\.)\S*$/;
/** A line ending mid-clause (comma, dash, open bracket): the next line continues it. */
const OPEN_END = /[,\-–—(]$/;

/**
 * Whether a block's lines look hard-wrapped at a fixed width: several lines, most of them filled
 * to about the same length.
 */
function isHardWrapped(lines: readonly RawLine[]): boolean {
  if (lines.length < WRAP_MIN_BLOCK_LINES) return false;
  const widths = lines.map((l) => l.text.length);
  const width = Math.max(...widths);
  if (width < WRAP_MIN_WIDTH_CHARS || width > WRAP_MAX_LINE_CHARS) return false;
  const inner = lines.slice(0, -1);
  const filled = inner.filter((l) => l.text.length >= width - WRAP_SLACK_CHARS).length;
  // Lines that are whole paragraphs end in sentence punctuation; wrapped lines mostly do not.
  const open = inner.filter((l) => !SENTENCE_END.test(l.text)).length;
  return filled >= Math.ceil(inner.length * WRAP_MIN_FILLED_SHARE) && open >= Math.ceil(inner.length * WRAP_MIN_OPEN_SHARE);
}

/** Whether `next` continues the sentence of `prev` (a wrapped line rather than a new element). */
function continuesLine(prev: string, next: string, wrapped: boolean, width: number): boolean {
  if (prev.length < WRAP_MIN_LINE_CHARS) return false;
  if (wrapped) return prev.length >= width - WRAP_SLACK_CHARS;
  if (SENTENCE_END.test(prev) || LINK_END.test(prev) || /^\S*(?:\/\/|www\.)/.test(next)) return false;
  return CONTINUATION_START.test(next) || OPEN_END.test(prev);
}

/**
 * Splits scraped text into units: one per line, except that hard-wrapped continuation lines are
 * joined to the line they continue. Blank lines separate blocks.
 *
 * @example
 * splitUnits('Title\n\nFirst paragraph.\nSecond paragraph.').map((u) => u.text)
 * // ['Title', 'First paragraph.', 'Second paragraph.']
 */
export function splitUnits(input: string): Unit[] {
  const lines = input.replace(/\r\n?/g, '\n').replace(/\u2028|\u2029/g, '\n').split('\n');
  const blocks: RawLine[][] = [];
  let current: RawLine[] = [];
  lines.forEach((raw, i) => {
    const text = raw.replace(/^[\s\uFEFF]+|\s+$/g, '');
    if (text === '') {
      if (current.length) blocks.push(current);
      current = [];
      return;
    }
    current.push({ text, line: i + 1 });
  });
  if (current.length) blocks.push(current);

  const units: Unit[] = [];
  blocks.forEach((block, b) => {
    const wrapped = isHardWrapped(block);
    const width = Math.max(...block.map((l) => l.text.length));
    let text = '';
    let line = 0;
    const flush = (): void => {
      if (!text) return;
      units.push({ index: units.length, block: b, line, text, bare: bareLine(text), key: keyOf(text), metrics: measureUnit(text) });
      text = '';
    };
    let prevLine = '';
    for (const l of block) {
      if (text && continuesLine(prevLine, l.text, wrapped, width)) {
        text = text.endsWith('-') && /^\p{Ll}/u.test(l.text) && !/\s-$/.test(text) ? `${text}${l.text}` : `${text} ${l.text}`;
      } else {
        flush();
        text = l.text;
        line = l.line;
      }
      prevLine = l.text;
    }
    flush();
  });
  return joinSplitSentences(units);
}

/**
 * Joins units that a blank line split mid-sentence (pages that put every wrapped line in its own
 * element): a long line without final punctuation followed by one starting in lower case.
 */
function joinSplitSentences(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const unit of units) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.block !== unit.block &&
      prev.text.length >= WRAP_MIN_LINE_CHARS &&
      !SENTENCE_END.test(prev.text) &&
      !/[:：]$/.test(prev.text) &&
      WORD_CONTINUATION.test(unit.text) &&
      !LINK_END.test(prev.text)
    ) {
      const text = `${prev.text} ${unit.text}`;
      out[out.length - 1] = { ...prev, block: unit.block, text, bare: bareLine(text), key: keyOf(text), metrics: measureUnit(text) };
      continue;
    }
    out.push({ ...unit, index: out.length });
  }
  return out;
}
