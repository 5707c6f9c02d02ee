/**
 * Document-level consistency for tagged spans. A sentence-level tagger labels each mention on its
 * own evidence, so in one article "Lukashenko" can come out PER four times and LOC once ("talks
 * between Lukashenko and a U.S. envoy"); news names one thing one way throughout an article.
 */
import type { EntityLabel } from './tags.js';
import type { Token } from './tokenize.js';
import { MAJORITY_MAX_SCORE, MAJORITY_RATIO, SURNAME_MIN_CHARS } from './settings.js';

/** An entity span as harmonisation sees it (EntitySpan with its rule). */
export interface TaggedSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: EntityLabel;
  readonly score: number;
  readonly rule: string;
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;

function foldName(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

/**
 * Relabels the minority mentions of a surface form to the type its mentions carry most weight
 * for (sum of scores), rule `ner/document-majority`; only mentions the tagger was unsure of
 * (score below `maxScore`) and only when the winning type outweighs theirs `ratio` times over.
 */
export function relabelByMajority(spans: readonly TaggedSpan[], maxScore = MAJORITY_MAX_SCORE, ratio = MAJORITY_RATIO): TaggedSpan[] {
  const weight = new Map<string, Map<EntityLabel, number>>();
  for (const s of spans) {
    const key = foldName(s.text);
    let byType = weight.get(key);
    if (!byType) weight.set(key, (byType = new Map()));
    byType.set(s.type, (byType.get(s.type) ?? 0) + s.score);
  }
  return spans.map((s) => {
    const byType = weight.get(foldName(s.text));
    if (!byType || byType.size < 2 || s.score >= maxScore) return s;
    let best: EntityLabel = s.type;
    let bestWeight = -1;
    for (const [type, w] of byType) {
      if (w > bestWeight) {
        best = type;
        bestWeight = w;
      }
    }
    if (best === s.type || bestWeight < ratio * (byType.get(s.type) ?? 0)) return s;
    return { ...s, type: best, rule: 'ner/document-majority' };
  });
}

/**
 * Short references to people named in full elsewhere in the document: a single-word span that
 * is the surname of a multi-word PER span becomes PER (`ner/document-surname`), and capitalised
 * untagged tokens equal to such a surname are added as PER mentions.
 */
export function propagateSurnames(spans: readonly TaggedSpan[], tokens: readonly Token[]): TaggedSpan[] {
  const surnames = new Map<string, number>();
  for (const s of spans) {
    if (s.type !== 'PER' || !/\s/u.test(s.text)) continue;
    const last = s.text.split(/\s+/u).pop() ?? '';
    if (last.length >= SURNAME_MIN_CHARS && CAPITALISED.test(last)) surnames.set(last, Math.max(surnames.get(last) ?? 0, s.score));
  }
  if (surnames.size === 0) return [...spans];
  const out = spans.map((s) => (s.type !== 'PER' && surnames.has(s.text) ? { ...s, type: 'PER' as const, rule: 'ner/document-surname' } : s));
  // Untagged occurrences: tokens outside every span whose text is a known surname.
  let k = 0;
  const sorted = [...out].sort((a, b) => a.start - b.start);
  for (const tok of tokens) {
    while (k < sorted.length && (sorted[k] as TaggedSpan).end <= tok.start) k++;
    const covering = sorted[k];
    if (covering && covering.start < tok.end) continue;
    const score = surnames.get(tok.text);
    if (score !== undefined) out.push({ start: tok.start, end: tok.end, text: tok.text, type: 'PER', score, rule: 'ner/document-surname' });
  }
  return out.sort((a, b) => a.start - b.start);
}
