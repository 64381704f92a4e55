import type { ImportReport } from '../../import/report';
import type { TalDb } from '../database';
import type { ImportMode, ImportRecordRow } from '../rows';
import ImportWorker from './import.worker.ts?worker';
import { checkImportSample, ImportCancelledError, type ImportProgress, type ImportSample, NothingToImportError } from './import-accounts';
import { importFile } from './import-file';
import { ImportWorkerEventSchema, type ImportWorkerRequest } from './protocol';
import type { ReplaceImpact } from './replace-impact';

/**
 * One import the UI asked for. A replace with `confirmReplace` is asked, once the file is read and
 * before anything changes, whether to go on (what it will do: ReplaceImpact).
 */
export type ImportRequest = {
  db: TalDb;
  file: File;
  mode: ImportMode;
  mapping: Record<string, string>;
  confirmReplace?: (impact: ReplaceImpact) => Promise<boolean>;
};
/**
 * An import under way: its outcome (`done`, as soon as the new cache is active), a way to cancel it (the
 * outcome then rejects with ImportCancelledError), and `settled`, which resolves once it has stopped
 * working altogether (the replaced cache data deleted too, or the import failed).
 */
export type ImportRun = {
  done: Promise<{ report: ImportReport; record: ImportRecordRow }>;
  settled: Promise<void>;
  cancel(): void;
};
/** Starts an import and reports its progress; the extension runs it in a worker, tests in process. */
export type ImportStarter = (request: ImportRequest, onProgress: (progress: ImportProgress) => void) => ImportRun;

/**
 * A picked file's import, got ready while the user reviews the preview: `checkSample` reads the file's
 * first rows with a mapping as the import would (see checkImportSample), `start` imports the file
 * (once), and `dispose` gives up (another file picked, the page left). In the extension the first check
 * starts the workers that will import the file, and after each check they read its rows again
 * (ImportPool.warmUp), so their code is compiled and optimized when the user presses Import;
 * `warmedUp` settles once they have, or once that no longer matters (a newer check, the import
 * started, given up). Nothing needs to wait for it: Import stops the warm-up.
 */
export type PreparedImport = {
  checkSample(mapping: Record<string, string>): Promise<ImportSample>;
  warmedUp(): Promise<void>;
  start(request: Omit<ImportRequest, 'file'>, onProgress: (progress: ImportProgress) => void): ImportRun;
  dispose(): void;
};
export type ImportPreparer = (file: File) => PreparedImport;

/** An error the worker reported, rebuilt as the class the UI tells apart. */
function rebuildError(name: string, message: string): Error {
  if (name === 'ImportCancelledError') return new ImportCancelledError(message);
  if (name === 'NothingToImportError') return new NothingToImportError(message);
  const error = new Error(message);
  error.name = name;
  return error;
}

/**
 * Runs an import in a dedicated Web Worker (same origin, so the same IndexedDB). The outcome comes as
 * soon as the new cache is active; the worker ends once it has deleted the replaced cache data (a page
 * closed before then leaves that data to the next import to delete).
 */
export const startWorkerImport: ImportStarter = (request, onProgress) =>
  // Vite bundles the worker module on its own (`?worker`); `new Worker(new URL(…, import.meta.url))` is not rewritten in WXT's page builds.
  runInWorker(new ImportWorker(), request, onProgress);

/** The import of a picked file in its own import worker, which the first sample check starts (with its parse workers). */
export const prepareWorkerImport: ImportPreparer = (file) => {
  let worker: Worker | undefined;
  let nextCheck = 0;
  let over = false;
  const checks = new Map<number, { resolve(sample: ImportSample): void; reject(error: Error): void }>();
  // The warm-up after the latest check (none before the first).
  let warm = { check: -1, ...waitable() };
  warm.resolve();
  const rejectChecks = (error: Error) => {
    for (const check of checks.values()) check.reject(error);
    checks.clear();
    warm.resolve();
  };
  const open = () => {
    if (worker) return worker;
    const opened = new ImportWorker();
    opened.onmessage = (message) => {
      const event = ImportWorkerEventSchema.parse(message.data);
      if (event.type === 'warmedUp' || event.type === 'checkFailed') {
        if (event.check === warm.check) warm.resolve();
      }
      if (event.type !== 'checked' && event.type !== 'checkFailed') return;
      const check = checks.get(event.check);
      checks.delete(event.check);
      if (event.type === 'checked') check?.resolve(event.sample);
      else check?.reject(rebuildError(event.name, event.message));
    };
    opened.onerror = (error) => rejectChecks(new Error(`the import worker stopped: ${error.message}`));
    worker = opened;
    return opened;
  };
  return {
    checkSample(mapping) {
      if (over) return Promise.reject(new Error('this import has started or been given up'));
      const check = nextCheck++;
      warm.resolve();
      warm = { check, ...waitable() };
      const request: ImportWorkerRequest = { type: 'check', check, file, fileName: file.name, mapping };
      return new Promise<ImportSample>((resolve, reject) => {
        checks.set(check, { resolve, reject });
        open().postMessage(request);
      });
    },
    warmedUp: () => warm.promise,
    start(request, onProgress) {
      if (over) throw new Error('this import has started or been given up');
      over = true;
      // The worker finishes the checks asked before it imports, but the page no longer listens for them.
      rejectChecks(new Error('the import started before the sample was checked'));
      return runInWorker(open(), { ...request, file }, onProgress);
    },
    dispose() {
      if (over) return;
      over = true;
      rejectChecks(new Error('the import was given up'));
      worker?.terminate();
    },
  };
};

/** A promise to wait on and the function that settles it. */
function waitable(): { promise: Promise<void>; resolve(): void } {
  let resolve = () => {};
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/** Runs an import in `worker` and reports its progress and outcome. */
function runInWorker(
  worker: Worker,
  { db, file, mode, mapping, confirmReplace }: ImportRequest,
  onProgress: (progress: ImportProgress) => void,
): ImportRun {
  let stop = () => {};
  const settled = new Promise<void>((resolve) => {
    stop = () => {
      worker.terminate();
      resolve();
    };
  });
  const done = new Promise<{ report: ImportReport; record: ImportRecordRow }>((resolve, reject) => {
    worker.onmessage = (message) => {
      const event = ImportWorkerEventSchema.parse(message.data);
      // Answers to sample checks asked before the import started, and their warm-ups: nobody waits for them now.
      if (event.type === 'checked' || event.type === 'checkFailed' || event.type === 'warmedUp') return;
      if (event.type === 'progress') return onProgress(event.progress);
      if (event.type === 'confirm') {
        const answer = (ok: boolean) => worker.postMessage({ type: 'confirmed', ok } satisfies ImportWorkerRequest);
        return void (confirmReplace ? confirmReplace(event.impact) : Promise.resolve(true)).then(answer, () => answer(false));
      }
      // Done as soon as the new cache is active; the worker goes on deleting the replaced data until `cleaned`.
      if (event.type === 'done') return resolve({ report: event.report, record: event.record });
      stop();
      if (event.type === 'failed') reject(rebuildError(event.name, event.message));
    };
    worker.onerror = (error) => {
      stop();
      reject(new Error(`the import worker stopped: ${error.message}`));
    };
  });
  const start: ImportWorkerRequest = {
    type: 'start',
    dbName: db.name,
    file,
    fileName: file.name,
    mode,
    mapping,
    confirmReplace: confirmReplace !== undefined,
  };
  worker.postMessage(start);
  return { done, settled, cancel: () => worker.postMessage({ type: 'cancel' } satisfies ImportWorkerRequest) };
}

/** Runs an import on the calling thread: for tests, and where workers are unavailable. */
export const startInProcessImport: ImportStarter = ({ db, file, mode, mapping, confirmReplace }, onProgress) => {
  const controller = new AbortController();
  // On this thread the outcome comes once the replaced data is deleted too: done and settled are one.
  const done = importFile(db, file, {
    fileName: file.name,
    mode,
    mapping,
    signal: controller.signal,
    onProgress,
    ...(confirmReplace ? { confirmReplace } : {}),
  });
  const settled = done.then(
    () => undefined,
    () => undefined,
  );
  return { done, settled, cancel: () => controller.abort() };
};

/** A picked file's import on the calling thread: for tests, and where workers are unavailable. */
export const prepareInProcessImport: ImportPreparer = (file) => ({
  checkSample: (mapping) => checkImportSample(file, { fileName: file.name, mapping }),
  // The calling thread has no workers to warm up.
  warmedUp: async () => {},
  start: (request, onProgress) => startInProcessImport({ ...request, file }, onProgress),
  dispose() {},
});
