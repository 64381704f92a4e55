import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';
import type { Db } from '../db/types';
import { newToken } from '../http/tokens';
import { jsonLogger } from '../logger';
import { startServer } from '../start';
import { type ChildServer, spawnServer } from '../testing/child-server';

export const LOAD_DATABASES = ['pglite', 'postgres'] as const;
export type LoadDatabase = (typeof LOAD_DATABASES)[number];

/** The servers a load run drives, the database they share (for the checks after the run), and how to stop them. */
export interface LoadTarget {
  urls: string[];
  adminToken: string;
  db: Db;
  /** Where the data is, in words. */
  where: string;
  close(): Promise<void>;
}

/** A request of the run's set-up as the admin; a refusal ends the run. */
export async function admin(url: string, token: string, method: string, path: string, body: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { token: string };
}

/** One server in this process on embedded PGlite in a temp folder (PGlite is one process's database: one server only). */
export async function pgliteTarget(): Promise<LoadTarget> {
  const dir = await mkdtemp(join(tmpdir(), 'tal-load-'));
  const db = await openPglite(dir);
  const adminToken = newToken();
  const server = await startServer({
    db,
    host: '127.0.0.1',
    port: 0,
    logger: jsonLogger((line) => process.stderr.write(line)),
    adminToken,
  });
  return {
    urls: [server.url],
    adminToken,
    db,
    where: `PGlite in ${dir}, one server in this process`,
    async close() {
      await server.close();
      await db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * `servers` separate `tal serve` processes (as a deployment behind a load balancer runs them) on a
 * new database `name` of the PostgreSQL server at `serverUrl`, each with a pool of `poolSize`
 * connections. The first starts (and migrates) alone, then the others.
 */
export async function postgresTarget(serverUrl: string, name: string, servers: number, poolSize: number): Promise<LoadTarget> {
  const admin = await openPostgres(serverUrl, { maxConnections: 1 });
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const adminToken = newToken();
  const dir = await mkdtemp(join(tmpdir(), 'tal-load-'));
  const env = { DATABASE_URL: url.href, TAL_ADMIN_TOKEN: adminToken, TAL_DB_POOL: String(poolSize) };
  const children: ChildServer[] = [];
  let db: Db | undefined;
  const close = async () => {
    await Promise.all(children.map((server) => stop(server)));
    await db?.close();
    const dropper = await openPostgres(serverUrl, { maxConnections: 1 });
    await dropper.exec(`DROP DATABASE IF EXISTS ${name}`);
    await dropper.close();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    children.push(await spawnServer(dir, env));
    children.push(...(await Promise.all(Array.from({ length: servers - 1 }, () => spawnServer(dir, env)))));
    db = await openPostgres(url.href, { maxConnections: 2 });
  } catch (error) {
    await close();
    throw error;
  }
  return {
    urls: children.map((server) => server.url),
    adminToken,
    db,
    where: `PostgreSQL database ${name} at ${url.host}, ${servers} tal serve process${servers === 1 ? '' : 'es'} (pools of ${poolSize})`,
    close,
  };
}

/** Asks a server to stop (SIGTERM: it finishes its requests and closes its pool) and waits until it has. */
function stop({ child }: ChildServer): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
