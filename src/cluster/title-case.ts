import { isSpace } from './tokenize.js';

/**
 * A name as it is shown: each word's first letter upper-cased ("lindsay lohan" -> "Lindsay
 * Lohan", "jean-marc" -> "Jean-Marc"), a word starting after white space or a hyphen. What
 * `s.replace(/(^|[\s-])(\p{L})/gu, ...)` gives, over character codes: it runs for every name a
 * report writes (dozens a report), and the Unicode expression with a callback was a tenth of the
 * features' time.
 *
 * @example
 * ```ts
 * titleCase('jean-marc ayrault'); // 'Jean-Marc Ayrault'
 * ```
 */
export function titleCase(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (i > 0) {
      const before = s.charCodeAt(i - 1);
      if (before !== HYPHEN && !isSpace(before)) continue;
    }
    const c = s.charCodeAt(i);
    if (c >= LOWER_A && c <= LOWER_Z) {
      out += s.slice(from, i) + String.fromCharCode(c - CASE_OFFSET);
      from = i + 1;
    } else if (c >= ASCII_END) {
      // Both halves of a surrogate pair (a letter outside the BMP is one code point).
      const ch = c >= 0xd800 && c <= 0xdbff ? s.slice(i, i + 2) : s.charAt(i);
      if (LETTER.test(ch)) {
        out += s.slice(from, i) + ch.toUpperCase();
        from = i + ch.length;
      }
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

const HYPHEN = 45;
const LOWER_A = 97;
const LOWER_Z = 122;
const CASE_OFFSET = 32;
const ASCII_END = 128;
const LETTER = /^\p{L}$/u;
