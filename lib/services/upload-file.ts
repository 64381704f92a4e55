import { storedAccountObject } from '../db/account-chunk';
import { ImportCancelledError, NothingToImportError, readAccountFile } from '../db/import-pipeline/import-accounts';
import { fileTextChunks } from '../db/import-pipeline/import-file';
import { createInProcessPool, type ImportPool } from '../db/import-pipeline/import-pool';
import { checkAccountFileSize } from '../import/file-errors';
import type { ImportReport } from '../import/report';
import type { Account } from '../schema/account';
import { createStagedUpload, type StagedUploadOptions, UploadCancelledError, type UploadTotals } from '../sync/upload';

/** How far a file's upload is: rows read (and valid) from the file, accounts stored on the server, then the commit. */
export type FileUploadProgress = {
  phase: 'sending' | 'committing';
  charactersRead: number;
  rows: number;
  valid: number;
  accountsSent: number;
  batchesSent: number;
};

export type FileUploadOptions = Omit<StagedUploadOptions, 'onProgress'> & {
  fileName: string;
  mapping?: Readonly<Record<string, string>>;
  onProgress?(progress: FileUploadProgress): void;
  /** Where rows are read: on the calling thread by default (the network, not parsing, sets the pace). */
  pool?: ImportPool;
};

/**
 * Uploads an account file to the team server (admin), read exactly as an import reads it (the
 * mapping, the report, the first of repeated ids standing, row numbers), streamed: accounts go out in
 * batches as they are read and are applied together by the commit at the end (createStagedUpload).
 * A file with no valid row, a failure or a cancel discards the upload: the team's accounts are as
 * they were. Resolves with the file's report and what the server changed.
 */
export async function uploadAccountFile(
  client: Parameters<typeof createStagedUpload>[0],
  file: Blob,
  options: FileUploadOptions,
): Promise<{ report: ImportReport; totals: UploadTotals }> {
  checkAccountFileSize(options.fileName, file.size);
  let charactersRead = 0;
  let counts = () => ({ rows: 0, valid: 0 });
  let sent = { accountsSent: 0, batchesSent: 0 };
  const tell = (phase: FileUploadProgress['phase']) => options.onProgress?.({ phase, charactersRead, ...counts(), ...sent });
  const upload = createStagedUpload(client, {
    ...options,
    onProgress: (progress) => {
      sent = { accountsSent: progress.accountsSent, batchesSent: progress.batchesSent };
      tell(progress.phase);
    },
  });
  const checkCancel = () => {
    if (options.signal?.aborted) throw new UploadCancelledError('the upload was cancelled; nothing of it was applied');
  };
  async function* counted() {
    for await (const chunk of fileTextChunks(file)) {
      checkCancel();
      charactersRead += chunk.length;
      yield chunk;
    }
  }
  const sink = {
    async append(prepared: { json: readonly string[] }, keep?: readonly boolean[], rows?: readonly number[]) {
      for (let i = 0; i < prepared.json.length; i++) {
        if (keep && !keep[i]) continue;
        const account = storedAccountObject(JSON.parse(prepared.json[i] as string)) as Account;
        await upload.add(account, rows?.[i] ?? null);
      }
    },
  };
  const pool = options.pool ?? createInProcessPool();
  try {
    const read = await readAccountFile(counted(), options, pool, sink, { progress: () => tell('sending'), checkCancel }, (progress) => {
      counts = progress;
    });
    const report = read.report();
    if (report.valid === 0) {
      throw new NothingToImportError(`${options.fileName}: no row could be uploaded (${report.errors.length} errors); nothing was sent`);
    }
    return { report, totals: await upload.finish() };
  } catch (error) {
    await upload.discard();
    throw error instanceof ImportCancelledError ? new UploadCancelledError(error.message) : error;
  } finally {
    pool.dispose();
  }
}
