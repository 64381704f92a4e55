import { z } from 'zod';
import { createAccountReader, type ImportReport } from '../import';
import { AccountSchema } from '../schema/account';
import type { TalDb } from './database';
import { createGenerationWriter, type GenerationWriter } from './generation-writer';
import { readActiveCache } from './generations';
import type { IndexBuilder } from './index-builder';
import { AccountChunkRowSchema, type GenerationRow, type ImportMode, type ImportRecordRow } from './rows';
import { parseStoredRow } from './stored-row';

/** Where an import is: reading the file, merging the previous cache, or writing the indexes. */
export const ImportProgressSchema = z.object({
  phase: z.enum(['reading', 'merging', 'indexing']),
  charactersRead: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
  valid: z.number().int().nonnegative(),
});
export type ImportProgress = z.infer<typeof ImportProgressSchema>;
export type ImportPhase = ImportProgress['phase'];

export type ImportOptions = {
  fileName: string;
  /** `replace` makes the file the whole cache; `merge` upserts its accounts by id into the current one. */
  mode: ImportMode;
  /** The user's header corrections (header → field, `custom.<key>` or `ignore`). */
  mapping?: Readonly<Record<string, string>>;
  now?: () => Date;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Where the lookup indexes are built: in process by default, a worker of its own in the extension. */
  indexBuilder?: (generation: number) => IndexBuilder;
};

/** The import was cancelled: nothing changed. */
export class ImportCancelledError extends Error {
  override name = 'ImportCancelledError';
}
/** No row of the file could be imported: the cache is left as it was rather than emptied. */
export class NothingToImportError extends Error {
  override name = 'NothingToImportError';
}

/**
 * Imports an account file, read chunk by chunk, into a new cache generation and makes it active at
 * the very end. A failure, a cancel or a closed browser at any point before leaves the previous
 * cache complete and in use. Returns the spec §5 report and the import's record.
 */
export async function importAccounts(
  db: TalDb,
  chunks: AsyncIterable<string> | Iterable<string>,
  options: ImportOptions,
): Promise<{ report: ImportReport; record: ImportRecordRow }> {
  const now = options.now ?? (() => new Date());
  const previous = options.mode === 'merge' ? await readActiveCache(db) : null;
  const reader = createAccountReader({ fileName: options.fileName, mapping: options.mapping });
  const writer = await createGenerationWriter(db, now, { trackIds: options.mode === 'merge', indexBuilder: options.indexBuilder });
  let charactersRead = 0;
  const progress = (phase: ImportPhase) => options.onProgress?.({ phase, charactersRead, ...reader.progress() });
  try {
    for await (const chunk of chunks) {
      if (options.signal?.aborted) throw new ImportCancelledError('import cancelled');
      await writer.append(reader.push(chunk));
      charactersRead += chunk.length;
      progress('reading');
    }
    await writer.append(reader.end());
    const report = reader.report();
    if (report.valid === 0) {
      throw new NothingToImportError(
        `${options.fileName}: no row could be imported (${report.errors.length} errors); the cache is unchanged`,
      );
    }
    if (previous) {
      progress('merging');
      await appendPreviousAccounts(db, writer, previous.generation, options.signal);
    }
    if (options.signal?.aborted) throw new ImportCancelledError('import cancelled');
    progress('indexing');
    const record = await writer.commit({
      at: now().toISOString(),
      fileName: options.fileName,
      mode: options.mode,
      rows: report.rows,
      valid: report.valid,
      errors: report.errors.length,
      warnings: report.warnings.length,
      mapping: report.mapping,
    });
    return { report, record };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

/** Chunk records read per step while merging. */
const MERGE_READ_BATCH = 20;

/** Merging: the previous cache's accounts that the file did not replace, in their order, after the file's. */
async function appendPreviousAccounts(db: TalDb, writer: GenerationWriter, previous: GenerationRow, signal?: AbortSignal) {
  const chunks = Math.ceil(previous.count / previous.chunkSize);
  for (let first = 0; first < chunks; first += MERGE_READ_BATCH) {
    if (signal?.aborted) throw new ImportCancelledError('import cancelled');
    const keys = Array.from({ length: Math.min(MERGE_READ_BATCH, chunks - first) }, (_, i): [number, number] => [
      previous.generation,
      first + i,
    ]);
    const rows = await db.accountChunks.bulkGet(keys);
    for (const [i, raw] of rows.entries()) {
      const row = parseStoredRow(AccountChunkRowSchema, raw, 'accountChunks', keys[i]);
      if (!row) throw new Error('the account cache was replaced by another import during the merge; import again');
      for (const json of row.accounts) {
        const account = AccountSchema.parse(JSON.parse(json));
        if (!writer.has(account.id)) await writer.appendSerialized(account, json);
      }
    }
  }
}
