import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Db } from './types';

/** A PostgreSQL server when `databaseUrl` is set, else embedded PostgreSQL in `dataDir`. */
export function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Db> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir);
}
