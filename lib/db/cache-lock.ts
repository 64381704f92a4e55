/** The name every writer of the account cache locks, in every extension page, worker and the background. */
export const CACHE_LOCK_NAME = 'tal-scout:account-cache';

/** Another writer held the account cache for longer than the caller would wait (a team sync retries later). */
export class CacheBusyError extends Error {
  override name = 'CacheBusyError';
}

const BUSY = 'another import or sync is writing the account cache';

/**
 * The one lock of the account cache: imports, team sync, a new account from the panel and the demo
 * reset each write a generation and make it active, and garbage collection deletes the others; one
 * at a time, so no writer builds on a cache another is replacing. In the extension it is the Web
 * Locks API (`navigator.locks`: one holder across every page, worker and the background of the
 * extension, released when its holder's context closes); elsewhere (the CLI, tests) a lock of this
 * process.
 */
export interface CacheLock {
  /**
   * Runs `work` holding the lock. `waitMs` is how long to wait for it (unbounded unless told; 0: not
   * at all); past that it throws CacheBusyError and `work` never runs.
   */
  run<T>(work: () => Promise<T>, options?: { waitMs?: number }): Promise<T>;
  /** Whether another writer waits for the lock now: the background's upkeep, which can stop at any step, steps aside for it. */
  contended(): Promise<boolean>;
}

type Locks = {
  request<T>(name: string, options: { ifAvailable?: boolean; signal?: AbortSignal }, work: (lock: unknown) => Promise<T>): Promise<T>;
  query(): Promise<{ pending?: { name?: string }[] }>;
};

/** The Web Locks API where there is one, else a lock of this process. */
export function defaultCacheLock(): CacheLock {
  const locks = (globalThis.navigator as { locks?: Locks } | undefined)?.locks;
  return locks ? webCacheLock(locks) : processCacheLock;
}

export function webCacheLock(locks: Locks): CacheLock {
  return {
    async run(work, { waitMs = Number.POSITIVE_INFINITY } = {}) {
      const signal = waitMs > 0 && Number.isFinite(waitMs) ? AbortSignal.timeout(waitMs) : undefined;
      try {
        return await locks.request(CACHE_LOCK_NAME, { ifAvailable: waitMs <= 0, ...(signal ? { signal } : {}) }, async (lock) => {
          if (lock === null) throw new CacheBusyError(BUSY);
          return work();
        });
      } catch (error) {
        // The wait ran out before the lock was granted (the request is withdrawn; `work` never ran).
        if (signal?.aborted && error === signal.reason) throw new CacheBusyError(BUSY);
        throw error;
      }
    },
    async contended() {
      const { pending = [] } = await locks.query();
      return pending.some((lock) => lock.name === CACHE_LOCK_NAME);
    },
  };
}

/** A lock of one JavaScript realm: a queue of waiting writers. */
export function createLocalCacheLock(): CacheLock {
  let tail: Promise<unknown> = Promise.resolve();
  // Writers holding the lock or waiting for it.
  let busy = 0;
  return {
    async run(work, { waitMs = Number.POSITIVE_INFINITY } = {}) {
      if (waitMs <= 0 && busy > 0) throw new CacheBusyError(BUSY);
      busy++;
      const before = tail;
      let release = () => {};
      tail = new Promise<void>((done) => {
        release = done;
      });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const turn =
        Number.isFinite(waitMs) && waitMs > 0
          ? Promise.race([before.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(resolve, waitMs, false)))])
          : before.then(() => true);
      const granted = await turn;
      clearTimeout(timer);
      if (!granted) {
        // Gave up waiting: its place in the queue passes on once the writers before it are done.
        busy--;
        void before.then(release);
        throw new CacheBusyError(BUSY);
      }
      try {
        return await work();
      } finally {
        busy--;
        release();
      }
    },
    contended: async () => busy > 1,
  };
}

const processCacheLock = createLocalCacheLock();
