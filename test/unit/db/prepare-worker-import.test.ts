import { describe, expect, it, vi } from 'vitest';
import { openAccountCache, prepareWorkerImport } from '../../../lib/db';
import { freshDb, syntheticAccounts } from './helpers';

/**
 * The import worker, in process: a Worker whose messages go to serveImports (as in the extension's
 * worker) over a pool whose warm-ups last until the test ends them or Import stops them.
 */
const fake = vi.hoisted(() => ({
  workers: [] as { terminated: boolean; held: import('./held-warm-up-pool').HeldWarmUpPool }[],
}));

vi.mock('../../../lib/db/import-pipeline/import.worker.ts?worker', async () => {
  const { serveImports } = await import('../../../lib/db/import-pipeline/serve-imports');
  const { heldWarmUpPool } = await import('./held-warm-up-pool');
  type Scope = Parameters<typeof serveImports>[0];
  class FakeImportWorker {
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    terminated = false;
    readonly held = heldWarmUpPool();
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
      serveImports(this.scope, () => this.held.pool);
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

/** The `n`-th warm-up (from 1) of the import worker started last, once asked for. */
function warmUpNumber(n: number) {
  const worker = fake.workers.at(-1);
  if (!worker) throw new Error('no import worker was started');
  return worker.held.warmUpNumber(n);
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
    const prepared = prepareWorkerImport(file());
    await prepared.checkSample({});
    await warmUpNumber(1);
    const warmed = prepared.warmedUp();
    prepared.dispose();
    await warmed;
    expect(fake.workers.at(-1)?.terminated).toBe(true);
  });
});
