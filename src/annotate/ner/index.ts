/**
 * Named-entity tagger: an averaged structured perceptron over IOB2 tags (PER, ORG, LOC, MISC),
 * trained on CoNLL-2003 by `npm run train:ner` and shipped in `models/ner/`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../core/records.js';
import { findPackageRoot } from './find-package-root.js';
import { parseModel, type NerModel } from './model.js';
import { splitSentences } from './split-sentences.js';
import { chunksOf, TAGS, type EntityLabel } from './tags.js';
import { NerTagger } from './tagger.js';
import { tokenize, type Token } from './tokenize.js';
import { propagateSurnames, relabelByMajority, type TaggedSpan } from './harmonise-mentions.js';

export { tokenize, type Token } from './tokenize.js';
export { splitSentences } from './split-sentences.js';
export { parseModel, NerModelError, type NerModel } from './model.js';
export { parseConll, type ConllSentence } from './conll.js';
export { chunksOf, TAGS, type EntityLabel, type TagChunk } from './tags.js';

/** The shipped model file, relative to the package root. */
export const MODEL_PATH = 'models/ner/conll2003-perceptron.txt.gz';

/** An entity found in text; `text === input.slice(start, end)`. */
export interface EntitySpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: EntityLabel;
  /** Confidence in [0, 1]: the lowest marginal probability of the span's tags (see tagMarginals). */
  readonly score?: number;
  /**
   * Rule that produced the span: `ner/tagger` (the model), `ner/document-majority` (relabelled to
   * the type most mentions of the same name got), `ner/document-surname` (a surname of a person
   * named in full elsewhere in the text).
   */
  readonly rule?: string;
}

export interface TagEntitiesOptions {
  /** Sentence spans to tag within (else the text is split internally). */
  readonly sentences?: readonly Span[];
  /** Entity types to return (default: all four). */
  readonly types?: readonly EntityLabel[];
  /** A tagger from `loadTagger` (default: the shipped model, loaded once). */
  readonly tagger?: NerTagger;
  /**
   * Treat the text as one document and make its mentions consistent (majority type per name,
   * surnames of people named in full). Default true; false gives the bare sentence-level tags.
   */
  readonly document?: boolean;
}

let shipped: NerTagger | null = null;

/**
 * Loads a model file (gzip text written by the training script) into a tagger.
 *
 * @example
 * const tagger = loadTagger('/tmp/experiment.txt.gz');
 * tagEntities('Putin met Lukashenko.', { tagger });
 */
export function loadTagger(path: string): NerTagger {
  return new NerTagger(parseModel(readFileSync(path), path));
}

/**
 * The tagger of the shipped model, loaded lazily once from the package's `models/ner/`.
 *
 * @example
 * defaultTagger().model.meta.trainedOn // 'conll2003-train.txt'
 */
export function defaultTagger(): NerTagger {
  if (!shipped) shipped = loadTagger(join(findPackageRoot(import.meta.url), MODEL_PATH));
  return shipped;
}

/** The model behind the default tagger (for its metadata and size). */
export function defaultModel(): NerModel {
  return defaultTagger().model;
}

/**
 * IOB2 tags for pre-tokenised sentences (the benchmark's entry point).
 *
 * @example
 * tagTokens([['Vladimir', 'Putin', 'visited', 'Minsk', '.']])
 * // [['B-PER', 'I-PER', 'O', 'B-LOC', 'O']]
 */
export function tagTokens(sentences: readonly (readonly string[])[], tagger: NerTagger = defaultTagger()): string[][] {
  return sentences.map((words) => Array.from(tagger.tagWords(words), (t) => TAGS[t] ?? 'O'));
}

function sentencesFromSpans(tokens: readonly Token[], spans: readonly Span[]): Token[][] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Token[][] = [];
  let k = 0;
  for (const span of sorted) {
    while (k < tokens.length && (tokens[k] as Token).end <= span.start) k++;
    const group: Token[] = [];
    while (k < tokens.length && (tokens[k] as Token).start < span.end) group.push(tokens[k++] as Token);
    if (group.length > 0) out.push(group);
  }
  return out;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Finds person, organisation, location and miscellaneous names in text.
 *
 * @example
 * tagEntities('Alexander Lukashenko freed prisoners in Minsk.')
 * // [{ start: 0, end: 20, text: 'Alexander Lukashenko', type: 'PER', score: 0.99, rule: 'ner/tagger' },
 * //  { start: 40, end: 45, text: 'Minsk', type: 'LOC', score: 0.97, rule: 'ner/tagger' }]
 */
export function tagEntities(text: string, options: TagEntitiesOptions = {}): EntitySpan[] {
  const tagger = options.tagger ?? defaultTagger();
  const tokens = tokenize(text);
  const sentences = options.sentences ? sentencesFromSpans(tokens, options.sentences) : splitSentences(text, tokens);
  let spans: TaggedSpan[] = [];
  for (const sentence of sentences) {
    const { tags, confidence } = tagger.tagWithConfidence(sentence.map((t) => t.text));
    const names = Array.from(tags, (t) => TAGS[t] ?? 'O');
    for (const chunk of chunksOf(names)) {
      // Punctuation at a span's edges (page debris like ": 'iframe'") is never part of a name.
      let first = chunk.start;
      let last = chunk.end - 1;
      while (first <= last && !WORDLIKE.test((sentence[first] as Token).text)) first++;
      while (last >= first && !WORDLIKE.test((sentence[last] as Token).text)) last--;
      if (first > last) continue;
      const start = (sentence[first] as Token).start;
      const end = (sentence[last] as Token).end;
      let score = 1;
      for (let i = first; i <= last; i++) score = Math.min(score, confidence[i] ?? 0);
      spans.push({ start, end, text: text.slice(start, end), type: chunk.label as EntityLabel, score: Math.round(score * 1000) / 1000, rule: 'ner/tagger' });
    }
  }
  if (options.document !== false) spans = propagateSurnames(relabelByMajority(spans), tokens);
  const wanted = new Set<string>(options.types ?? ['PER', 'ORG', 'LOC', 'MISC']);
  return spans.filter((s) => wanted.has(s.type));
}

export { NerTagger } from './tagger.js';
