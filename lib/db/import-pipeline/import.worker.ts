// The import worker (see serve-imports.ts): started by the Data section's first sample check of a file.
import { createInProcessPool } from './import-pool';
import { type ImportWorkerScope, serveImports } from './serve-imports';
import { createWorkerPool } from './worker-pool';

/** Files under this size are read here: starting parse workers would cost more than they save. */
const PARALLEL_FROM_BYTES = 2 * 1024 * 1024;

/** The import pool for a file: a parse worker per core (up to 4) for a large file, this worker for a small one. */
function choosePool(bytes: number, cores = 2) {
  return bytes < PARALLEL_FROM_BYTES ? createInProcessPool() : createWorkerPool(Math.max(2, Math.min(cores, 4)));
}

serveImports(self as unknown as ImportWorkerScope, (bytes) => choosePool(bytes, navigator.hardwareConcurrency));
