import type { PreparedAccounts } from '../prepare-accounts';
import { type ImportPool, type PreparedBatch, warmUpWorkers } from './import-pool';
import ParseWorker from './parse.worker.ts?worker';
import { type ParseWorkerEvent, ParseWorkerEventSchema, type ParseWorkerRequest } from './parse-protocol';

type Answer = Exclude<ParseWorkerEvent, { type: 'failed' }>;
type Waiting = { resolve(event: Answer): void; reject(error: Error): void };

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
      if (event.type === 'failed') job?.reject(Object.assign(new Error(event.message), { name: event.name }));
      else job?.resolve(event);
    };
    worker.onerror = (error) => {
      for (const job of waiting.values()) job.reject(new Error(`a parse worker stopped: ${error.message}`));
      waiting.clear();
    };
  }
  const run = (worker: number, request: ParseWorkerRequest & { job: number }) =>
    new Promise<Answer>((resolve, reject) => {
      waiting.set(request.job, { resolve, reject });
      workers[worker]?.postMessage(request);
    });
  return {
    size,
    configure(context) {
      for (const worker of workers) worker.postMessage({ type: 'configure', context } satisfies ParseWorkerRequest);
    },
    async readCsv(text, firstRecord, skip): Promise<PreparedBatch> {
      const job = nextJob++;
      const done = await run(job % size, { type: 'readCsv', job, text, firstRecord, skip });
      if (done.type !== 'done') throw new Error(`a parse worker answered a read with ${done.type}`);
      return { batch: done.batch, prepared: done.prepared as PreparedAccounts };
    },
    warmUp: (runs, rows, signal) =>
      warmUpWorkers(size, runs, rows, signal, async (worker, csvRun) => {
        const answer = await run(worker, { type: 'warmUp', job: nextJob++, ...csvRun });
        return answer.type === 'warmedUp' ? answer.rows : 0;
      }),
    dispose() {
      for (const worker of workers) worker.terminate();
      for (const job of waiting.values()) job.reject(new Error('the import was stopped'));
      waiting.clear();
    },
  };
}
