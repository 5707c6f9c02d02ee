export { findStatements } from './find-statements.js';
export type { FindStatementsInput } from './find-statements.js';
