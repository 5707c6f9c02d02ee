/**
 * Development measurements of the annotate composition on the shared data (not a test: numbers to
 * watch, printed as JSON). Run after a build:
 *
 *   node dist/test/annotate/measure.js [conll-sentences]
 *
 * 1. entities: exact span and type F1 over PER/ORG/LOC on CoNLL-2003 dev (sentences grouped 25 to a
 *    text, blank line between), for the composition, the tagger alone and the rules alone.
 *    Demonym mentions are left out (CoNLL tags them MISC) and capital metonymy counts as LOC.
 * 2. quotes and statements on the 496 ECB+ articles: how many direct quotes get a speaker (a share,
 *    not an accuracy: there is no gold), indirect quotes, statements, median and p90 time.
 * 3. robustness on 300 extraction-dev ground-truth texts: nothing throws, every span and slice holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate } from '../../src/annotate/index.js';
import { tagEntities } from '../../src/annotate/ner/index.js';
import type { Annotations } from '../../src/core/records.js';
import { sharedDir } from '../support/shared-data.js';
import { spannedRecords } from './annotate-support.js';

const TYPE: Record<string, string> = { person: 'PER', organisation: 'ORG', location: 'LOC' };

function f1(s: { tp: number; fp: number; fn: number }) {
  const p = s.tp / (s.tp + s.fp);
  const r = s.tp / (s.tp + s.fn);
  return { precision: +p.toFixed(3), recall: +r.toFixed(3), f1: +((2 * p * r) / (p + r)).toFixed(3) };
}

function measureEntities(limit: number) {
  const sentences = readFileSync(join(sharedDir(), 'data', 'ner', 'conll2003-dev.txt'), 'utf8')
    .split('\n\n').map((s) => s.trim()).filter(Boolean)
    .map((s) => s.split('\n').map((l) => [l.slice(0, l.lastIndexOf(' ')), l.slice(l.lastIndexOf(' ') + 1)] as [string, string]))
    .slice(0, limit);
  const stats = { composition: { tp: 0, fp: 0, fn: 0 }, tagger: { tp: 0, fp: 0, fn: 0 }, rules: { tp: 0, fp: 0, fn: 0 } };
  for (let d = 0; d < sentences.length; d += 25) {
    let text = '';
    const gold = new Set<string>();
    for (const s of sentences.slice(d, d + 25)) {
      if (text) text += '\n\n';
      let cur: { start: number; end: number; type: string } | null = null;
      const close = () => { if (cur && cur.type !== 'MISC') gold.add(`${cur.start}:${cur.end}:${cur.type}`); cur = null; };
      s.forEach(([tok, tag], i) => {
        if (i) text += ' ';
        const start = text.length;
        text += tok;
        const [bio, type] = tag.split('-');
        if (bio === 'B' || (bio === 'I' && (!cur || cur.type !== type))) { close(); cur = { start, end: text.length, type: type! }; }
        else if (bio === 'I' && cur) cur.end = text.length;
        else close();
      });
      close();
    }
    const score = (pred: Set<string>, st: { tp: number; fp: number; fn: number }) => {
      for (const p of pred) if (gold.has(p)) st.tp++; else st.fp++;
      for (const g of gold) if (!pred.has(g)) st.fn++;
    };
    const spans = (a: Annotations) => new Set(a.mentions.filter((m) => m.rule !== 'entity/gazetteer-demonym')
      .map((m) => `${m.start}:${m.end}:${m.rule === 'entity/capital-metonymy' ? 'LOC' : TYPE[m.type]}`));
    score(spans(annotate({ text, published: null, language: 'en' })), stats.composition);
    score(spans(annotate({ text, published: null, language: 'en' }, { tagEntities: null })), stats.rules);
    score(new Set(tagEntities(text).filter((t) => t.type !== 'MISC').map((t) => `${t.start}:${t.end}:${t.type}`)), stats.tagger);
  }
  return { sentences: sentences.length, composition: f1(stats.composition), tagger: f1(stats.tagger), rules: f1(stats.rules) };
}

function measureQuotes() {
  const lines = readFileSync(join(sharedDir(), 'data', 'clustering-dev', 'ecbplus-odd-topics.jsonl'), 'utf8').trim().split('\n');
  const times: number[] = [];
  let direct = 0, attributed = 0, indirect = 0, statements = 0;
  for (const line of lines) {
    const doc = JSON.parse(line) as { text: string };
    const t0 = performance.now();
    const a = annotate({ text: doc.text, published: null, language: 'en' });
    times.push(performance.now() - t0);
    direct += a.quotes.filter((q) => q.direct).length;
    attributed += a.quotes.filter((q) => q.direct && q.speaker).length;
    indirect += a.quotes.filter((q) => !q.direct).length;
    statements += a.statements.length;
  }
  times.sort((x, y) => x - y);
  return { articles: lines.length, direct, attributedShare: +(attributed / direct).toFixed(3), indirect, statements,
    medianMs: +times[times.length >> 1]!.toFixed(1), p90Ms: +times[Math.floor(times.length * 0.9)]!.toFixed(1) };
}

function measureRobustness() {
  const truth = JSON.parse(readFileSync(join(sharedDir(), 'data', 'extraction-dev', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
  let throws = 0, broken = 0, errors = 0;
  const ids = Object.keys(truth).slice(0, 300);
  for (const id of ids) {
    const text = truth[id]!.articleBody ?? '';
    try {
      const a = annotate({ text, published: null, language: null });
      errors += a.messages.filter((m) => m.severity === 'error').length;
      for (const { record } of spannedRecords(a)) {
        if (record.start < 0 || record.end > text.length || record.start >= record.end || !record.rule || (record.text !== undefined && record.text !== text.slice(record.start, record.end))) broken++;
      }
    } catch {
      throws++;
    }
  }
  return { texts: ids.length, throws, brokenRecords: broken, errorMessages: errors };
}

annotate({ text: 'Warm-up: loads the tagger model once.', published: null, language: 'en' });
const limit = Number(process.argv[2] ?? 3250);
process.stdout.write(`${JSON.stringify({ entities: measureEntities(limit), quotes: measureQuotes(), robustness: measureRobustness() }, null, 2)}\n`);
