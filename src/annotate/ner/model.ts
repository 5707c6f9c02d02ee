/**
 * The tagger's model: feature weights per tag, tag-transition weights and the gazetteer lists
 * the features refer to, with its (de)serialisation to the gzip text file in `models/ner/`.
 *
 * File layout (after gunzip), one record per line:
 *   `# generated ...` header lines, then one JSON line of metadata (tags, weight scale, provenance);
 *   `T\t<ints>`: transition weights, (tags + 1 start row) x tags, quantised;
 *   `G\t<list>\t<phrase>`: one gazetteer phrase, tokens separated by spaces;
 *   `F\t<feature>\t<ints>`: one feature's weight per tag, quantised (empty = 0).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildGazetteerList, type GazetteerList } from './gazetteer.js';
import { TAGS, TAG_COUNT } from './tags.js';

export interface NerModelMeta {
  readonly format: 'corroborate-ner/1';
  readonly tags: readonly string[];
  /** Quantised integers are multiplied by this to give the weight. */
  readonly scale: number;
  readonly [key: string]: unknown;
}

export interface NerModel {
  readonly meta: NerModelMeta;
  readonly featureIndex: ReadonlyMap<string, number>;
  /** Row-major: feature row x TAG_COUNT. */
  readonly weights: Float32Array;
  /** (TAG_COUNT + 1) x TAG_COUNT; row TAG_COUNT is the sentence start. */
  readonly transitions: Float32Array;
  readonly gazetteers: readonly GazetteerList[];
  /** The phrases behind `gazetteers`, kept for serialisation. */
  readonly gazetteerPhrases: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/** Thrown when a model file is not a model of this format. */
export class NerModelError extends Error {
  override readonly name = 'NerModelError';
}

function quantise(values: ArrayLike<number>, scale: number): string {
  const parts: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const q = Math.round((values[i] ?? 0) / scale);
    parts.push(q === 0 ? '' : String(q));
  }
  return parts.join(',');
}

function dequantise(text: string, scale: number, into: Float32Array, at: number): void {
  const parts = text.split(',');
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p) into[at + i] = Number(p) * scale;
  }
}

/** Serialises a model to the gzip file content; identical input gives identical bytes. */
export function serialiseModel(model: NerModel, header: readonly string[]): Buffer {
  const lines: string[] = header.map((h) => `# ${h}`);
  lines.push(JSON.stringify(model.meta));
  const { scale } = model.meta;
  lines.push(`T\t${quantise(model.transitions, scale)}`);
  for (const [name, phrases] of model.gazetteerPhrases) {
    for (const p of phrases) lines.push(`G\t${name}\t${p.join(' ')}`);
  }
  const row = new Float32Array(TAG_COUNT);
  for (const [feature, r] of model.featureIndex) {
    row.set(model.weights.subarray(r * TAG_COUNT, (r + 1) * TAG_COUNT));
    lines.push(`F\t${feature}\t${quantise(row, scale)}`);
  }
  return gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 });
}

/** Parses the gzip file content written by serialiseModel. */
export function parseModel(content: Uint8Array, source = 'model'): NerModel {
  let text: string;
  try {
    text = gunzipSync(content).toString('utf8');
  } catch (err) {
    throw new NerModelError(`${source} is not a gzip file: regenerate it with "npm run train:ner" (${String(err)})`);
  }
  const lines = text.split('\n');
  let li = 0;
  while (li < lines.length && (lines[li] ?? '').startsWith('#')) li++;
  let meta: NerModelMeta;
  try {
    meta = JSON.parse(lines[li++] ?? '') as NerModelMeta;
  } catch {
    throw new NerModelError(`${source} has no metadata line: regenerate it with "npm run train:ner"`);
  }
  if (meta.format !== 'corroborate-ner/1' || meta.tags.join(' ') !== TAGS.join(' ')) {
    throw new NerModelError(`${source} is format ${String(meta.format)} with tags ${String(meta.tags)}; this tagger reads corroborate-ner/1 with ${TAGS.join(' ')}`);
  }
  const transitions = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
  const phrases = new Map<string, string[][]>();
  const featureLines: string[] = [];
  for (; li < lines.length; li++) {
    const line = lines[li] as string;
    if (line === '') continue;
    const kind = line[0];
    if (kind === 'F') featureLines.push(line);
    else if (kind === 'T') dequantise(line.slice(2), meta.scale, transitions, 0);
    else if (kind === 'G') {
      const tab = line.indexOf('\t', 2);
      const name = line.slice(2, tab);
      let list = phrases.get(name);
      if (!list) phrases.set(name, (list = []));
      list.push(line.slice(tab + 1).split(' '));
    }
  }
  const weights = new Float32Array(featureLines.length * TAG_COUNT);
  const featureIndex = new Map<string, number>();
  for (let r = 0; r < featureLines.length; r++) {
    const line = featureLines[r] as string;
    const tab = line.lastIndexOf('\t');
    featureIndex.set(line.slice(2, tab), r);
    dequantise(line.slice(tab + 1), meta.scale, weights, r * TAG_COUNT);
  }
  const gazetteers = [...phrases].map(([name, list]) => buildGazetteerList(name, list));
  return { meta, featureIndex, weights, transitions, gazetteers, gazetteerPhrases: phrases };
}
