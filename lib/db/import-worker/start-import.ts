import type { ImportReport } from '../../import/report';
import type { TalDb } from '../database';
import { ImportCancelledError, type ImportProgress, NothingToImportError } from '../import-accounts';
import type { ImportMode, ImportRecordRow } from '../rows';
import ImportWorker from './import.worker.ts?worker';
import { importFile } from './import-file';
import { ImportWorkerEventSchema, type ImportWorkerRequest } from './protocol';

/** One import the UI asked for. */
export type ImportRequest = { db: TalDb; file: File; mode: ImportMode; mapping: Record<string, string> };
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
export const startWorkerImport: ImportStarter = ({ db, file, mode, mapping }, onProgress) => {
  // Vite bundles the worker module on its own (`?worker`); `new Worker(new URL(…, import.meta.url))` is not rewritten in WXT's page builds.
  const worker = new ImportWorker();
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
      if (event.type === 'progress') return onProgress(event.progress);
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
  const start: ImportWorkerRequest = { type: 'start', dbName: db.name, file, fileName: file.name, mode, mapping };
  worker.postMessage(start);
  return { done, settled, cancel: () => worker.postMessage({ type: 'cancel' } satisfies ImportWorkerRequest) };
};

/** Runs an import on the calling thread: for tests, and where workers are unavailable. */
export const startInProcessImport: ImportStarter = ({ db, file, mode, mapping }, onProgress) => {
  const controller = new AbortController();
  // On this thread the outcome comes once the replaced data is deleted too: done and settled are one.
  const done = importFile(db, file, { fileName: file.name, mode, mapping, signal: controller.signal, onProgress });
  const settled = done.then(
    () => undefined,
    () => undefined,
  );
  return { done, settled, cancel: () => controller.abort() };
};
