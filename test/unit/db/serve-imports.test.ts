import { describe, expect, it } from 'vitest';
import { createTalDb, openAccountCache } from '../../../lib/db';
import { type CsvRun, createInProcessPool, type ImportPool } from '../../../lib/db/import-pool';
import type { ImportWorkerEvent, ImportWorkerRequest } from '../../../lib/db/import-worker/protocol';
import { serveImports, WARM_UP_ROWS, warmUpRows } from '../../../lib/db/import-worker/serve-imports';
import { syntheticAccounts } from './helpers';

type WarmUp = { runs: readonly CsvRun[]; rows: number; signal: AbortSignal; finish(): void };

/**
 * The import worker's handling over a fake scope and a two-worker pool that reads in process and
 * whose warm-ups last until the test finishes them or their signal aborts.
 */
function serve() {
  const events: ImportWorkerEvent[] = [];
  const warmUps: WarmUp[] = [];
  const listeners = new Set<() => void>();
  let disposed = 0;
  const changed = () => {
    for (const listener of listeners) listener();
  };
  const scope = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    postMessage(event: ImportWorkerEvent) {
      events.push(event);
      changed();
    },
  };
  const inner = createInProcessPool();
  const pool: ImportPool = {
    size: 2,
    configure: (context) => inner.configure(context),
    readCsv: (text, firstRecord, skip) => inner.readCsv(text, firstRecord, skip),
    warmUp: (runs, rows, signal) =>
      new Promise<void>((resolve) => {
        warmUps.push({ runs, rows, signal, finish: resolve });
        signal.addEventListener('abort', () => resolve());
        changed();
      }),
    dispose: () => {
      disposed++;
    },
  };
  serveImports(scope, () => pool);
  const send = (request: ImportWorkerRequest) => scope.onmessage?.({ data: request } as MessageEvent);
  /** Resolves once `ready()` holds, checked after each event and warm-up (no fixed waits). */
  const until = <T>(ready: () => T | undefined) =>
    new Promise<T>((resolve) => {
      const check = () => {
        const value = ready();
        if (value === undefined) return;
        listeners.delete(check);
        resolve(value);
      };
      listeners.add(check);
      check();
    });
  const event = <K extends ImportWorkerEvent['type']>(type: K, check?: number) =>
    until(() =>
      events.find(
        (e): e is Extract<ImportWorkerEvent, { type: K }> =>
          e.type === type && (check === undefined || ('check' in e && e.check === check)),
      ),
    );
  return { events, warmUps, send, until, event, disposedCount: () => disposed };
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
    const [warmUp] = await worker.until(() => (worker.warmUps.length ? worker.warmUps : undefined));
    // The whole sample in runs of records, and half the file's 200 rows shared by the two workers.
    expect(warmUp?.runs.map((run) => run.text).join('')).toBe(csv);
    expect(warmUp?.rows).toBe(50);
    expect(worker.events.some((e) => e.type === 'warmedUp')).toBe(false);
    warmUp?.finish();
    await worker.event('warmedUp', 0);
    expect(warmUp?.signal.aborted).toBe(false);
  });

  it('stops a warm-up when a newer check comes, and warms up after that one', async () => {
    const worker = serve();
    worker.send(check(0));
    const [first] = await worker.until(() => (worker.warmUps.length ? worker.warmUps : undefined));
    worker.send(check(1));
    expect(first?.signal.aborted).toBe(true);
    await worker.event('warmedUp', 0);
    await worker.event('checked', 1);
    const second = await worker.until(() => worker.warmUps[1]);
    expect(second.signal.aborted).toBe(false);
    second.finish();
    await worker.event('warmedUp', 1);
  });

  it('stops the warm-up at Import, and imports the file with the pool the checks warmed', async () => {
    const worker = serve();
    const dbName = `test-${crypto.randomUUID()}`;
    worker.send(check(0));
    const warmUp = await worker.until(() => worker.warmUps[0]);
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
});
