import { type CsvRun, createInProcessPool, type ImportPool } from '../../../lib/db/import-pipeline/import-pool';

/** A warm-up the pool was asked for: what it was given, and `finish` to end it (an abort ends it too). */
export type HeldWarmUp = { runs: readonly CsvRun[]; rows: number; signal: AbortSignal; finish(): void };

/**
 * An import pool that reads in process while saying it has `size` workers, and whose warm-ups last
 * until the test finishes them or their signal aborts: so a test sees what stops a warm-up.
 */
export function heldWarmUpPool(size = 2) {
  const inner = createInProcessPool();
  const warmUps: HeldWarmUp[] = [];
  const waiting = new Set<() => void>();
  let disposed = 0;
  const pool: ImportPool = {
    ...inner,
    size,
    warmUp: (runs, rows, signal) =>
      new Promise<void>((resolve) => {
        warmUps.push({ runs, rows, signal, finish: resolve });
        signal.addEventListener('abort', () => resolve());
        for (const wake of waiting) wake();
      }),
    dispose() {
      disposed++;
      inner.dispose();
    },
  };
  return {
    pool,
    warmUps,
    disposedCount: () => disposed,
    /** Resolves once the pool has been asked for its `n`-th warm-up (counting from 1). */
    warmUpNumber: (n: number) =>
      new Promise<HeldWarmUp>((resolve) => {
        const wake = () => {
          const warmUp = warmUps[n - 1];
          if (!warmUp) return;
          waiting.delete(wake);
          resolve(warmUp);
        };
        waiting.add(wake);
        wake();
      }),
  };
}

export type HeldWarmUpPool = ReturnType<typeof heldWarmUpPool>;
