import { describe, expect, it, vi } from 'vitest';
import { openAccountCache, prepareWorkerImport } from '../../../lib/db';
import { freshDb, syntheticAccounts } from './helpers';

/**
 * The import worker, in process: a Worker whose messages go to serveImports (as in the extension's
 * worker) over a two-worker pool that reads in process and whose warm-ups last until the test ends
 * them or Import stops them.
 */
const fake = vi.hoisted(() => ({
  warmUps: [] as { signal: AbortSignal; finish(): void }[],
  workers: [] as { terminated: boolean }[],
  onWarmUp: () => {},
}));

vi.mock('../../../lib/db/import-worker/import.worker.ts?worker', async () => {
  const { serveImports } = await import('../../../lib/db/import-worker/serve-imports');
  const { createInProcessPool } = await import('../../../lib/db/import-pool');
  type Scope = Parameters<typeof serveImports>[0];
  class FakeImportWorker {
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    terminated = false;
    private readonly scope: Scope = {
      onmessage: null,
      postMessage: (event) => {
        queueMicrotask(() => {
          if (!this.terminated) this.onmessage?.({ data: event } as MessageEvent);
        });
      },
    };
    constructor() {
      fake.workers.push(this);
      const inner = createInProcessPool();
      serveImports(this.scope, () => ({
        ...inner,
        size: 2,
        warmUp: (_runs, _rows, signal) =>
          new Promise<void>((resolve) => {
            fake.warmUps.push({ signal, finish: resolve });
            signal.addEventListener('abort', () => resolve());
            fake.onWarmUp();
          }),
      }));
    }
    postMessage(request: unknown) {
      queueMicrotask(() => this.scope.onmessage?.({ data: request } as MessageEvent));
    }
    terminate() {
      this.terminated = true;
    }
  }
  return { default: FakeImportWorker };
});

/** Resolves once the fake pool has started its `n`-th warm-up (counting from 1). */
function warmUpNumber(n: number) {
  return new Promise<{ signal: AbortSignal; finish(): void }>((resolve) => {
    const check = () => {
      const warmUp = fake.warmUps[n - 1];
      if (warmUp) resolve(warmUp);
    };
    fake.onWarmUp = check;
    check();
  });
}

/** Whether a promise has settled, once the tasks already queued have run. */
async function hasSettled(promise: Promise<unknown>) {
  let settled = false;
  void promise.then(() => {
    settled = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return settled;
}

const { csv } = syntheticAccounts(200);
const file = () => new File([csv], 'accounts.csv');

describe('prepareWorkerImport', () => {
  it('says warmedUp once the worker has warmed up after the latest check', async () => {
    fake.warmUps.length = 0;
    const prepared = prepareWorkerImport(file());
    const sample = await prepared.checkSample({});
    expect(sample.report.rows).toBe(200);
    const warmUp = await warmUpNumber(1);
    const warmed = prepared.warmedUp();
    expect(await hasSettled(warmed)).toBe(false);
    warmUp.finish();
    await warmed;
    prepared.dispose();
  });

  it('a newer check settles the warm-up before it, and the worker stops that one', async () => {
    fake.warmUps.length = 0;
    const prepared = prepareWorkerImport(file());
    await prepared.checkSample({});
    const first = await warmUpNumber(1);
    const firstWarmed = prepared.warmedUp();
    await prepared.checkSample({ Name: 'name' });
    await firstWarmed;
    expect(first.signal.aborted).toBe(true);
    const second = await warmUpNumber(2);
    expect(await hasSettled(prepared.warmedUp())).toBe(false);
    second.finish();
    await prepared.warmedUp();
    prepared.dispose();
  });

  it('Import settles warmedUp and stops the warm-up; the import completes', async () => {
    fake.warmUps.length = 0;
    const db = freshDb();
    const prepared = prepareWorkerImport(file());
    await prepared.checkSample({});
    const warmUp = await warmUpNumber(1);
    const warmed = prepared.warmedUp();
    const run = prepared.start({ db, mode: 'replace', mapping: {} }, () => {});
    await warmed;
    await expect(run.done).resolves.toMatchObject({ report: { rows: 200, valid: 200 } });
    await run.settled;
    expect(warmUp.signal.aborted).toBe(true);
    expect(await openAccountCache(db).count()).toBe(200);
  });

  it('giving up settles warmedUp and ends the worker', async () => {
    fake.warmUps.length = 0;
    const prepared = prepareWorkerImport(file());
    await prepared.checkSample({});
    await warmUpNumber(1);
    const warmed = prepared.warmedUp();
    prepared.dispose();
    await warmed;
    expect(fake.workers.at(-1)?.terminated).toBe(true);
  });
});
