/** The name every writer of the account cache locks, in every extension page, worker and the background. */
export const CACHE_LOCK_NAME = 'tal-scout:account-cache';

/** Another writer holds the account cache and the caller asked not to wait (a team sync retries later). */
export class CacheBusyError extends Error {
  override name = 'CacheBusyError';
}

/**
 * The one lock of the account cache: imports, team sync, a new account from the panel and the demo
 * reset each write a generation and make it active, and garbage collection deletes the others; one
 * at a time, so no writer builds on a cache another is replacing. In the extension it is the Web
 * Locks API (`navigator.locks`: one holder across every page, worker and the background of the
 * extension, released when its holder's context closes); elsewhere (the CLI, tests) a lock of this
 * process.
 */
export interface CacheLock {
  /** Runs `work` holding the lock; with `ifAvailable`, throws CacheBusyError at once when it is held. */
  run<T>(work: () => Promise<T>, options?: { ifAvailable?: boolean }): Promise<T>;
}

type Locks = {
  request<T>(name: string, options: { ifAvailable?: boolean }, work: (lock: unknown) => Promise<T>): Promise<T>;
};

/** The Web Locks API where there is one, else a lock of this process. */
export function defaultCacheLock(): CacheLock {
  const locks = (globalThis.navigator as { locks?: Locks } | undefined)?.locks;
  return locks ? webCacheLock(locks) : processCacheLock;
}

export function webCacheLock(locks: Locks): CacheLock {
  return {
    run: (work, options = {}) =>
      locks.request(CACHE_LOCK_NAME, { ifAvailable: options.ifAvailable === true }, async (lock) => {
        if (lock === null) throw new CacheBusyError('another import or sync is writing the account cache');
        return work();
      }),
  };
}

/** A lock of one JavaScript realm: a queue of waiting writers. */
export function createLocalCacheLock(): CacheLock {
  let tail: Promise<unknown> = Promise.resolve();
  // Writers holding the lock or waiting for it.
  let busy = 0;
  return {
    async run(work, options = {}) {
      if (options.ifAvailable && busy > 0) throw new CacheBusyError('another import or sync is writing the account cache');
      busy++;
      const before = tail;
      let release = () => {};
      tail = new Promise<void>((done) => {
        release = done;
      });
      await before;
      try {
        return await work();
      } finally {
        busy--;
        release();
      }
    },
  };
}

const processCacheLock = createLocalCacheLock();
