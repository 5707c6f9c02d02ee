/**
 * Reader for CoNLL-style column files: one `token TAG` (or just `token`) per line, a blank line
 * between sentences, optional `-DOCSTART-` lines which mark document boundaries.
 */

export interface ConllSentence {
  readonly tokens: readonly string[];
  /** Gold tags (last column), or null when the file has only a token column. */
  readonly tags: readonly string[] | null;
  /** Index of the document the sentence belongs to (counted from `-DOCSTART-` lines). */
  readonly doc: number;
}

/**
 * Parses CoNLL text. Lines are split on whitespace; the first column is the token and the last
 * one the tag when there are two or more columns.
 *
 * @example
 * parseConll('Minsk B-LOC\n. O\n')[0]?.tags // ['B-LOC', 'O']
 */
export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  let hasTags = true;
  let doc = 0;
  const flush = (): void => {
    if (tokens.length > 0) out.push({ tokens, tags: hasTags ? tags : null, doc });
    tokens = [];
    tags = [];
    hasTags = true;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    const cols = line.split(/\s+/);
    const token = cols[0] ?? '';
    if (token === '-DOCSTART-') {
      flush();
      doc++;
      continue;
    }
    tokens.push(token);
    if (cols.length >= 2) tags.push(cols[cols.length - 1] ?? 'O');
    else hasTags = false;
  }
  flush();
  return out;
}
