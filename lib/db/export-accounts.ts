import { accountsToCsv, csvLine, exportColumns } from '../import/export-csv';
import type { TalDb } from './database';
import { readActiveCache } from './generations';
import { readGenerationAccounts } from './read-generation';

/**
 * The cached accounts as CSV text, piece by piece (UTF-8 BOM and header first), so a million accounts
 * never sit in memory at once; re-importing the file gives the same accounts. Nothing when the cache is empty.
 */
export async function* exportAccountsCsv(db: TalDb): AsyncGenerator<string> {
  const active = await readActiveCache(db);
  if (!active) return;
  const columns = exportColumns(active.generation.fields, active.generation.customKeys);
  yield `\uFEFF${csvLine(columns.header)}`;
  for await (const { accounts } of readGenerationAccounts(db, active.generation)) yield accountsToCsv(accounts, columns);
}
