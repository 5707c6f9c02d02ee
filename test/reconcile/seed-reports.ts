/**
 * Report views built end to end (plain-text extractor, then annotate) for reconcile tests: the two
 * seed reports read from ../shared at test time, and reports written for the tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportView } from '../../src/core/records.js';
import { extractReport } from '../../src/extract/index.js';
import { annotate } from '../../src/annotate/index.js';

/** A report view from plain text, through the real extractor and annotator. */
export function reportFromText(
  id: string,
  text: string,
  hints: { title?: string; published?: string; outlet?: string } = {},
  derivedFrom: string | null = null,
): ReportView {
  const article = extractReport({ format: 'text', content: text, hints: { language: 'en', ...hints } });
  const annotations = annotate({ text: article.text, published: article.published, language: article.language, title: article.title });
  return {
    id,
    externalId: null,
    url: null,
    outlet: article.outlet,
    published: article.published,
    article,
    annotations,
    derivedFrom,
  };
}

/** The seed reports in `dir`, in file-name order, ids `seed-000`, `seed-001`. */
export function seedReports(dir: string, derivedFrom: (index: number) => string | null = () => null): ReportView[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => reportFromText(`seed-${f.slice(0, 3)}`, readFileSync(join(dir, f), 'utf8'), {}, derivedFrom(i)));
}

/**
 * A third report of the same release, written for these tests, that counts 52 prisoners freed
 * where the seeds say 123.
 */
export const CONTRADICTING_TEXT = [
  'Belarus releases 52 prisoners after US talks',
  '',
  'Minsk, 14 December 2025',
  '',
  'Belarus freed 52 political prisoners on Saturday, according to a human rights group that tracks detentions in the country, after two days of talks between President Alexander Lukashenko and an American envoy.',
  '',
  'The rights group said the figure could change as more names were confirmed.',
].join('\n');
