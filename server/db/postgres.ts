import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Db, Queryable, Row } from './types';

export interface PostgresOptions {
  /** Puts every table in this schema (tests use one schema per suite on a shared server). */
  searchPath?: string;
  maxConnections?: number;
  /** Check the server answers before returning (the default); tests of an unreachable server skip it. */
  verify?: boolean;
}

/** Connects to a PostgreSQL server through a pool; each transaction runs on one pooled connection. */
export async function openPostgres(connectionString: string, options: PostgresOptions = {}): Promise<Db> {
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    // A server that cannot be reached fails the request in seconds (a 503) rather than holding it.
    connectionTimeoutMillis: 5_000,
    ...(options.searchPath === undefined ? {} : { options: `-c search_path=${options.searchPath}` }),
  });
  // An idle connection that the server drops must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  if (options.verify !== false) await pool.query('SELECT 1');
  // Connections that LISTEN: outside the pool, as a LISTEN lasts as long as its connection.
  const listeners = new Set<pg.Client>();
  let closed = false;
  return {
    kind: 'postgres',
    ...pooledQueries(pool),
    async listen(channel, { onNotify, onLost }) {
      if (closed) throw new Error('the database is closed');
      const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
      let lost = false;
      const lose = () => {
        if (lost) return;
        lost = true;
        listeners.delete(client);
        onLost();
      };
      client.on('notification', (message) => {
        if (message.channel === channel) onNotify();
      });
      client.on('error', lose);
      client.on('end', lose);
      await client.connect();
      listeners.add(client);
      // The channel is an identifier of our own ("tal_members"), never user input.
      await client.query(`LISTEN ${channel}`);
    },
    async close() {
      closed = true;
      await Promise.all([...listeners].map((client) => client.end().catch(() => undefined)));
      listeners.clear();
      await pool.end();
    },
  };
}

/**
 * Queries and transactions over a node-postgres pool: each statement is a named one, so each
 * connection parses and plans it once, not at every proposal; each transaction runs on one pooled
 * connection. Shared by PostgreSQL servers and PGlite (through its node-postgres adapter).
 */
export function pooledQueries(pool: pg.Pool): Pick<Db, 'query' | 'exec' | 'transaction'> {
  const wrap = (target: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      return (await target.query<T>({ name: statementName(sql), text: sql, values: [...params] })).rows;
    },
    async exec(sql: string) {
      await target.query(sql);
    },
  });
  return {
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is discarded rather than returned to the pool.
        await client.query('ROLLBACK').catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        throw error;
      } finally {
        client.release(broken);
      }
    },
  };
}

const names = new Map<string, string>();

/** A short name for a statement's text, the same in every connection (`s` and a hash of the text). */
function statementName(sql: string): string {
  let name = names.get(sql);
  if (name === undefined) {
    name = `s${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    if (names.size < 10_000) names.set(sql, name);
  }
  return name;
}
