import { checkAccountFileSize } from '../../import/file-errors';
import type { TalDb } from '../database';
import { type ImportOptions, importAccounts } from './import-accounts';

/** A file's text in decoded chunks, as the browser streams it (UTF-8; a BOM is dropped by the decoder). */
export async function* fileTextChunks(file: Blob): AsyncGenerator<string> {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

/** Imports a picked file, streamed, refusing one over the size limit before reading it. */
export function importFile(db: TalDb, file: Blob, options: ImportOptions) {
  checkAccountFileSize(options.fileName, file.size);
  return importAccounts(db, fileTextChunks(file), options);
}
