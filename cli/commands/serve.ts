import { resolve } from 'node:path';
import { FIRST_ADMIN_ID } from '../../server/bootstrap-admin';
import { DataFolderInUseError, lockDataFolder } from '../../server/data-lock';
import { announceTokenChange, upsertAdmin } from '../../server/db/members';
import { migrate, readMigrations } from '../../server/db/migrate';
import { openDatabase } from '../../server/db/open';
import type { Db } from '../../server/db/types';
import { DEFAULT_CORS_ORIGINS } from '../../server/http/cors';
import { hashToken, newToken } from '../../server/http/tokens';
import { jsonLogger } from '../../server/logger';
import { startServer } from '../../server/start';
import { type CommandIo, InputError, parseOptions, printJson, UsageError } from '../io';

/** TAL_ADMIN_TOKEN must be at least this long: it is the key to every team's data. */
export const MIN_ADMIN_TOKEN_LENGTH = 24;

/**
 * `tal serve [--port <n>] [--host <h>] [--data <dir>] [--new-admin-token]`: the team server of spec §6,
 * on embedded PostgreSQL in `--data` (default ./.tal-data; one server per folder) or on the server
 * named by DATABASE_URL (TAL_DB_POOL connections per process, 10 by default). Prints one JSON line once listening (with the admin token on first start)
 * and runs until SIGINT or SIGTERM. `--new-admin-token` prints a new admin token and exits.
 */
export async function run(args: string[], io: CommandIo) {
  const { values } = parseOptions(args, {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string', default: './.tal-data' },
    'new-admin-token': { type: 'boolean', default: false },
  });
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`);
  if (values.host.trim() === '') throw new UsageError('--host must not be empty');
  const envToken = io.env.TAL_ADMIN_TOKEN || undefined;
  if (envToken !== undefined && envToken.length < MIN_ADMIN_TOKEN_LENGTH) {
    throw new InputError(`TAL_ADMIN_TOKEN is ${envToken.length} characters; it must be at least ${MIN_ADMIN_TOKEN_LENGTH}`);
  }

  const databaseUrl = io.env.DATABASE_URL || undefined;
  const pool = io.env.TAL_DB_POOL || undefined;
  if (pool !== undefined && !(/^\d+$/.test(pool) && Number(pool) >= 1 && Number(pool) <= 1000)) {
    throw new InputError(`TAL_DB_POOL must be a number of connections from 1 to 1000, not "${pool}"`);
  }
  const dataDir = resolve(values.data);
  // Embedded PostgreSQL in a folder must have one server; a PostgreSQL server takes many.
  const release = databaseUrl ? async () => {} : await lock(dataDir);
  const db = await open(databaseUrl, dataDir, pool === undefined ? undefined : Number(pool)).catch(async (error: unknown) => {
    await release();
    throw error;
  });
  if (values['new-admin-token']) {
    try {
      printJson(io, { adminToken: await replaceAdminToken(db) });
      io.stderr('tal serve: this is the new admin token; the old one no longer works. It is shown only once.\n');
      return;
    } finally {
      await db.close();
      await release();
    }
  }
  const corsOrigins = io.env.TAL_CORS_ORIGINS
    ? io.env.TAL_CORS_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter(Boolean)
    : DEFAULT_CORS_ORIGINS;
  const logger = jsonLogger(io.stderr);
  const server = await startServer({
    db,
    host: values.host,
    port,
    logger,
    corsOrigins,
    ...(envToken ? { adminToken: envToken } : {}),
  }).catch(async (error: NodeJS.ErrnoException) => {
    await db.close();
    await release();
    if (error.code === 'EADDRINUSE' || error.code === 'EADDRNOTAVAIL' || error.code === 'EACCES') {
      throw new InputError(`cannot listen on ${values.host}:${port}: ${error.message}`);
    }
    throw error;
  });

  // The signals are heard before the listening line is printed: a supervisor may stop the server as soon as it reads it.
  const stopped = new Promise<void>((done) => {
    const stop = (signal: string) => {
      logger.info('stopping', { signal });
      server
        .close()
        .then(() => db.close())
        .then(release)
        .then(done, (error: unknown) => {
          logger.error('stop failed', { error: String(error) });
          done();
        });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  printJson(io, {
    listening: server.url,
    database: databaseUrl ? 'postgresql (DATABASE_URL)' : `embedded (${dataDir})`,
    ...(server.newAdminToken === undefined ? {} : { adminToken: server.newAdminToken }),
  });
  if (server.newAdminToken !== undefined) {
    io.stderr('tal serve: this is the admin token; it is shown only once, and only its hash is stored. Keep it safe.\n');
  }

  await stopped;
}

/** For an admin who lost the token: a new one for the first admin; the old one stops working. */
async function replaceAdminToken(db: Db): Promise<string> {
  await migrate(db, await readMigrations());
  const token = newToken();
  await upsertAdmin(db, FIRST_ADMIN_ID, hashToken(token), new Date());
  // Servers still running on a shared PostgreSQL forget the old token at once.
  await announceTokenChange(db, db.kind);
  return token;
}

async function lock(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockDataFolder(dataDir);
  } catch (error) {
    if (error instanceof DataFolderInUseError) throw new InputError(error.message);
    throw error;
  }
}

async function open(databaseUrl: string | undefined, dataDir: string, poolSize: number | undefined): Promise<Db> {
  try {
    return await openDatabase({ dataDir, ...(databaseUrl ? { databaseUrl } : {}), ...(poolSize === undefined ? {} : { poolSize }) });
  } catch (error) {
    const where = databaseUrl ? 'the PostgreSQL server named by DATABASE_URL' : `the data folder ${dataDir}`;
    throw new InputError(`cannot open ${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
