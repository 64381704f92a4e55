import type { IndexBuilder, IndexSummary } from '../index-builder';
import IndexWorker from './index.worker.ts?worker';
import { IndexWorkerEventSchema, type IndexWorkerRequest } from './protocol';

/** An index builder in a worker of its own (see index.worker.ts); a failure there fails `finish`. */
export function createWorkerIndexBuilder(dbName: string, generation: number): IndexBuilder {
  const worker = new IndexWorker();
  const send = (request: IndexWorkerRequest) => worker.postMessage(request);
  let failure: Error | null = null;
  let settle: { resolve(summary: IndexSummary): void; reject(error: Error): void } | null = null;
  worker.onmessage = (message) => {
    const event = IndexWorkerEventSchema.parse(message.data);
    if (event.type === 'finished') settle?.resolve(event.summary);
    else {
      failure = Object.assign(new Error(`building the lookup index failed: ${event.message}`), { name: event.name });
      settle?.reject(failure);
    }
  };
  worker.onerror = (error) => {
    failure = new Error(`the index worker stopped: ${error.message}`);
    settle?.reject(failure);
  };
  send({ type: 'start', dbName, generation });
  return {
    add(jsons, firstPosition) {
      send({ type: 'add', jsons: [...jsons], firstPosition });
    },
    finish() {
      if (failure) return Promise.reject(failure);
      const done = new Promise<IndexSummary>((resolve, reject) => {
        settle = { resolve, reject };
      });
      send({ type: 'finish' });
      return done;
    },
    dispose: () => worker.terminate(),
  };
}
