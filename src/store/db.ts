/**
 * The one database surface every part of Corroborate talks to. Two dialect adapters implement it
 * (PGlite embedded, PostgreSQL server); both speak PostgreSQL's SQL with `$1` parameters, so every
 * query is written once.
 */
export interface QueryResult<T> {
  readonly rows: T[];
  readonly affectedRows?: number;
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /**
   * Shared by a database handle and all its transactions: where store code keeps what it caches
   * for the handle's lifetime (see term-stats.ts), keyed by a symbol of its own.
   */
  readonly memo?: Map<symbol, unknown>;
}

export interface Db extends Queryable {
  readonly dialect: 'pglite' | 'postgres';
  /** Human-readable location (a directory or a URL without password), for messages. */
  readonly location: string;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
