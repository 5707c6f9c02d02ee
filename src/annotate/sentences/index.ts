export { splitSentences } from './split-sentences.js';
export type { SentenceRecord } from './split-sentences.js';
