/** One row as the driver returns it; repositories read it through zod or small mappers. */
export type Row = Record<string, unknown>;

/** What both drivers can do: parameterized queries, and multi-statement scripts for migrations. */
export interface Queryable {
  /** Runs one statement with `$1`-style parameters; values are never spliced into the SQL. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migration files only). */
  exec(sql: string): Promise<void>;
}

/** The server's one database interface, over embedded PGlite or a PostgreSQL server. */
export interface Db extends Queryable {
  kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * PostgreSQL only: calls `onNotify` on each NOTIFY on `channel` (from any process), and `onLost` when
   * the listening connection breaks; resolves once listening. Closed with the database.
   */
  listen?(channel: string, handlers: { onNotify(): void; onLost(): void }): Promise<void>;
  close(): Promise<void>;
}
