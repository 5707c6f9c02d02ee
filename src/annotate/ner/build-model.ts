/**
 * Turns CoNLL training sentences and external gazetteers into a model: gazetteers from the
 * training data itself (jackknifed, so the weights learn how far such lists can be trusted on
 * unseen text), feature encoding, perceptron training, pruning and quantisation.
 */
import type { ConllSentence } from './conll.js';
import { buildGazetteerList, GazetteerSet, type GazetteerList } from './gazetteer.js';
import { caseModeOf, sentenceFeatures } from './features.js';
import type { NerModel, NerModelMeta } from './model.js';
import { chunksOf, ENTITY_LABELS, TAG_COUNT, TAGS, tagIndex } from './tags.js';
import { seededRandom, trainPerceptron, type EncodedSentence } from './train-perceptron.js';

export interface BuildOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Training-data gazetteers are built K times, each time leaving one fold of sentences out. */
  readonly folds: number;
  /** Features whose largest absolute weight is below this are dropped. */
  readonly pruneBelow: number;
  /** Weights are rounded to multiples of this. */
  readonly quantum: number;
  /** Features seen fewer times than this in training are dropped before training. */
  readonly minFeatureCount: number;
  /** Share of ordinary training sentences also added as a Title Case copy (seeded choice). */
  readonly titleCaseShare: number;
  readonly provenance: Readonly<Record<string, unknown>>;
  readonly log?: (line: string) => void;
}

/** Name of the training-data gazetteer list for a label. */
function trainListName(label: string): string {
  return `train-${label}`;
}

/**
 * Entity phrases per label found in the given sentences, in first-seen order, plus the first and
 * last words of multi-word names per label: given names and surnames for PER, head words like
 * "Committee" or "Bank" for ORG, so an unseen combination still looks like a name of its kind.
 */
function entityPhrases(sentences: readonly ConllSentence[]): Map<string, string[][]> {
  const names = ENTITY_LABELS.flatMap((l) => [trainListName(l), `${trainListName(l)}-first`, `${trainListName(l)}-last`]);
  const out = new Map<string, string[][]>(names.map((n) => [n, []]));
  const seen = new Set<string>();
  const add = (list: string, phrase: readonly string[]): void => {
    const key = `${list}\u0000${phrase.join(' ').toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.get(list)?.push([...phrase]);
  };
  for (const s of sentences) {
    if (!s.tags) continue;
    for (const c of chunksOf(s.tags)) {
      const phrase = s.tokens.slice(c.start, c.end);
      add(trainListName(c.label), phrase);
      if (phrase.length > 1) {
        add(`${trainListName(c.label)}-first`, phrase.slice(0, 1));
        add(`${trainListName(c.label)}-last`, phrase.slice(-1));
      }
    }
  }
  return out;
}

/** Short function words left lower case in Title Case headlines. */
const TITLE_CASE_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'as', 'vs', 'via']);

/** A Title Case copy of a sentence ("Belarus frees 123 prisoners" -> "Belarus Frees 123 Prisoners"). */
function titleCased(s: ConllSentence): ConllSentence {
  const tokens = s.tokens.map((w, i) => {
    if (i > 0 && TITLE_CASE_LOWER.has(w)) return w;
    const first = w.charAt(0);
    return first.toUpperCase() === first ? w : first.toUpperCase() + w.slice(1);
  });
  return { ...s, tokens };
}

function listsOf(phrases: ReadonlyMap<string, readonly (readonly string[])[]>): GazetteerList[] {
  return [...phrases].map(([name, list]) => buildGazetteerList(name, list));
}

export function buildModel(train: readonly ConllSentence[], external: ReadonlyMap<string, readonly (readonly string[])[]>, options: BuildOptions): NerModel {
  const log = options.log ?? (() => {});
  const sentences = train.filter((s) => s.tags && s.tokens.length > 0);
  const externalLists = listsOf(external);
  const foldOf = (i: number): number => Math.floor((i * options.folds) / sentences.length);
  const foldLists: GazetteerSet[] = [];
  for (let k = 0; k < options.folds; k++) {
    foldLists.push(new GazetteerSet([...externalLists, ...listsOf(entityPhrases(sentences.filter((_, i) => foldOf(i) !== k)))]));
  }
  // Title Case copies keep the fold of their original, so their gazetteers are jackknifed too.
  const random = seededRandom(options.seed ^ 0x7f4a7c15);
  const examples: { sentence: ConllSentence; fold: number }[] = [];
  sentences.forEach((s, i) => {
    examples.push({ sentence: s, fold: foldOf(i) });
    if (random() < options.titleCaseShare && caseModeOf(s.tokens) === '') {
      const copy = titleCased(s);
      if (caseModeOf(copy.tokens) === '|T') examples.push({ sentence: copy, fold: foldOf(i) });
    }
  });
  const featureIds = new Map<string, number>();
  const encoded: EncodedSentence[] = examples.map(({ sentence: s, fold }) => {
    const feats = sentenceFeatures(s.tokens, foldLists[fold] as GazetteerSet);
    const offsets = new Int32Array(feats.length + 1);
    const ids: number[] = [];
    feats.forEach((fs, t) => {
      for (const f of fs) {
        let id = featureIds.get(f);
        if (id === undefined) featureIds.set(f, (id = featureIds.size));
        ids.push(id);
      }
      offsets[t + 1] = ids.length;
    });
    return { ids: Int32Array.from(ids), offsets, gold: Int32Array.from(s.tags as string[], tagIndex) };
  });
  // Drop rare features: seen once, a feature mostly memorises its one sentence.
  const counts = new Int32Array(featureIds.size);
  for (const e of encoded) for (const id of e.ids) counts[id] = (counts[id] as number) + 1;
  const remap = new Int32Array(featureIds.size).fill(-1);
  const kept0 = new Map<string, number>();
  for (const [f, id] of featureIds) {
    if ((counts[id] as number) >= options.minFeatureCount) {
      remap[id] = kept0.size;
      kept0.set(f, kept0.size);
    }
  }
  const filtered: EncodedSentence[] = encoded.map((e) => {
    const ids: number[] = [];
    const offsets = new Int32Array(e.offsets.length);
    for (let t = 0; t + 1 < e.offsets.length; t++) {
      for (let k = e.offsets[t] as number; k < (e.offsets[t + 1] as number); k++) {
        const r = remap[e.ids[k] as number] as number;
        if (r >= 0) ids.push(r);
      }
      offsets[t + 1] = ids.length;
    }
    return { ids: Int32Array.from(ids), offsets, gold: e.gold };
  });
  log(`${sentences.length} sentences + ${examples.length - sentences.length} Title Case copies, ${featureIds.size} distinct features, ${kept0.size} seen at least ${options.minFeatureCount} times`);
  const trained = trainPerceptron(filtered, {
    featureCount: kept0.size,
    epochs: options.epochs,
    seed: options.seed,
    onEpoch: (e, err) => log(`epoch ${e}: ${(err * 100).toFixed(2)}% of training tokens mistagged`),
  });

  // Prune and quantise: keep features with at least one weight of pruneBelow or more.
  const q = options.quantum;
  const featureIndex = new Map<string, number>();
  const kept: number[] = [];
  for (const [f, id] of kept0) {
    let max = 0;
    for (let t = 0; t < TAG_COUNT; t++) max = Math.max(max, Math.abs(trained.weights[id * TAG_COUNT + t] as number));
    if (max >= options.pruneBelow && max >= q / 2) {
      featureIndex.set(f, kept.length);
      kept.push(id);
    }
  }
  const weights = new Float32Array(kept.length * TAG_COUNT);
  kept.forEach((id, r) => {
    for (let t = 0; t < TAG_COUNT; t++) weights[r * TAG_COUNT + t] = Math.round((trained.weights[id * TAG_COUNT + t] as number) / q) * q;
  });
  const transitions = trained.transitions.map((v) => Math.round(v / q) * q);
  log(`kept ${kept.length} of ${kept0.size} features`);
  const gazetteerPhrases = new Map<string, readonly (readonly string[])[]>([...external, ...entityPhrases(sentences)]);
  const meta: NerModelMeta = { format: 'corroborate-ner/1', tags: TAGS, scale: q, ...options.provenance };
  return { meta, featureIndex, weights, transitions, gazetteers: listsOf(gazetteerPhrases), gazetteerPhrases };
}
