import { accountsToCsv, csvLine, exportColumns } from '../import/export-csv';
import { AccountSchema } from '../schema/account';
import { storedCount, storedJson } from './account-chunk';
import type { TalDb } from './database';
import { readActiveCache } from './generations';
import { AccountChunkRowSchema } from './rows';
import { parseStoredRow } from './stored-row';

/** Chunk records read per piece of export text. */
const EXPORT_READ_BATCH = 25;

/**
 * The cached accounts as CSV text, piece by piece (UTF-8 BOM and header first), so a million accounts
 * never sit in memory at once; re-importing the file gives the same accounts. Nothing when the cache is empty.
 */
export async function* exportAccountsCsv(db: TalDb): AsyncGenerator<string> {
  const active = await readActiveCache(db);
  if (!active) return;
  const { generation, count, chunkSize, fields, customKeys } = active.generation;
  const columns = exportColumns(fields, customKeys);
  yield `\uFEFF${csvLine(columns.header)}`;
  const chunks = Math.ceil(count / chunkSize);
  for (let first = 0; first < chunks; first += EXPORT_READ_BATCH) {
    const keys = Array.from({ length: Math.min(EXPORT_READ_BATCH, chunks - first) }, (_, i): [number, number] => [generation, first + i]);
    const rows = await db.accountChunks.bulkGet(keys);
    const accounts = rows.flatMap((raw, i) => {
      const row = parseStoredRow(AccountChunkRowSchema, raw, 'accountChunks', keys[i]);
      if (!row) throw new Error('the account cache was replaced during the export; export again');
      return Array.from({ length: storedCount(row) }, (_, k) => AccountSchema.parse(JSON.parse(storedJson(row, k) as string)));
    });
    yield accountsToCsv(accounts, columns);
  }
}
