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

interface MergedNode {
  /** Indexes of the lists that have a phrase ending here. */
  ends: number[];
  next: Map<string, MergedNode>;
}

/**
 * All lists in one trie, so marking a sentence walks it once per start token instead of once
 * per list. Each list is matched on its own: scanning left to right, the longest phrase of that
 * list starting at a token not yet covered by one of its matches.
 */
export class GazetteerSet {
  readonly names: readonly string[];
  private readonly root: MergedNode = { ends: [], next: new Map() };

  constructor(lists: readonly GazetteerList[]) {
    this.names = lists.map((l) => l.name);
    lists.forEach((list, index) => this.merge(list.root, this.root, index));
  }

  private merge(from: TrieNode, into: MergedNode, index: number): void {
    if (from.end) into.ends.push(index);
    for (const [key, child] of from.next) {
      let target = into.next.get(key);
      if (!target) into.next.set(key, (target = { ends: [], next: new Map() }));
      this.merge(child, target, index);
    }
  }

  /** The mark string of a mark id from markIds: `name:B` or `name:I`. */
  markName(id: number): string {
    return `${this.names[id >> 1] as string}:${id & 1 ? 'I' : 'B'}`;
  }

  /** Per token, the `name:B` / `name:I` marks of every list (longest match, left to right). */
  mark(folded: readonly string[]): string[][] {
    return this.markIds(folded).map((ids) => ids.map((id) => this.markName(id)));
  }

  /** As mark, with each mark as a number: list index * 2, plus 1 for `I`. */
  markIds(folded: readonly string[]): number[][] {
    const L = this.names.length;
    const out: number[][] = folded.map(() => []);
    const coveredUntil = new Int32Array(L);
    const longest = new Int32Array(L);
    for (let i = 0; i < folded.length; i++) {
      longest.fill(0);
      let node: MergedNode | undefined = this.root;
      let any = false;
      for (let j = i; j < folded.length && node; j++) {
        node = node.next.get(folded[j] as string);
        if (node && node.ends.length > 0) {
          any = true;
          for (const l of node.ends) longest[l] = j - i + 1;
        }
      }
      if (!any) continue;
      for (let l = 0; l < L; l++) {
        const len = longest[l] as number;
        if (len === 0 || (coveredUntil[l] as number) > i) continue;
        coveredUntil[l] = i + len;
        (out[i] as number[]).push(l * 2);
        for (let k = i + 1; k < i + len; k++) (out[k] as number[]).push(l * 2 + 1);
      }
    }
    return out;
  }
}
