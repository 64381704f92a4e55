import { type CsvBatch, type CsvBatchContext, createCsvBatchReader } from '../../import/csv-batch';
import { AccountPreparer, type PreparedAccounts } from '../prepare-accounts';

/** A batch of CSV rows read and made ready for the cache: its row outcomes and the prepared accounts. */
export type PreparedBatch = { batch: CsvBatch; prepared: PreparedAccounts };

/** A run of whole CSV records as the pool reads it (see ImportPool.readCsv). */
export type CsvRun = { text: string; firstRecord: number; skip: number };

/**
 * Where an import's costly work runs: reading runs of CSV records into accounts and preparing them
 * (JSON, key hashes, names). In process for tests and small files; a pool of workers in the
 * extension, so a large file is read on every core.
 */
export interface ImportPool {
  /** How many batches it works on at once. */
  readonly size: number;
  /** Sets the CSV file's delimiter, header and mapping for the batches that follow. */
  configure(context: CsvBatchContext): void;
  /** Reads a run of whole records (see createRecordSplitter), its first `skip` passed over. */
  readCsv(text: string, firstRecord: number, skip: number): Promise<PreparedBatch>;
  /**
   * Has each worker read `runs` (a sample check's) again, dropping what it reads, until it has read
   * `rows` rows or `signal` aborts, so that the parse code is compiled and optimized before the
   * import. Never fails: a worker whose read fails stops warming up, and the import finds out.
   */
  warmUp(runs: readonly CsvRun[], rows: number, signal: AbortSignal): Promise<void>;
  /** Stops its workers. */
  dispose(): void;
}

/**
 * The warm-up of a pool of `workers`: worker w reads the runs in turn from the w-th, one read at a
 * time, until it has read `rows` rows. Each worker stops as soon as `signal` aborts (an import then
 * waits for at most one run per worker), after a whole round of the runs without a row, or when a
 * read fails.
 */
export async function warmUpWorkers(
  workers: number,
  runs: readonly CsvRun[],
  rows: number,
  signal: AbortSignal,
  read: (worker: number, run: CsvRun) => Promise<number>,
): Promise<void> {
  if (runs.length === 0) return;
  const warmOne = async (worker: number) => {
    let done = 0;
    let emptyInARow = 0;
    for (let i = worker; done < rows && emptyInARow < runs.length && !signal.aborted; i++) {
      const got = await read(worker, runs[i % runs.length] as CsvRun);
      done += got;
      emptyInARow = got === 0 ? emptyInARow + 1 : 0;
    }
  };
  await Promise.all(Array.from({ length: workers }, (_, worker) => warmOne(worker).catch(() => {})));
}

/** A batch read and prepared on the calling thread (what each pool worker does too). */
export function readAndPrepare(
  readBatch: ReturnType<typeof createCsvBatchReader>,
  text: string,
  firstRecord: number,
  skip: number,
): PreparedBatch {
  const preparer = new AccountPreparer();
  const batch = readBatch(text, firstRecord, skip, (account) => preparer.add(account));
  return { batch, prepared: preparer.finish() };
}

/** The import pool on the calling thread. */
export function createInProcessPool(): ImportPool {
  let readBatch: ReturnType<typeof createCsvBatchReader> | undefined;
  return {
    size: 1,
    configure(context) {
      readBatch = createCsvBatchReader(context);
    },
    async readCsv(text, firstRecord, skip) {
      if (!readBatch) throw new Error('the import pool was not configured');
      return readAndPrepare(readBatch, text, firstRecord, skip);
    },
    // Only small files are read on the calling thread: there is little to gain, and the thread would be busy.
    async warmUp() {},
    dispose() {},
  };
}
