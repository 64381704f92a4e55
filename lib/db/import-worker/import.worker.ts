import { createTalDb } from '../database';
import { createInProcessPool } from '../import-pool';
import { importFile } from './import-file';
import { type ImportWorkerEvent, ImportWorkerRequestSchema } from './protocol';
import { createWorkerPool } from './worker-pool';

/** Files under this size are read here: starting parse workers would cost more than they save. */
const PARALLEL_FROM_BYTES = 2 * 1024 * 1024;

/** The import pool for a file: a parse worker per core (up to 4) for a large file, this worker for a small one. */
function choosePool(bytes: number, cores = 2) {
  return bytes < PARALLEL_FROM_BYTES ? createInProcessPool() : createWorkerPool(Math.max(2, Math.min(cores, 4)));
}

/**
 * The import worker: reads and parses the file and writes the cache off the page's thread, so the
 * page stays responsive and shows progress. Progress is posted at each whole percent of the file.
 */
function listen(scope: { onmessage: ((event: MessageEvent) => void) | null; postMessage(message: ImportWorkerEvent): void }) {
  const controller = new AbortController();
  scope.onmessage = (event) => {
    const request = ImportWorkerRequestSchema.safeParse(event.data);
    if (!request.success) {
      scope.postMessage({ type: 'failed', name: 'Error', message: `bad request to the import worker: ${request.error.message}` });
      return;
    }
    if (request.data.type === 'cancel') {
      controller.abort();
      return;
    }
    const { dbName, file, fileName, mode, mapping } = request.data;
    let lastPercent = -1;
    let lastPhase = '';
    importFile(createTalDb(dbName), file, {
      fileName,
      pool: choosePool(file.size, navigator.hardwareConcurrency),
      mode,
      mapping,
      signal: controller.signal,
      onProgress: (progress) => {
        const percent = Math.floor((100 * progress.charactersRead) / Math.max(file.size, 1));
        if (percent === lastPercent && progress.phase === lastPhase) return;
        lastPercent = percent;
        lastPhase = progress.phase;
        scope.postMessage({ type: 'progress', progress });
      },
      // Said as soon as the new cache is active; deleting the replaced one follows, and `cleaned` ends the worker.
      onCommitted: ({ report, record }) => scope.postMessage({ type: 'done', report, record }),
    }).then(
      () => scope.postMessage({ type: 'cleaned' }),
      (error: unknown) =>
        scope.postMessage({
          type: 'failed',
          name: error instanceof Error ? error.name : 'Error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
  };
}

listen(self as unknown as Parameters<typeof listen>[0]);
