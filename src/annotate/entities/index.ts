export { findEntities } from './find-entities.js';
export type { FindEntitiesOptions } from './find-entities.js';
export type { ResolvedEntities } from './resolve-entities.js';
export type { TagEntities, TaggedSpan } from './candidate.js';
export { slugifyName } from './slugify-name.js';
export { tokenizeWords } from './tokenize-words.js';
export type { Word } from './tokenize-words.js';
