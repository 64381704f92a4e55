import Dexie from 'dexie';
import { fileTextChunks } from '../../../lib/db/import-pipeline/import-file';
import { createAccountReader } from '../../../lib/import';
import type { Account } from '../../../lib/schema/account';

/** Rows per bulkPut of the baseline: large, as a plain implementation would batch, without holding a million objects. */
const NAIVE_BATCH = 20_000;

/**
 * The baseline the cache's design is measured against: the same files read by the same reader, then a
 * plain Dexie bulkPut of every account into a table with three indexes (domain, name, salesforceId).
 */
export async function naiveImport(files: readonly File[], dbName = 'tal-bench-naive') {
  await Dexie.delete(dbName);
  const db = new Dexie(dbName);
  db.version(1).stores({ accounts: 'id, domain, name, salesforceId' });
  await db.open();
  const started = performance.now();
  let writeMs = 0;
  let count = 0;
  let batch: Account[] = [];
  const flush = async () => {
    const t = performance.now();
    await db.table('accounts').bulkPut(batch);
    writeMs += performance.now() - t;
    count += batch.length;
    batch = [];
  };
  for (const file of files) {
    const reader = createAccountReader({ fileName: file.name });
    for await (const chunk of fileTextChunks(file)) {
      batch.push(...reader.push(chunk));
      if (batch.length >= NAIVE_BATCH) await flush();
    }
    batch.push(...reader.end());
  }
  await flush();
  const naiveImportMs = performance.now() - started;
  // A lookup the naive way, to show it is queryable.
  const probe = await db.table('accounts').limit(1).first();
  // Untimed, as the import's deletion of the replaced cache is. Dexie closes the connection first.
  await db.delete();
  return { naiveImportMs, naiveWriteMs: writeMs, accounts: count, probeId: (probe as Account | undefined)?.id ?? null };
}
