import { resolve } from 'node:path';
import { openDatabase } from '../../server/db/open';
import type { Db } from '../../server/db/types';
import { DEFAULT_CORS_ORIGINS } from '../../server/http/cors';
import { jsonLogger } from '../../server/logger';
import { startServer } from '../../server/start';
import { type CommandIo, InputError, parseOptions, printJson, UsageError } from '../io';

/**
 * `tal serve [--port <n>] [--host <h>] [--data <dir>]`: the team server of spec §6, on embedded
 * PostgreSQL in `--data` (default ./.tal-data) or on the server named by DATABASE_URL. Prints one
 * JSON line once listening (with the admin token on first start) and runs until SIGINT or SIGTERM.
 */
export async function run(args: string[], io: CommandIo) {
  const { values } = parseOptions(args, {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string', default: './.tal-data' },
  });
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`);
  if (values.host.trim() === '') throw new UsageError('--host must not be empty');

  const databaseUrl = io.env.DATABASE_URL || undefined;
  const dataDir = resolve(values.data);
  const db = await open(databaseUrl, dataDir);
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
    ...(io.env.TAL_ADMIN_TOKEN ? { adminToken: io.env.TAL_ADMIN_TOKEN } : {}),
  }).catch(async (error: NodeJS.ErrnoException) => {
    await db.close();
    if (error.code === 'EADDRINUSE' || error.code === 'EADDRNOTAVAIL' || error.code === 'EACCES') {
      throw new InputError(`cannot listen on ${values.host}:${port}: ${error.message}`);
    }
    throw error;
  });

  printJson(io, {
    listening: server.url,
    database: databaseUrl ? 'postgresql (DATABASE_URL)' : `embedded (${dataDir})`,
    ...(server.newAdminToken === undefined ? {} : { adminToken: server.newAdminToken }),
  });
  if (server.newAdminToken !== undefined) {
    io.stderr('tal serve: this is the admin token; it is shown only once, and only its hash is stored. Keep it safe.\n');
  }

  await new Promise<void>((done) => {
    const stop = (signal: string) => {
      logger.info('stopping', { signal });
      server
        .close()
        .then(() => db.close())
        .then(done, (error: unknown) => {
          logger.error('stop failed', { error: String(error) });
          done();
        });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}

async function open(databaseUrl: string | undefined, dataDir: string): Promise<Db> {
  try {
    return await openDatabase({ dataDir, ...(databaseUrl ? { databaseUrl } : {}) });
  } catch (error) {
    const where = databaseUrl ? 'the PostgreSQL server named by DATABASE_URL' : `the data folder ${dataDir}`;
    throw new InputError(`cannot open ${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
