/**
 * Supporting spans. A fact cites the sentence holding the words it rests on (the whole sentence,
 * so a reader sees the claim in context: "Nine of the released prisoners left Belarus for
 * Lithuania and 114 were taken to Ukraine, officials said."); a quote cites its quoted words.
 */
import type { ReportView, Span, Support } from '../core/records.js';

const SENTENCE_END = /[.!?…]["”’)\]]*(?=\s)|\n\s*\n/gu;

/**
 * The sentence around a span: the annotator's sentence when one contains the span's start, else
 * the stretch between the nearest sentence ends (full stop, question or exclamation mark followed
 * by a space, or a blank line), stretched to cover the span.
 */
export function findSentence(report: ReportView, span: Span): Span {
  const sentence = report.annotations.sentences.find((s) => s.start <= span.start && span.start < s.end);
  if (sentence !== undefined) return { start: sentence.start, end: Math.max(sentence.end, span.end) };
  const text = report.article.text;
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const boundary = match.index + match[0].length;
    if (boundary <= span.start) start = boundary;
    else if (match.index >= span.end) {
      end = match[0].startsWith('\n') ? match.index : boundary;
      break;
    }
  }
  return trimSpan(text, { start, end: Math.max(end, span.end) });
}

/** The span without leading and trailing white space. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/**
 * A support record for a span of a report, its text sliced from the report so it always equals
 * the cited words.
 */
export function supportOf(report: ReportView, span: Span): Support {
  const text = report.article.text;
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  return { report: report.id, start, end, text: text.slice(start, end) };
}

/** The sentence support of a span: `supportOf(report, findSentence(report, span))`. */
export function sentenceSupportOf(report: ReportView, span: Span): Support {
  return supportOf(report, findSentence(report, span));
}

/** Supports without repeats (same report and span), in report then offset order. */
export function uniqueSupports(supports: readonly Support[], reportOrder: ReadonlyMap<string, number>): Support[] {
  const seen = new Set<string>();
  const out: Support[] = [];
  for (const s of supports) {
    const key = `${s.report}:${s.start}:${s.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out.sort(
    (a, b) => (reportOrder.get(a.report) ?? 0) - (reportOrder.get(b.report) ?? 0) || a.start - b.start || a.end - b.end,
  );
}
