/**
 * Trains the named-entity tagger on CoNLL-2003 and writes models/ner/. Run: `npm run train:ner`
 * [-- --train FILE] [--dev FILE] [--out FILE] [--epochs N] [--seed N] [--prune-below W]
 * [--quantum W] (defaults in src/annotate/ner/settings.ts). Deterministic for the same data and
 * options. Reads the training data from ../shared (never copied into the repo).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildModel } from '../src/annotate/ner/build-model.js';
import { parseConll } from '../src/annotate/ner/conll.js';
import { findPackageRoot } from '../src/annotate/ner/find-package-root.js';
import { cityPhrases, commonWordPhrases, countryPhrases, givenNamePhrases, wordnetPhrases } from '../src/annotate/ner/gazetteer-sources.js';
import { MODEL_PATH, tagTokens } from '../src/annotate/ner/index.js';
import { parseModel, serialiseModel } from '../src/annotate/ner/model.js';
import { scoreChunks } from '../src/annotate/ner/score-chunks.js';
import { NerTagger } from '../src/annotate/ner/tagger.js';
import { CITY_MIN_POPULATION, COMMON_WORD_MAX_LEVEL, TRAINING } from '../src/annotate/ner/settings.js';

const root = findPackageRoot(import.meta.url);
const { values } = parseArgs({
  options: {
    train: { type: 'string', default: join(root, '../shared/data/ner/conll2003-train.txt') },
    dev: { type: 'string', default: join(root, '../shared/data/ner/conll2003-dev.txt') },
    out: { type: 'string', default: join(root, MODEL_PATH) },
    epochs: { type: 'string', default: String(TRAINING.epochs) },
    seed: { type: 'string', default: String(TRAINING.seed) },
    'prune-below': { type: 'string', default: String(TRAINING.pruneBelow) },
    quantum: { type: 'string', default: String(TRAINING.quantum) },
  },
});

const started = performance.now();
const log = (line: string): void => console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${line}`);
const trainText = readFileSync(values.train);
const sha256 = createHash('sha256').update(trainText).digest('hex');
const train = parseConll(trainText.toString('utf8'));
const external = new Map<string, string[][]>([
  ['country', countryPhrases()],
  ['city', cityPhrases(CITY_MIN_POPULATION)],
  ['given-name', givenNamePhrases()],
  ['common-word', commonWordPhrases(COMMON_WORD_MAX_LEVEL)],
  ...wordnetPhrases(),
]);
for (const [name, list] of external) log(`gazetteer ${name}: ${list.length} phrases`);
const epochs = Number(values.epochs);
const seed = Number(values.seed);
const model = buildModel(train, external, {
  ...TRAINING,
  epochs,
  seed,
  pruneBelow: Number(values['prune-below']),
  quantum: Number(values.quantum),
  provenance: { trainedOn: basename(values.train), trainSha256: sha256, epochs, seed, folds: TRAINING.folds },
  log,
});
const bytes = serialiseModel(model, [
  'GENERATED FILE, do not edit: `npm run train:ner` (scripts/train-ner.ts) writes it.',
  `Averaged structured perceptron, IOB2 PER/ORG/LOC/MISC, trained on ${basename(values.train)} (sha256 ${sha256}).`,
]);
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, bytes);
log(`wrote ${values.out}: ${(bytes.length / 1024).toFixed(0)} KiB`);

if (existsSync(values.dev)) {
  const dev = parseConll(readFileSync(values.dev, 'utf8'));
  const tagger = new NerTagger(parseModel(bytes));
  const pred = tagTokens(dev.map((s) => s.tokens), tagger);
  const report = scoreChunks(dev.map((s) => s.tags ?? []), pred, ['PER', 'ORG', 'LOC']);
  const fmt = (x: number): string => (x * 100).toFixed(2);
  for (const [label, s] of Object.entries(report.byLabel)) log(`dev ${label}: P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)}`);
  log(`dev micro PER/ORG/LOC: P ${fmt(report.micro.precision)} R ${fmt(report.micro.recall)} F1 ${fmt(report.micro.f1)}`);
}
