import { describe, expect, it } from 'vitest';
import { importAccounts } from '../../../lib/db';
import { readImportSample, SAMPLE_BYTES } from '../../../lib/db/import-pipeline/import-accounts';
import { type CsvRun, createInProcessPool, type ImportPool, warmUpWorkers } from '../../../lib/db/import-pipeline/import-pool';
import { fixedClock, freshDb, syntheticAccounts } from './helpers';

/** Three runs of 10, 5 and no rows (a run with the header alone reads none). */
const RUNS: CsvRun[] = [
  { text: 'a', firstRecord: 1, skip: 0 },
  { text: 'b', firstRecord: 11, skip: 0 },
  { text: 'c', firstRecord: 16, skip: 0 },
];
const ROWS: Record<string, number> = { a: 10, b: 5, c: 0 };

/** Records which worker read which run, answering with the run's rows. */
function recorder(rowsOf: (run: CsvRun) => number = (run) => ROWS[run.text] ?? 0) {
  const reads: string[] = [];
  const read = async (worker: number, run: CsvRun) => {
    reads.push(`${worker}:${run.text}`);
    return rowsOf(run);
  };
  return { reads, read };
}

describe('warmUpWorkers', () => {
  it('has each worker read the runs in turn from its own, until it has read the rows asked', async () => {
    const { reads, read } = recorder();
    await warmUpWorkers(2, RUNS, 25, new AbortController().signal, read);
    // Worker 0: a b c a (10 + 5 + 0 + 10); worker 1: b c a b c a (5 + 0 + 10 + 5 + 0 + 10).
    expect(reads.filter((r) => r.startsWith('0:'))).toEqual(['0:a', '0:b', '0:c', '0:a']);
    expect(reads.filter((r) => r.startsWith('1:'))).toEqual(['1:b', '1:c', '1:a', '1:b', '1:c', '1:a']);
  });

  it('stops every worker once the signal aborts', async () => {
    const controller = new AbortController();
    const { reads, read } = recorder();
    await warmUpWorkers(2, RUNS, 1_000_000, controller.signal, async (worker, run) => {
      const rows = await read(worker, run);
      if (reads.length >= 5) controller.abort();
      return rows;
    });
    // The reads already asked finish; none is asked after the abort.
    expect(reads.length).toBeGreaterThanOrEqual(5);
    expect(reads.length).toBeLessThanOrEqual(6);
  });

  it('stops after a whole round of the runs without a row, and when there are no runs', async () => {
    const empty = recorder(() => 0);
    await warmUpWorkers(2, RUNS, 100, new AbortController().signal, empty.read);
    expect(empty.reads).toEqual(['0:a', '1:b', '0:b', '1:c', '0:c', '1:a']);
    const none = recorder();
    await warmUpWorkers(2, [], 100, new AbortController().signal, none.read);
    expect(none.reads).toEqual([]);
  });

  it('never fails: a worker whose read fails stops, and the others go on', async () => {
    const { reads, read } = recorder();
    const warming = warmUpWorkers(2, RUNS, 15, new AbortController().signal, async (worker, run) => {
      if (worker === 1) throw new Error('the worker stopped');
      return read(worker, run);
    });
    await expect(warming).resolves.toBeUndefined();
    expect(reads).toEqual(['0:a', '0:b']);
  });
});

describe('readImportSample', () => {
  it('gives the runs of records the pool read for the sample, which read again give its rows', async () => {
    const { csv } = syntheticAccounts(12_000);
    expect(csv.length).toBeGreaterThan(SAMPLE_BYTES);
    const file = new Blob([csv]);
    const { sample, runs } = await readImportSample(file, { fileName: 'large.csv' });
    expect(sample.complete).toBe(false);
    expect(runs.length).toBeGreaterThan(1);
    // The runs are the sample's text, in order, each starting at the row after the one before.
    expect(runs.map((run) => run.text).join('')).toBe(csv.slice(0, runs.map((run) => run.text).join('').length));
    expect(runs[0]?.skip).toBe(1);
    let rows = 0;
    const pool = createInProcessPool();
    const [header] = csv.split('\n');
    pool.configure({ dialect: { delimiter: ',', newline: '\n' }, header: (header as string).split(','), mapping: {} });
    for (const run of runs) rows += (await pool.readCsv(run.text, run.firstRecord, run.skip)).batch.rows;
    expect(rows).toBe(sample.report.rows);
  });

  it('records the runs through the pool it is given, and none for a JSON file (read on the calling thread)', async () => {
    const inner = createInProcessPool();
    let read = 0;
    const counting: ImportPool = {
      ...inner,
      readCsv: (...args) => {
        read++;
        return inner.readCsv(...args);
      },
    };
    const { runs } = await readImportSample(new Blob([syntheticAccounts(12_000).csv]), { fileName: 'large.csv', pool: counting });
    expect(runs.length).toBe(read);
    const json = JSON.stringify([{ id: 'J1', name: 'Json One' }]);
    expect((await readImportSample(new Blob([json]), { fileName: 'accounts.json' })).runs).toEqual([]);
  });

  it('is the check of checkImportSample: the same report as importing the sample', async () => {
    const csv = syntheticAccounts(200).csv;
    const { sample } = await readImportSample(new Blob([csv]), { fileName: 'small.csv' });
    const { report } = await importAccounts(freshDb(), [csv], { fileName: 'small.csv', mode: 'replace', now: fixedClock() });
    expect(sample).toEqual({ report, complete: true });
  });
});
