/** One schema step. Versions are applied in order, once each, and recorded in `schema_migrations`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** PostgreSQL DDL; runs in one transaction with the version's record. */
  readonly up: string;
}
