/**
 * A term key as the tokenizer shares it: one object per key (`w:quak`, `e:obama`, `n:1200`), held
 * by every word that counts toward it, with a slot for the report being counted. Counting a
 * report's terms then adds to a field instead of looking its key up in a Map for each token
 * (features about a fifth faster, bench/cluster/README.md); {@link TermTally} says which slots are current.
 */
export class Term {
  /** The tally this term was last counted in, by its stamp; the fields below belong to it. */
  stamp = 0;
  count = 0;
  /** What the term shows in that report: a name as written, or a counted number ("40 people"). */
  shown: string | null = null;
  constructor(readonly key: string) {}
}

/**
 * The term counts of one report, in the order terms were first counted (the order a Map keyed by
 * term would give, which fixes the order of the report's vector). Terms of the tokenizer's words
 * are counted on their shared {@link Term}; the few keys made per report (counted numbers, days,
 * places, report time) get a Term of their own here.
 */
export class TermTally {
  /** Counted terms, first counted first. */
  readonly terms: Term[] = [];
  private readonly stamp = ++lastStamp;
  private readonly own = new Map<string, Term>();

  /** Adds `by` to a shared term's count. */
  add(term: Term, by: number): Term {
    if (term.stamp !== this.stamp) {
      term.stamp = this.stamp;
      term.count = 0;
      term.shown = null;
      this.terms.push(term);
    }
    term.count += by;
    return term;
  }

  /**
   * Adds `by` to the count of a key no word has (counted numbers `q:`, days `d:`, places `p:`,
   * report time `t:`): a word's term (`w:`, `n:`, `e:`) must be counted as its shared Term, or it
   * would be counted twice under one key.
   */
  addKey(key: string, by: number): Term {
    let term = this.own.get(key);
    if (term === undefined) {
      if (WORD_PREFIXES.has(key.slice(0, 2))) throw new Error(`TermTally.addKey: '${key}' is a word's term; count it with add(word.term)`);
      term = new Term(key);
      this.own.set(key, term);
    }
    return this.add(term, by);
  }
}

/** Stamps handed out so far: each tally's is new, so slots left by earlier reports read as stale. */
let lastStamp = 0;

/** Prefixes of the terms words carry (tokenize.ts). */
const WORD_PREFIXES = new Set(['w:', 'n:', 'e:']);
