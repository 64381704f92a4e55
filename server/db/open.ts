import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Db } from './types';

/** A PostgreSQL server when `databaseUrl` is set (through a pool of `poolSize` connections, 10 by default), else embedded PostgreSQL in `dataDir`. */
export function openDatabase(options: { databaseUrl?: string; dataDir: string; poolSize?: number }): Promise<Db> {
  if (!options.databaseUrl) return openPglite(options.dataDir);
  return openPostgres(options.databaseUrl, options.poolSize === undefined ? {} : { maxConnections: options.poolSize });
}
