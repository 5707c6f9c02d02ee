import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/annotate/ner/build-model.js';
import { findPackageRoot } from '../../src/annotate/ner/find-package-root.js';
import { buildGazetteerList, GazetteerSet } from '../../src/annotate/ner/gazetteer.js';
import { NerModelError, NerTagger, parseConll, parseModel, tagTokens } from '../../src/annotate/ner/index.js';
import { serialiseModel } from '../../src/annotate/ner/model.js';
import { scoreChunks } from '../../src/annotate/ner/score-chunks.js';
import { chunksOf } from '../../src/annotate/ner/tags.js';

// A toy corpus in our own words: enough for the perceptron to learn "Name Name said" and "in Place".
const TOY = [
  'Olga B-PER\nPetrova I-PER\nsaid O\nin O\nVarnograd B-LOC\n. O',
  'Ivan B-PER\nSorokin I-PER\nsaid O\nin O\nTelmar B-LOC\n. O',
  'Kestrel B-ORG\nBank I-ORG\nsaid O\nprofits O\nrose O\n. O',
  'Anna B-PER\nLind I-PER\nsaid O\nin O\nOstrava B-LOC\n. O',
  'Pell B-ORG\nBank I-ORG\nsaid O\nin O\nTelmar B-LOC\n. O',
].join('\n\n');

describe('model building and files', () => {
  it('trains deterministically, survives a round trip through the file format, and tags', () => {
    const options = { epochs: 5, seed: 7, folds: 2, pruneBelow: 0, quantum: 0.01, titleCaseShare: 0.5, minFeatureCount: 1, provenance: { trainedOn: 'toy' } };
    const sentences = parseConll(TOY);
    const external = new Map([['city', [['Ostrava'], ['Telmar']]]]);
    const a = serialiseModel(buildModel(sentences, external, options), ['test model']);
    const b = serialiseModel(buildModel(sentences, external, options), ['test model']);
    assert.deepEqual(a, b, 'same data and seed give the same bytes');
    const tagger = new NerTagger(parseModel(a));
    const [tags] = tagTokens([['Olga', 'Sorokin', 'said', 'in', 'Ostrava', '.']], tagger);
    assert.deepEqual(tags, ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O']);
  });

  it('rejects files that are not models with a message naming the fix', () => {
    assert.throws(() => parseModel(Buffer.from('not gzip'), 'x.gz'), (err: unknown) => err instanceof NerModelError && /train:ner/.test(err.message));
  });

  it('finds the package root from any module below it, whatever the outDir', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-root-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'corroborate' }));
      mkdirSync(join(dir, 'other-out', 'src', 'annotate', 'ner'), { recursive: true });
      mkdirSync(join(dir, 'other-out', 'nested'), { recursive: true });
      writeFileSync(join(dir, 'other-out', 'nested', 'package.json'), JSON.stringify({ name: 'not-us' }));
      const from = pathToFileURL(join(dir, 'other-out', 'src', 'annotate', 'ner', 'index.js')).href;
      assert.equal(findPackageRoot(from), dir);
      assert.equal(findPackageRoot(pathToFileURL(join(dir, 'other-out', 'nested', 'x.js')).href), dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('chunking and scoring', () => {
  it('reads chunks conlleval-style and scores exact spans only', () => {
    assert.deepEqual(chunksOf(['B-PER', 'I-PER', 'I-LOC', 'O', 'I-ORG']), [
      { start: 0, end: 2, label: 'PER' },
      { start: 2, end: 3, label: 'LOC' },
      { start: 4, end: 5, label: 'ORG' },
    ]);
    const report = scoreChunks([['B-PER', 'I-PER', 'O', 'B-MISC']], [['B-PER', 'O', 'O', 'B-MISC']], ['PER', 'ORG', 'LOC']);
    assert.equal(report.micro.tp, 0);
    assert.equal(report.micro.fp, 1);
    assert.equal(report.micro.fn, 1);
  });
});

describe('gazetteers', () => {
  it('marks the longest match per list, lists independently, case-insensitively', () => {
    const set = new GazetteerSet([
      buildGazetteerList('city', [['New', 'York'], ['York']]),
      buildGazetteerList('org', [['New', 'York', 'Times']]),
    ]);
    assert.deepEqual(set.mark(['the', 'new', 'york', 'times', 'in', 'york']), [[], ['city:B', 'org:B'], ['city:I', 'org:I'], ['org:I'], [], ['city:B']]);
  });
});
