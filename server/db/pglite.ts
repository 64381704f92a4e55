import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable, Row } from './types';

/** Opens embedded PostgreSQL in `dataDir` (created on first use), or in memory when none is given. */
export async function openPglite(dataDir?: string): Promise<Db> {
  const pg = dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir);
  // PGlite runs PostgreSQL inside this thread, so zero-filling each new 16 MB WAL segment would
  // stall every request for a moment; without it a segment is created at once. Nothing about
  // durability changes: WAL records are written as before.
  await pg.exec('SET wal_init_zero = off');
  return pgliteDb(pg);
}

/** The Db interface over an open PGlite instance. */
export function pgliteDb(pg: PGlite): Db {
  const wrap = (target: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      return (await target.query<T>(sql, [...params])).rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    // PGlite has one connection: its transaction() holds it exclusively, so transactions run one at a time.
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    close: () => pg.close(),
  };
}
