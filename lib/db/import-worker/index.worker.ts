import { createTalDb } from '../database';
import { createIndexBuilder, type IndexBuilder } from '../index-builder';
import { type IndexWorkerEvent, type IndexWorkerRequest, IndexWorkerRequestSchema } from './protocol';

/**
 * The index worker: computes the account keys and sorted names of a generation while the import worker
 * parses the file, so the two costly halves of an import run on two cores.
 */
function listen(scope: { onmessage: ((event: MessageEvent) => void) | null; postMessage(message: IndexWorkerEvent): void }) {
  let builder: IndexBuilder | undefined;
  const fail = (error: unknown) =>
    scope.postMessage({
      type: 'failed',
      name: error instanceof Error ? error.name : 'Error',
      message: error instanceof Error ? error.message : String(error),
    });
  scope.onmessage = (event) => {
    // The batches are checked by shape only: their JSON was made from validated accounts a moment ago.
    const message = event.data as IndexWorkerRequest;
    if (message?.type === 'add' && builder) {
      try {
        builder.add(message.jsons, message.firstPosition);
      } catch (error) {
        fail(error);
      }
      return;
    }
    const request = IndexWorkerRequestSchema.safeParse(event.data);
    if (!request.success) return fail(new Error(`bad request to the index worker: ${request.error.message}`));
    if (request.data.type === 'start') builder = createIndexBuilder(createTalDb(request.data.dbName), request.data.generation);
    else if (request.data.type === 'finish' && builder)
      builder.finish().then((summary) => scope.postMessage({ type: 'finished', summary }), fail);
    else fail(new Error(`the index worker got "${request.data.type}" before "start"`));
  };
}

listen(self as unknown as Parameters<typeof listen>[0]);
