import { type CsvBatchContext, createCsvBatchReader } from '../../import/csv-batch';
import { readAndPrepare } from './import-pool';
import { type ParseWorkerEvent, ParseWorkerRequestSchema } from './parse-protocol';

type Scope = { onmessage: ((event: MessageEvent) => void) | null; postMessage(message: ParseWorkerEvent, transfer: Transferable[]): void };

/** A parse worker of the import pool: reads runs of CSV records and prepares accounts for the cache, or only reads them to warm up (see import-pool.ts). */
function listen(scope: Scope) {
  let readBatch: ReturnType<typeof createCsvBatchReader> | undefined;
  scope.onmessage = (event) => {
    const request = ParseWorkerRequestSchema.safeParse(event.data);
    if (!request.success) {
      scope.postMessage({ type: 'failed', job: -1, name: 'Error', message: `bad request to a parse worker: ${request.error.message}` }, []);
      return;
    }
    const message = request.data;
    if (message.type === 'configure') {
      readBatch = createCsvBatchReader(message.context satisfies CsvBatchContext);
      return;
    }
    try {
      if (!readBatch) throw new Error('the parse worker was not configured');
      const { batch, prepared } = readAndPrepare(readBatch, message.text, message.firstRecord, message.skip);
      if (message.type === 'warmUp') {
        scope.postMessage({ type: 'warmedUp', job: message.job, rows: batch.rows }, []);
        return;
      }
      const done: ParseWorkerEvent & { type: 'done' } = { type: 'done', job: message.job, batch, prepared };
      // The typed arrays move to the coordinator rather than being copied; the strings are copied.
      const { keyHashes, keyCounts, nameOrder } = done.prepared;
      scope.postMessage(done, [keyHashes.buffer, keyCounts.buffer, nameOrder.buffer]);
    } catch (error) {
      scope.postMessage(
        {
          type: 'failed',
          job: message.job,
          name: error instanceof Error ? error.name : 'Error',
          message: error instanceof Error ? error.message : String(error),
        },
        [],
      );
    }
  };
}

listen(self as unknown as Scope);
