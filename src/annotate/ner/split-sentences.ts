import type { Token } from './tokenize.js';
import { MAX_SENTENCE_TOKENS } from './settings.js';

const TERMINAL = new Set(['.', '!', '?', '...', '…', '。', '！', '？', '؟', '।']);
const CLOSERS = /^["'”’»)\]]$/u;
const OPENS_SENTENCE = /^["'“‘«([]?[\p{Lu}\p{Lo}\p{N}]/u;

function hasLineBreakBetween(text: string, a: Token, b: Token): boolean {
  return text.slice(a.end, b.start).includes('\n');
}

/**
 * Whether a token ends the sentence. Only a period of its own does: the tokenizer keeps the
 * period on abbreviations ("U.S.", "Mr.", "Corp."), and cutting "U.S. President Donald Trump"
 * after "U.S." costs the tagger far more than merging the rare sentence that ends in one.
 */
function endsWithTerminalPeriod(token: Token): boolean {
  return TERMINAL.has(token.text);
}

/**
 * Groups tokens into sentences for tagging: a line break always ends one (headlines, captions,
 * list items), so does a terminal mark followed by a capitalised word; overlong runs are cut
 * at MAX_SENTENCE_TOKENS so decoding stays linear on text without punctuation.
 *
 * @example
 * splitSentences('Hi there. Bye.', tokenize('Hi there. Bye.')).length // 2
 */
export function splitSentences(text: string, tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    current.push(tok);
    const next = tokens[i + 1];
    if (!next) break;
    let boundary = hasLineBreakBetween(text, tok, next) || current.length >= MAX_SENTENCE_TOKENS;
    if (!boundary && endsWithTerminalPeriod(tok)) {
      // Closing quotes and brackets stay with the sentence they close.
      let j = i + 1;
      while (j < tokens.length && CLOSERS.test(tokens[j]?.text ?? '') && !hasLineBreakBetween(text, tokens[j - 1] as Token, tokens[j] as Token)) j++;
      const after = tokens[j];
      if (j > i + 1) {
        for (let k = i + 1; k < j; k++) current.push(tokens[k] as Token);
        i = j - 1;
      }
      boundary = after === undefined || OPENS_SENTENCE.test(after.text);
    }
    if (boundary) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}
