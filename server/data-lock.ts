import { createHash, randomBytes } from 'node:crypto';
import { link, mkdir, readFile, realpath, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** The file `tal serve` keeps in its data folder while it serves: who holds the folder. */
export const LOCK_FILE = 'tal-serve.lock';

/** Another running `tal serve` holds the data folder. */
export class DataFolderInUseError extends Error {
  override name = 'DataFolderInUseError';
}

export type LockDeps = {
  pid: number;
  /** Whether a process with this pid runs on this machine. */
  isAlive(pid: number): boolean;
  /**
   * Linux: the lock is an abstract Unix socket named after the folder, which the kernel gives to one
   * process at a time and frees when that process dies, however it dies.
   */
  kernelLock: boolean;
};

const thisProcess: LockDeps = {
  pid: process.pid,
  isAlive(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      // EPERM: it runs, as another user.
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  },
  kernelLock: process.platform === 'linux',
};

type Holder = { pid: number; host: string; since: string };

/**
 * Takes the data folder for this process: embedded PostgreSQL (PGlite) in one folder must have one
 * server, or two would corrupt it. On Linux the kernel holds the lock (an abstract socket named by
 * the folder's real path: one holder, freed when it dies, SIGKILL included); the lock file in the
 * folder says who holds it, and one written on another machine (a shared folder) is respected.
 * Elsewhere the lock file is the lock: made with `link`, which fails if it exists; a file left by a
 * dead process is taken over. Returns the release function; a held folder throws DataFolderInUseError.
 */
export async function lockDataFolder(dir: string, deps: LockDeps = thisProcess): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true });
  const lock = join(dir, LOCK_FILE);
  const holder: Holder = { pid: deps.pid, host: hostname(), since: new Date().toISOString() };
  if (!deps.kernelLock) return lockWithFile(dir, lock, holder, deps);

  const socket = await listenOnce(
    `\0tal-serve:${createHash('sha256')
      .update(await realpath(dir))
      .digest('hex')}`,
  );
  if (socket === undefined) throw inUse(dir, lock, (await readHolder(lock)) ?? { pid: 0, host: holder.host, since: 'unknown' });
  const other = await readHolder(lock);
  if (other !== undefined && other.host !== holder.host) {
    socket.close();
    throw inUse(dir, lock, other);
  }
  // Any same-machine holder named in the file is gone: the kernel gave us the socket.
  await writeAtomically(lock, holder);
  return async () => {
    await unlink(lock).catch(() => undefined);
    await new Promise((done) => socket.close(done));
  };
}

function inUse(dir: string, lock: string, other: Holder): DataFolderInUseError {
  return new DataFolderInUseError(
    `the data folder ${dir} is in use by another tal serve (process ${other.pid} on ${other.host}, since ${other.since}); ` +
      `stop it first, or give this one another --data folder. If that process is gone, delete ${lock}.`,
  );
}

/** Listens on an abstract socket; undefined when another process (or this one) already does. */
function listenOnce(name: string): Promise<Server | undefined> {
  return new Promise((resolve, reject) => {
    const server = createServer((connection) => connection.destroy());
    server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve(undefined) : reject(error)));
    server.listen(name, () => {
      server.unref();
      resolve(server);
    });
  });
}

async function lockWithFile(dir: string, lock: string, holder: Holder, deps: LockDeps): Promise<() => Promise<void>> {
  const mine = join(dir, `${LOCK_FILE}.${deps.pid}.${randomBytes(4).toString('hex')}`);
  await writeFile(mine, `${JSON.stringify(holder)}\n`);
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await link(mine, lock);
        return async () => {
          await unlink(lock).catch(() => undefined);
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const other = await readHolder(lock);
      if (other === undefined) continue; // released meanwhile: try again
      if (other.host !== holder.host || deps.isAlive(other.pid)) throw inUse(dir, lock, other);
      // A dead process's file. Two starts taking it over at the same moment can race here; the
      // kernel lock of Linux has no such window.
      const aside = `${lock}.stale.${randomBytes(4).toString('hex')}`;
      await rename(lock, aside).catch(() => undefined);
      await rm(aside, { force: true });
    }
    throw new DataFolderInUseError(`the data folder ${dir} kept changing hands while tal serve started; try again`);
  } finally {
    await rm(mine, { force: true });
  }
}

async function writeAtomically(path: string, holder: Holder): Promise<void> {
  const partial = `${path}.${holder.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(partial, `${JSON.stringify(holder)}\n`);
  await rename(partial, path);
}

async function readHolder(lock: string): Promise<Holder | undefined> {
  try {
    return JSON.parse(await readFile(lock, 'utf8')) as Holder;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    // Unreadable (half-written by a start that died): a dead holder's, on this machine.
    return { pid: -1, host: hostname(), since: 'unknown' };
  }
}
