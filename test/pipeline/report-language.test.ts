// The pipeline reads a report's words by the language the input names or extraction detects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSource } from '../../src/pipeline/index.js';
import { splitInput } from '../../src/ingest/split-input.js';

const GERMAN =
  'Die Gewerkschaft der Lokführer hat ihre Mitglieder zu einem Streik von 48 Stunden aufgerufen. Von Mittwochmorgen an ' +
  'fallen bei der Bahn die meisten Fernzüge aus, und auch im Regionalverkehr kommt es zu Ausfällen. Die Gewerkschaft ' +
  'fordert eine kürzere Wochenarbeitszeit und mehr Lohn, die Bahn nannte den Streik unverhältnismäßig.';

function featuresOf(name: string, bytes: string, contentType?: string) {
  const [source] = splitInput(name, new TextEncoder().encode(bytes), contentType ? { contentType } : {});
  if (!source || source.kind !== 'report-source') throw new Error(`${name} gave no report`);
  return analyseSource(source);
}

test("a dump line's lang, a page's lang attribute, or the detected language picks the words' rules", () => {
  const line = JSON.stringify({ id: 'de-1', title: 'Bahnstreik', text: GERMAN, lang: 'de', published: '2025-12-10' });
  const page = `<!doctype html><html lang="de"><head><title>Bahnstreik</title></head><body><article><h1>Bahnstreik</h1><p>${GERMAN}</p></article></body></html>`;
  for (const analysis of [featuresOf('dump.ndjson', line + '\n'), featuresOf('page.html', page, 'text/html'), featuresOf('plain.txt', GERMAN)]) {
    assert.equal(analysis.article.language, 'de');
    const terms = Object.keys(analysis.features.terms);
    assert.ok(terms.includes('w:gewerkschaft') && terms.includes('w:streik'), terms.join(' '));
    assert.ok(!terms.includes('w:der') && !terms.includes('w:und') && !terms.includes('w:die'), 'German function words are stopwords');
    assert.deepEqual(terms.filter((t) => t.startsWith('e:')), [], 'German nouns are not names');
  }
  // Named as English, the same text is read by English rules: its function words stay.
  const asEnglish = featuresOf('dump.ndjson', JSON.stringify({ id: 'de-2', text: GERMAN, lang: 'en' }) + '\n');
  assert.ok(Object.keys(asEnglish.features.terms).includes('w:der'));
});
