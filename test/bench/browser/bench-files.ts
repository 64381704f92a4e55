import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { accountsToCsv, csvLine, exportColumns, MAX_ACCOUNT_FILE_BYTES } from '../../../lib/import';
import { ACCOUNT_FIELDS, type Account } from '../../../lib/schema/account';

/** Accounts turned into CSV text per write. */
const WRITE_BATCH = 5_000;

function finish(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

function write(stream: WriteStream, text: string): Promise<void> {
  return stream.write(text) ? Promise.resolve() : new Promise((resolve) => stream.once('drain', () => resolve()));
}

/**
 * Writes accounts as CRM-style CSV files (every canonical column plus `serves`), starting a new file
 * before one would pass the import's 200 MB limit, as a user splitting a large export would. Returns
 * the paths and their total size.
 */
export async function writeAccountFiles(accounts: readonly Account[], dir: string, limit = MAX_ACCOUNT_FILE_BYTES) {
  const columns = exportColumns(ACCOUNT_FIELDS, ['serves']);
  const header = `\uFEFF${csvLine(columns.header)}`;
  const paths: string[] = [];
  let stream: WriteStream | null = null;
  let size = 0;
  let total = 0;
  for (let start = 0; start < accounts.length; start += WRITE_BATCH) {
    const text = accountsToCsv(accounts.slice(start, start + WRITE_BATCH), columns);
    const bytes = Buffer.byteLength(text);
    if (stream === null || size + bytes > limit) {
      if (stream) await finish(stream);
      const path = join(dir, `accounts-${paths.length + 1}.csv`);
      paths.push(path);
      stream = createWriteStream(path);
      await write(stream, header);
      size = Buffer.byteLength(header);
    }
    await write(stream, text);
    size += bytes;
    total += bytes;
  }
  if (stream) await finish(stream);
  return { paths, megabytes: Math.round(total / 1024 / 1024) };
}
