import { describe, expect, it } from 'vitest';
import { createTalDb, openAccountCache } from '../../../lib/db';
import type { ImportWorkerEvent, ImportWorkerRequest } from '../../../lib/db/import-pipeline/protocol';
import { serveImports, WARM_UP_ROWS, warmUpRows } from '../../../lib/db/import-pipeline/serve-imports';
import { heldWarmUpPool } from './held-warm-up-pool';
import { syntheticAccounts } from './helpers';

/** The import worker's handling over a fake scope and a pool whose warm-ups last until the test ends them. */
function serve() {
  const events: ImportWorkerEvent[] = [];
  const waiting = new Set<() => void>();
  const scope = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    postMessage(event: ImportWorkerEvent) {
      events.push(event);
      for (const wake of waiting) wake();
    },
  };
  const held = heldWarmUpPool();
  serveImports(scope, () => held.pool);
  const send = (request: ImportWorkerRequest) => scope.onmessage?.({ data: request } as MessageEvent);
  /** Resolves with the first event of `type` (and of `check`, if given), once it is posted. */
  const event = <K extends ImportWorkerEvent['type']>(type: K, check?: number) =>
    new Promise<Extract<ImportWorkerEvent, { type: K }>>((resolve) => {
      const wake = () => {
        const found = events.find(
          (e): e is Extract<ImportWorkerEvent, { type: K }> =>
            e.type === type && (check === undefined || ('check' in e && e.check === check)),
        );
        if (!found) return;
        waiting.delete(wake);
        resolve(found);
      };
      waiting.add(wake);
      wake();
    });
  return { events, send, event, ...held };
}

const csv = syntheticAccounts(200).csv;
const file = new File([csv], 'accounts.csv');
const check = (n: number): ImportWorkerRequest => ({ type: 'check', check: n, file, fileName: file.name, mapping: {} });

describe('serveImports (the import worker)', () => {
  it('after a check answers, warms the pool up with the rows it read, then says warmedUp', async () => {
    const worker = serve();
    worker.send(check(0));
    const checked = await worker.event('checked', 0);
    expect(checked.sample.report.rows).toBe(200);
    const warmUp = await worker.warmUpNumber(1);
    // The whole sample in runs of records, and half the file's 200 rows shared by the two workers.
    expect(warmUp.runs.map((run) => run.text).join('')).toBe(csv);
    expect(warmUp.rows).toBe(50);
    expect(worker.events.some((e) => e.type === 'warmedUp')).toBe(false);
    warmUp.finish();
    await worker.event('warmedUp', 0);
    expect(warmUp.signal.aborted).toBe(false);
  });

  it('stops a warm-up when a newer check comes, and warms up after that one', async () => {
    const worker = serve();
    worker.send(check(0));
    const first = await worker.warmUpNumber(1);
    worker.send(check(1));
    expect(first.signal.aborted).toBe(true);
    await worker.event('warmedUp', 0);
    await worker.event('checked', 1);
    const second = await worker.warmUpNumber(2);
    expect(second.signal.aborted).toBe(false);
    second.finish();
    await worker.event('warmedUp', 1);
  });

  it('stops the warm-up at Import, and imports the file with the pool the checks warmed', async () => {
    const worker = serve();
    const dbName = `test-${crypto.randomUUID()}`;
    worker.send(check(0));
    const warmUp = await worker.warmUpNumber(1);
    worker.send({ type: 'start', dbName, file, fileName: file.name, mode: 'replace', mapping: {} });
    expect(warmUp.signal.aborted).toBe(true);
    const done = await worker.event('done');
    expect(done.report).toMatchObject({ rows: 200, valid: 200, errors: [] });
    await worker.event('cleaned');
    expect(worker.disposedCount()).toBe(1);
    expect(worker.events.some((e) => e.type === 'failed')).toBe(false);
    const db = createTalDb(dbName);
    expect(await openAccountCache(db).count()).toBe(200);
    db.close();
  });

  it('does not warm up after a check that answers once the import has started, but still says warmedUp', async () => {
    const worker = serve();
    const dbName = `test-${crypto.randomUUID()}`;
    worker.send(check(0));
    worker.send({ type: 'start', dbName, file, fileName: file.name, mode: 'replace', mapping: {} });
    await worker.event('checked', 0);
    await worker.event('warmedUp', 0);
    await worker.event('cleaned');
    expect(worker.warmUps).toEqual([]);
  });

  it('refuses a check once the import has started', async () => {
    const worker = serve();
    worker.send({ type: 'start', dbName: `test-${crypto.randomUUID()}`, file, fileName: file.name, mode: 'replace', mapping: {} });
    worker.send(check(3));
    const failed = await worker.event('checkFailed', 3);
    expect(failed.message).toMatch(/import has started/);
    await worker.event('cleaned');
  });
});

describe('warmUpRows', () => {
  const sample = (rows: number, complete: boolean) => ({ complete, report: { rows } }) as Parameters<typeof warmUpRows>[0];

  it('is half the rows of a file the sample read whole, shared by the workers', () => {
    expect(warmUpRows(sample(200, true), 50_000, 2)).toBe(50);
    expect(warmUpRows(sample(201, true), 50_000, 2)).toBe(51);
  });

  it('estimates the rows of a larger file from the sample, and stops at WARM_UP_ROWS', () => {
    // A 1 MB sample of 3,500 rows in a 4 MB file: about 14,000 rows, 3,500 for each of two workers.
    expect(warmUpRows(sample(3_500, false), 4 * 1024 * 1024, 2)).toBe(3_500);
    expect(warmUpRows(sample(3_500, false), 200 * 1024 * 1024, 2)).toBe(WARM_UP_ROWS);
  });

  it('asks the page before a replace over a cache, and goes on only when told to', async () => {
    const dbName = `test-${crypto.randomUUID()}`;
    const first = serve();
    first.send({ type: 'start', dbName, file, fileName: file.name, mode: 'replace', mapping: {}, confirmReplace: true });
    await first.event('cleaned');
    expect(first.events.some((e) => e.type === 'confirm')).toBe(false);

    const declined = serve();
    const other = new File(['id,name\nZ1,Zeta\n'], 'z.csv');
    declined.send({ type: 'start', dbName, file: other, fileName: 'z.csv', mode: 'replace', mapping: {}, confirmReplace: true });
    const asked = await declined.event('confirm');
    expect(asked.impact).toMatchObject({ accountsBefore: 200, accountsAfter: 1, talMissing: [], proposalsMissing: [] });
    declined.send({ type: 'confirmed', ok: false });
    expect(await declined.event('failed')).toMatchObject({ name: 'ImportCancelledError' });

    const agreed = serve();
    agreed.send({ type: 'start', dbName, file: other, fileName: 'z.csv', mode: 'replace', mapping: {}, confirmReplace: true });
    await agreed.event('confirm');
    agreed.send({ type: 'confirmed', ok: true });
    await agreed.event('cleaned');
    const db = createTalDb(dbName);
    expect(await openAccountCache(db).count()).toBe(1);
    db.close();
  });
});
