/**
 * The IOB2 tag set of the tagger and the conversions between tag sequences and entity chunks.
 */

export type EntityLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

export const ENTITY_LABELS: readonly EntityLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** Tag index order used by the model's weight rows: O first, then B-/I- per label. */
export const TAGS: readonly string[] = ['O', ...ENTITY_LABELS.flatMap((l) => [`B-${l}`, `I-${l}`])];

export const TAG_COUNT = TAGS.length;

const TAG_INDEX = new Map(TAGS.map((t, i) => [t, i]));

/** Index of an IOB2 tag; IOB1 and unknown labels are treated as O (misuse is not an error here). */
export function tagIndex(tag: string): number {
  return TAG_INDEX.get(tag) ?? 0;
}

/** Whether tag `to` may follow tag `from` in IOB2 (`I-X` only after `B-X` or `I-X`); -1 is the sentence start. */
export function isAllowedTransition(from: number, to: number): boolean {
  const t = TAGS[to] ?? 'O';
  if (!t.startsWith('I-')) return true;
  if (from < 0) return false;
  const f = TAGS[from] ?? 'O';
  return f !== 'O' && f.slice(2) === t.slice(2);
}

/** A chunk of tokens `[start, end)` with its label. */
export interface TagChunk {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

/**
 * Chunks of an IOB tag sequence, conlleval-style: an `I-X` that does not continue an `X` chunk
 * opens a new one (so IOB1 input and ill-formed predictions are scored the way conlleval does).
 */
export function chunksOf(tags: readonly string[]): TagChunk[] {
  const out: TagChunk[] = [];
  let start = -1;
  let label = '';
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? (tags[i] ?? 'O') : 'O';
    const prefix = tag === 'O' ? 'O' : tag.slice(0, 1);
    const l = tag === 'O' ? '' : tag.slice(2);
    const continues = prefix === 'I' && label === l && start >= 0;
    if (start >= 0 && !continues) {
      out.push({ start, end: i, label });
      start = -1;
      label = '';
    }
    if (prefix !== 'O' && !continues) {
      start = i;
      label = l;
    }
  }
  return out;
}
