import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { splitInput, MAX_REPORT_BYTES, type ReportSource, type SourceFailure } from '../../src/ingest/index.js';

const enc = (s: string) => new TextEncoder().encode(s);
const sources = (xs: Array<ReportSource | SourceFailure>) => xs.filter((x): x is ReportSource => x.kind === 'report-source');
const failures = (xs: Array<ReportSource | SourceFailure>) => xs.filter((x): x is SourceFailure => x.kind === 'source-failure');

test('an HTML page is one html source, content-addressed', () => {
  const [s] = splitInput('page.html', enc('<html><body><p>Hello</p></body></html>')) as ReportSource[];
  assert.equal(s?.format, 'html');
  assert.match(s!.sha256, /^[0-9a-f]{64}$/);
  assert.equal(splitInput('copy.htm', enc('<html><body><p>Hello</p></body></html>'))[0]!.kind, 'report-source');
  assert.equal((splitInput('copy.htm', enc('<html><body><p>Hello</p></body></html>'))[0] as ReportSource).sha256, s!.sha256);
});

test('format is sniffed when the name does not tell', () => {
  assert.equal((splitInput('stdin', enc('<!DOCTYPE html><html><p>x</p></html>'))[0] as ReportSource).format, 'html');
  assert.equal((splitInput('stdin', enc('Just some text about a thing.'))[0] as ReportSource).format, 'text');
  assert.equal((splitInput('stdin', enc('{"title":"a","text":"b"}\n'))[0] as ReportSource).format, 'record');
});

test('.gz inputs are decompressed and addressed by their content', () => {
  const plain = enc('A report about a flood in the valley.');
  const [a] = sources(splitInput('a.txt', plain));
  const [b] = sources(splitInput('a.txt.gz', new Uint8Array(gzipSync(plain))));
  assert.equal(b?.format, 'text');
  assert.equal(b?.sha256, a?.sha256);
});

test('NDJSON: one source per line, bad lines fail alone with their line number', () => {
  const dump = [
    '{"id":"a1","title":"One","text":"First report text.","published":"2025-12-13"}',
    '',
    '{"id":"a2","title":"Two",',
    '[1,2,3]',
    '{"id":"a3","url":"https://example.org/x"}',
    '{"id":"a4","title":"Four","html":"<p>Fourth</p>","outlet":7}',
    '{"id":5,"title":"Five","text":"Fifth."}\r',
  ].join('\n');
  const out = splitInput('dump.ndjson', enc(dump));
  assert.deepEqual(sources(out).map((s) => [s.name, s.record?.id]), [['dump.ndjson:1', 'a1'], ['dump.ndjson:7', '5']]);
  const failed = failures(out);
  assert.deepEqual(failed.map((f) => f.name), ['dump.ndjson:3', 'dump.ndjson:4', 'dump.ndjson:5', 'dump.ndjson:6']);
  assert.match(failed[0]!.reason, /not valid JSON/);
  assert.match(failed[1]!.reason, /not a JSON object/);
  assert.match(failed[2]!.reason, /neither "text" nor "html" nor "title"/);
  assert.match(failed[3]!.reason, /"outlet" must be a string/);
});

test('NDJSON: a labelled stream\'s "source" names the outlet when "outlet" does not', () => {
  const dump = [
    '{"id":"b1","text":"One.","source":"Reuters","cluster":"e1"}',
    '{"id":"b2","text":"Two.","source":"Reuters","outlet":"AP"}',
    '{"id":"b3","text":"Three.","source":{"feed":"x"}}',
  ].join('\n');
  assert.deepEqual(sources(splitInput('stream.jsonl', enc(dump))).map((s) => s.record?.outlet), ['Reuters', 'AP', null]);
});

test('empty, binary, oversized and undecodable inputs fail with a reason naming the problem', () => {
  assert.match(failures(splitInput('empty.txt', enc('')))[0]!.reason, /empty/);
  assert.match(failures(splitInput('blank.txt', enc('  \n\n ')))[0]!.reason, /empty/);
  assert.match(failures(splitInput('x.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])))[0]!.reason, /PNG image/);
  assert.match(failures(splitInput('x.txt', new Uint8Array([65, 0, 66, 0, 67])))[0]!.reason, /binary/);
  const big = new Uint8Array(MAX_REPORT_BYTES + 1).fill(0x61);
  assert.match(failures(splitInput('big.txt', big))[0]!.reason, /more than the \d+ a single report may have/);
  assert.match(failures(splitInput('bad.gz', enc('not gzip at all')))[0]!.reason, /not a valid gzip/);
});

test('text that is not UTF-8 is decoded by a confident guess, marked with its charset', () => {
  // "Déjà vu, café, naïve résumé" in ISO-8859-1, long enough for a guess.
  const latin1 = Buffer.from('Le café était plein. Déjà vu: une naïve résumé écrite à la fenêtre, près de la mairie. '.repeat(4), 'latin1');
  const [s] = sources(splitInput('fr.txt', new Uint8Array(latin1)));
  assert.ok(s, 'decoded, not refused');
  assert.match(s.contentType ?? '', /charset=(iso-8859-1|windows-1252)/);
});

test('a record with only a title is that title, stored as its text too', () => {
  const out = splitInput('flash.ndjson', enc('{"id":"f1","title":"Quake of magnitude 6.1 strikes off Aceh, no tsunami warning issued."}'));
  const [source] = sources(out);
  assert.equal(source?.record?.text, 'Quake of magnitude 6.1 strikes off Aceh, no tsunami warning issued.');
  assert.equal(source?.record?.title, 'Quake of magnitude 6.1 strikes off Aceh, no tsunami warning issued.');
});
