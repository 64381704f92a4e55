import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { ensureAdmin } from './bootstrap-admin';
import { migrate, readMigrations } from './db/migrate';
import type { Db } from './db/types';
import type { Logger } from './logger';

export interface StartOptions {
  db: Db;
  host: string;
  port: number;
  logger: Logger;
  clock?: () => Date;
  corsOrigins?: readonly string[];
  /** TAL_ADMIN_TOKEN, when set. */
  adminToken?: string;
}

/** A running server: where it listens, the admin token made on first start (if any), and how to stop it. */
export interface RunningServer {
  url: string;
  port: number;
  newAdminToken?: string;
  close(): Promise<void>;
}

/**
 * Migrates the database, listens, then makes sure an admin exists: a first start that cannot
 * listen (the port taken) makes no admin token, so the next start still prints one.
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const clock = options.clock ?? (() => new Date());
  await migrate(options.db, await readMigrations());
  const app = createApp({
    db: options.db,
    clock,
    logger: options.logger,
    ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
  });
  const { server, address } = await new Promise<{ server: ReturnType<typeof serve>; address: AddressInfo }>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (address) => resolve({ server, address }));
    server.once('error', reject);
  });
  const admin = await ensureAdmin(options.db, options.adminToken, clock()).catch(async (error: unknown) => {
    await new Promise((done) => server.close(done));
    throw error;
  });
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    ...(admin.newToken === undefined ? {} : { newAdminToken: admin.newToken }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would hold close() open; closing them ends the server promptly.
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
