import type { Annotations, Article } from '../core/records.js';
import { extractReport, type ExtractInput } from '../extract/index.js';
import { annotate } from '../annotate/index.js';
import { clusterFeatures, type ClusterFeatures } from '../cluster/index.js';
import type { ReportSource } from '../ingest/index.js';

export interface Analysis {
  readonly kind: 'analysis';
  readonly article: Article;
  readonly annotations: Annotations;
  readonly features: ClusterFeatures;
}

/**
 * Runs the pure stages on one report source: extract, annotate, and the features clustering
 * needs. No I/O; the same source always gives the same analysis. `fetchedAt` (default: the
 * source's own, which only pages this program fetched have) is when the bytes were fetched: the
 * time a dateline missing its year, or a bare "Updated 9:06 AM", is read against. Never the time
 * of adding: a dump or a saved file added today may be years old.
 */
export function analyseSource(source: ReportSource, options: { fetchedAt?: string } = {}): Analysis {
  const article = extractSource(source, options);
  const annotations = annotate({ text: article.text, published: article.published, language: article.language, title: article.title });
  const features = clusterFeatures({ title: article.title, text: article.text, published: article.published, annotations, language: article.language });
  return { kind: 'analysis', article, annotations, features };
}

/**
 * The extract stage alone on one report source: its article (text, title, metadata), as
 * `analyseSource` makes it. Pure.
 *
 * @example
 * extractSource(source).text
 */
export function extractSource(source: ReportSource, options: { fetchedAt?: string } = {}): Article {
  return extractReport(toExtractInput(source, options.fetchedAt ?? source.fetchedAt));
}

function toExtractInput(source: ReportSource, fetchedAt?: string): ExtractInput {
  const common = {
    ...(source.url ? { url: source.url } : {}),
    ...(source.contentType ? { contentType: source.contentType } : {}),
    ...(fetchedAt ? { fetchedAt } : {}),
  };
  if (source.format !== 'record') return { format: source.format, content: source.bytes, ...common };
  const record = source.record!;
  const hints = { title: record.title, published: record.published, outlet: record.outlet, language: record.lang, url: record.url };
  return record.html?.trim()
    ? { format: 'html', content: record.html, hints, ...common }
    : { format: 'text', content: record.text ?? '', hints, ...common };
}
