import { createTalDb } from '../database';
import { type ImportSample, readImportSample, SAMPLE_BYTES } from './import-accounts';
import { importFile } from './import-file';
import type { ImportPool } from './import-pool';
import { type ImportWorkerEvent, ImportWorkerRequestSchema } from './protocol';

/**
 * Rows each parse worker reads again after a sample check, while the user reviews the mapping. A cold
 * worker reads its first ten thousand rows or so several times slower than later ones, and the
 * optimizing compiler's work for each worker takes cores from the import: at 100,000 rows on two
 * cores, warming up first took the import from about 1.8 s to 1.6 s (paired runs).
 */
export const WARM_UP_ROWS = 20_000;

/** The rows each worker warms up with: WARM_UP_ROWS, or for a smaller file, half its rows (estimated from the sample) shared out. */
export function warmUpRows(sample: ImportSample, fileBytes: number, workers: number) {
  const fileRows = sample.complete ? sample.report.rows : (sample.report.rows * fileBytes) / SAMPLE_BYTES;
  return Math.min(WARM_UP_ROWS, Math.ceil(fileRows / 2 / workers));
}

/** Where the import worker listens and answers: the worker's global scope (a fake one in tests). */
export type ImportWorkerScope = {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: ImportWorkerEvent): void;
};

/**
 * What the import worker does with the page's requests (see protocol.ts): it reads and parses the file
 * and writes the cache off the page's thread, so the page stays responsive and shows progress.
 * Progress is posted at each whole percent of the file. `choosePool` gives the pool for a file of so
 * many bytes; the first sample check makes it, and the import uses and disposes of it.
 */
export function serveImports(scope: ImportWorkerScope, choosePool: (bytes: number) => ImportPool) {
  const controller = new AbortController();
  // The pool of the one file this worker imports: made by its first sample check, so that the parse
  // workers are loaded and warm by the time the import starts; the import disposes of it.
  let pool: ImportPool | undefined;
  // Sample checks run one after another, and the import waits for them (they share the pool).
  let checks: Promise<unknown> = Promise.resolve();
  let started = false;
  // The warm-up after the latest check: stopped by the next check or by the import.
  let latestCheck = -1;
  let warming: AbortController | undefined;
  // The page's answer to a replace's question, while it is asked.
  let answerConfirm: ((ok: boolean) => void) | undefined;
  const failure = (error: unknown) => ({
    name: error instanceof Error ? error.name : 'Error',
    message: error instanceof Error ? error.message : String(error),
  });
  scope.onmessage = (event) => {
    const request = ImportWorkerRequestSchema.safeParse(event.data);
    if (!request.success) {
      scope.postMessage({ type: 'failed', name: 'Error', message: `bad request to the import worker: ${request.error.message}` });
      return;
    }
    if (request.data.type === 'cancel') {
      controller.abort();
      answerConfirm?.(false);
      return;
    }
    if (request.data.type === 'confirmed') {
      answerConfirm?.(request.data.ok);
      return;
    }
    if (request.data.type === 'check') {
      const { check, file, fileName, mapping } = request.data;
      if (started) {
        scope.postMessage({ type: 'checkFailed', check, name: 'Error', message: 'the import has started: there is nothing to check' });
        return;
      }
      pool ??= choosePool(file.size);
      const checkPool = pool;
      latestCheck = check;
      warming?.abort();
      const checked = checks.then(() => readImportSample(file, { fileName, mapping, pool: checkPool }));
      checks = checked.catch(() => undefined);
      checked.then(
        async ({ sample, runs }) => {
          scope.postMessage({ type: 'checked', check, sample });
          // Then the workers read the sample again while the user looks at it, unless a newer check or the import came meanwhile.
          if (check === latestCheck && !started) {
            warming = new AbortController();
            await checkPool.warmUp(runs, warmUpRows(sample, file.size, checkPool.size), warming.signal);
          }
          scope.postMessage({ type: 'warmedUp', check });
        },
        (error: unknown) => scope.postMessage({ type: 'checkFailed', check, ...failure(error) }),
      );
      return;
    }
    const { dbName, file, fileName, mode, mapping, confirmReplace } = request.data;
    started = true;
    // The import's batches wait for at most one warm-up run in each worker.
    warming?.abort();
    let lastPercent = -1;
    let lastPhase = '';
    const importPool = pool ?? choosePool(file.size);
    checks
      .then(() =>
        importFile(createTalDb(dbName), file, {
          fileName,
          pool: importPool,
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
          ...(confirmReplace
            ? {
                confirmReplace: (impact) =>
                  new Promise<boolean>((resolve) => {
                    answerConfirm = (ok) => {
                      answerConfirm = undefined;
                      resolve(ok);
                    };
                    scope.postMessage({ type: 'confirm', impact });
                  }),
              }
            : {}),
        }),
      )
      .then(
        () => scope.postMessage({ type: 'cleaned' }),
        (error: unknown) => scope.postMessage({ type: 'failed', ...failure(error) }),
      );
  };
}
