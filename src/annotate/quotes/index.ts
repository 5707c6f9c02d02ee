export { findQuotes } from './find-quotes.js';
export type { FindQuotesInput } from './find-quotes.js';
export { findQuotedSpans } from './find-quoted-spans.js';
export type { QuotedSpan } from './find-quoted-spans.js';
export { resolvePronoun } from './resolve-pronoun.js';
export type { PronounContext } from './resolve-pronoun.js';
