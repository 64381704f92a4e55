/**
 * Importing an account file into the cache, as a page sees it: prepare a picked file, then `checkSample`
 * (its first rows read with a mapping, as the import would) as often as the user changes the mapping,
 * then `start` once (progress, cancel, the report). Where it runs (an import worker with parse
 * workers in the extension, in process in tests and the CLI) and how the workers warm up stay inside.
 * `importAccounts` is the same import over text chunks, for the CLI, the demo data and tests.
 */
export { ImportCancelledError, type ImportOptions, type ImportSample, importAccounts, NothingToImportError } from './import-accounts';
export type { ImportPhase, ImportProgress } from './import-progress';
export type { ReplaceImpact } from './replace-impact';
export { type ImportPreparer, type ImportRun, type PreparedImport, prepareInProcessImport, prepareWorkerImport } from './start-import';
