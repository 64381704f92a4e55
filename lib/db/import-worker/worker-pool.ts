import type { ImportPool, PreparedBatch } from '../import-pool';
import type { PreparedAccounts } from '../prepare-accounts';
import ParseWorker from './parse.worker.ts?worker';
import { type ParseWorkerEvent, ParseWorkerEventSchema, type ParseWorkerRequest } from './parse-protocol';

type Waiting = { resolve(event: ParseWorkerEvent & { type: 'done' }): void; reject(error: Error): void };

/**
 * The import pool as `size` parse workers: jobs go round the workers in turn, and each job's promise
 * settles with its own answer (answers may come back in any order; the coordinator applies them in
 * file order). A worker that fails fails its job; dispose stops them all.
 */
export function createWorkerPool(size: number): ImportPool {
  const workers = Array.from({ length: size }, () => new ParseWorker());
  const waiting = new Map<number, Waiting>();
  let nextJob = 0;
  for (const worker of workers) {
    worker.onmessage = (message) => {
      const event = ParseWorkerEventSchema.parse(message.data);
      const job = waiting.get(event.job);
      waiting.delete(event.job);
      if (event.type === 'done') job?.resolve(event);
      else job?.reject(Object.assign(new Error(event.message), { name: event.name }));
    };
    worker.onerror = (error) => {
      for (const job of waiting.values()) job.reject(new Error(`a parse worker stopped: ${error.message}`));
      waiting.clear();
    };
  }
  const run = (request: ParseWorkerRequest & { job: number }) =>
    new Promise<ParseWorkerEvent & { type: 'done' }>((resolve, reject) => {
      waiting.set(request.job, { resolve, reject });
      workers[request.job % size]?.postMessage(request);
    });
  return {
    size,
    configure(context) {
      for (const worker of workers) worker.postMessage({ type: 'configure', context } satisfies ParseWorkerRequest);
    },
    async readCsv(text, firstRecord, skip): Promise<PreparedBatch> {
      const done = await run({ type: 'readCsv', job: nextJob++, text, firstRecord, skip });
      return { batch: done.batch, prepared: done.prepared as PreparedAccounts };
    },
    dispose() {
      for (const worker of workers) worker.terminate();
      for (const job of waiting.values()) job.reject(new Error('the import was stopped'));
      waiting.clear();
    },
  };
}
