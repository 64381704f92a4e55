import { type CsvBatch, type CsvBatchContext, createCsvBatchReader } from '../import/csv-batch';
import { AccountPreparer, type PreparedAccounts } from './prepare-accounts';

/** A batch of CSV rows read and made ready for the cache: its row outcomes and the prepared accounts. */
export type PreparedBatch = { batch: CsvBatch; prepared: PreparedAccounts };

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
  /** Stops its workers. */
  dispose(): void;
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
    dispose() {},
  };
}
