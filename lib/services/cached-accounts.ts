import { storedCount, storedJson } from '../db/account-chunk';
import type { TalDb } from '../db/database';
import { readActiveCache } from '../db/generations';
import { AccountChunkRowSchema } from '../db/rows';
import { parseStoredRow } from '../db/stored-row';
import { type Account, AccountSchema } from '../schema/account';

/** Chunk records read at a time. */
const READ_BATCH = 25;

/**
 * The cached accounts that pass a test, in cache order, read chunk batch by chunk batch so that only
 * the kept accounts stay in memory (the TAL out of a large cache). Without a test, every account
 * (the playbook's health preview).
 */
export async function cachedAccounts(db: TalDb, keep: (account: Account) => boolean = () => true): Promise<Account[]> {
  const active = await readActiveCache(db);
  if (!active) return [];
  const { generation, count, chunkSize } = active.generation;
  const chunks = Math.ceil(count / chunkSize);
  const kept: Account[] = [];
  for (let first = 0; first < chunks; first += READ_BATCH) {
    const keys = Array.from({ length: Math.min(READ_BATCH, chunks - first) }, (_, i): [number, number] => [generation, first + i]);
    const rows = await db.accountChunks.bulkGet(keys);
    rows.forEach((raw, i) => {
      const row = parseStoredRow(AccountChunkRowSchema, raw, 'accountChunks', keys[i]);
      if (!row) throw new Error('the account cache was replaced while it was read; try again');
      for (let k = 0; k < storedCount(row); k++) {
        const account = AccountSchema.parse(JSON.parse(storedJson(row, k) as string));
        if (keep(account)) kept.push(account);
      }
    });
  }
  return kept;
}
