/**
 * Phrase gazetteers: lists of names (countries, cities, given names, entity names seen in the
 * training data), matched case-insensitively on token sequences, longest match first.
 */

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/** One named list of phrases, each phrase a sequence of lower-cased tokens. */
export interface GazetteerList {
  readonly name: string;
  readonly root: TrieNode;
}

/** Folds a token for gazetteer lookup: lower case, curly apostrophes made straight. */
export function foldToken(token: string): string {
  return token.toLowerCase().replace(/’/g, "'");
}

/** Builds a list from phrases given as token arrays (already tokenised like the tagger's input). */
export function buildGazetteerList(name: string, phrases: Iterable<readonly string[]>): GazetteerList {
  const root: TrieNode = { end: false, next: new Map() };
  for (const phrase of phrases) {
    if (phrase.length === 0) continue;
    let node = root;
    for (const tok of phrase) {
      const key = foldToken(tok);
      let child = node.next.get(key);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    node.end = true;
  }
  return { name, root };
}

/**
 * Marks each token covered by a list match with `B` (first token) or `I`, scanning left to right
 * and taking the longest match at each start. Returns one entry per token (null = no match).
 */
export function matchGazetteer(list: GazetteerList, folded: readonly string[]): ('B' | 'I' | null)[] {
  const out: ('B' | 'I' | null)[] = new Array(folded.length).fill(null);
  let i = 0;
  while (i < folded.length) {
    let node: TrieNode | undefined = list.root;
    let best = 0;
    for (let j = i; j < folded.length && node; j++) {
      node = node.next.get(folded[j] as string);
      if (node?.end) best = j - i + 1;
    }
    if (best > 0) {
      out[i] = 'B';
      for (let k = i + 1; k < i + best; k++) out[k] = 'I';
      i += best;
    } else i++;
  }
  return out;
}
