/**
 * The annotate stage: sentences, entities (persons, organisations, places), quantities, times,
 * quotes and statements of one report's extracted text. Pure and deterministic: the same input
 * gives the same output; nothing is read but the packaged gazetteers and NER model.
 */
import type { Annotations, Message } from '../core/records.js';
import { findEntities, type TagEntities } from './entities/index.js';
import { tagEntities } from './ner/index.js';
import { findQuantities } from './quantities/index.js';
import { findTimes } from './times/index.js';
import { findQuotedSpans, findQuotes } from './quotes/index.js';
import { splitSentences } from './sentences/index.js';
import { findStatements } from './statements/index.js';

export { splitSentences } from './sentences/index.js';
export { findEntities } from './entities/index.js';
export { findQuotes } from './quotes/index.js';
export { findStatements } from './statements/index.js';
export { findQuantities } from './quantities/index.js';
export { findTimes } from './times/index.js';
export { ANNOTATE_RULES, ANNOTATE_RULE_IDS } from './rules.js';
export type { TagEntities, TaggedSpan } from './entities/index.js';

/** What `annotate()` reads: a report's extracted text and what the extractor knows about it. */
export interface AnnotateInput {
  readonly text: string;
  /** ISO 8601 publish date; relative dates ("on Saturday") resolve against it. */
  readonly published: string | null;
  /** ISO 639-1 language; country names in this language join the English ones. */
  readonly language: string | null;
  readonly title?: string | null;
}

export interface AnnotateOptions {
  /**
   * The entity tagger. Default: the shipped statistical tagger (src/annotate/ner) for English (or
   * unknown language) text, none for other languages. `null` runs the rules and gazetteers alone
   * (faster; lower recall on names without a title or cue).
   */
  readonly tagEntities?: TagEntities | null;
}

/**
 * Annotates one report's text. Every record's `text` equals `input.text.slice(start, end)` and
 * carries the rule that made it (see `ANNOTATE_RULES`).
 *
 * @example
 * const a = annotate({ text: 'Belarusian President Alexander Lukashenko freed 123 prisoners on Saturday.', published: '2025-12-13', language: 'en' });
 * a.entities.map((e) => e.key); // ['location:belarus', 'person:alexander-lukashenko']
 * a.statements[0]?.verb;        // 'free'
 */
export function annotate(input: AnnotateInput, options: AnnotateOptions = {}): Annotations {
  if (typeof input?.text !== 'string') throw new TypeError('annotate(input): input.text must be a string (the extracted text of one report)');
  const { text } = input;
  const messages: Message[] = [];
  const sentences = splitSentences(text);
  if (sentences.length === 0) {
    messages.push({ kind: 'message', severity: 'warning', reason: 'The text has no sentences to annotate (it is empty or white space).', rule: 'annotate/no-sentences' });
  }
  // The shipped tagger learnt English news (CoNLL-2003): on other languages it guesses, so only the
  // rules and gazetteers run there unless a tagger is passed in.
  const english = input.language === null || input.language === undefined || input.language === 'en';
  const tagger: TagEntities | null = options.tagEntities !== undefined ? options.tagEntities : english ? (t: string) => tagEntities(t, { sentences }) : null;
  let tagged = tagger !== null;
  const safeTagger: TagEntities | null =
    tagger &&
    ((t: string) =>
      guard(messages, 'entity tagger', [], () => tagger(t), () => {
        tagged = false;
      }));
  const { entities, mentions, genders } = findEntities(text, sentences, { language: input.language, tagEntities: safeTagger });
  const times = guard(messages, 'times', [], () => findTimes(text, { published: input.published, sentences }));
  const quantities = guard(messages, 'quantities', [], () => findQuantities(text, sentences, { times }));
  const quotes = findQuotes({ text, sentences, mentions, genders });
  const unclosed: number[] = [];
  findQuotedSpans(text, unclosed);
  for (const at of unclosed) {
    messages.push({ kind: 'message', severity: 'info', reason: `Quotation mark at offset ${at} opens a quote that does not close in its paragraph; the words after it are not taken as a quote.`, rule: 'quote/unclosed', start: at, end: at + 1 });
  }
  const statements = findStatements({ text, sentences, mentions, quantities, quotes, genders });
  return { kind: 'annotations', sentences, entities, mentions, quantities, times, quotes, statements, messages, tagged };
}

/**
 * Runs one annotator; if it throws (a bug, not a content problem), the others still run and the
 * failure becomes an error message, so one faulty part does not lose the whole report.
 */
function guard<T>(messages: Message[], part: string, fallback: T, run: () => T, failed?: () => void): T {
  try {
    return run();
  } catch (error) {
    failed?.();
    const reason = error instanceof Error ? error.message : String(error);
    messages.push({ kind: 'message', severity: 'error', reason: `The ${part} annotator failed on this text (${reason}); its records are missing from these annotations.`, rule: 'annotate/part-failed' });
    return fallback;
  }
}
