import { createTalDb } from '../database';
import { importFile } from './import-file';
import { type ImportWorkerEvent, ImportWorkerRequestSchema } from './protocol';
import { createWorkerIndexBuilder } from './worker-index-builder';

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
      indexBuilder: (generation) => createWorkerIndexBuilder(dbName, generation),
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
    }).then(
      ({ report, record }) => scope.postMessage({ type: 'done', report, record }),
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
