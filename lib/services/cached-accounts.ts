import { storedCount, storedJson } from '../db/account-chunk';
import type { TalDb } from '../db/database';
import { readActiveCache } from '../db/generations';
import { AccountChunkRowSchema } from '../db/rows';
import { parseStoredRow } from '../db/stored-row';
import { type Account, AccountSchema } from '../schema/account';

/** Chunk records read at a time. */
const READ_BATCH = 25;

export type CacheWalkOptions = {
  /** Stops the walk between reads: it then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** After each read: accounts seen so far, and how many the cache holds. */
  onProgress?(done: number, total: number): void;
};

/**
 * Hands every cached account to `onAccount`, in cache order, reading chunk batch by chunk batch, so
 * a million accounts never sit in memory at once. Resolves with how many there were.
 */
export async function forEachCachedAccount(
  db: TalDb,
  onAccount: (account: Account) => void,
  options: CacheWalkOptions = {},
): Promise<number> {
  const active = await readActiveCache(db);
  if (!active) return 0;
  const { generation, count, chunkSize } = active.generation;
  const chunks = Math.ceil(count / chunkSize);
  let done = 0;
  for (let first = 0; first < chunks; first += READ_BATCH) {
    options.signal?.throwIfAborted();
    const keys = Array.from({ length: Math.min(READ_BATCH, chunks - first) }, (_, i): [number, number] => [generation, first + i]);
    const rows = await db.accountChunks.bulkGet(keys);
    rows.forEach((raw, i) => {
      const row = parseStoredRow(AccountChunkRowSchema, raw, 'accountChunks', keys[i]);
      if (!row) throw new Error('the account cache was replaced while it was read; try again');
      for (let k = 0; k < storedCount(row); k++) onAccount(AccountSchema.parse(JSON.parse(storedJson(row, k) as string)));
      done += storedCount(row);
    });
    options.onProgress?.(done, count);
  }
  return done;
}

/**
 * The cached accounts that pass a test, in cache order: only the kept accounts stay in memory (the
 * TAL out of a large cache). Without a test, every account.
 */
export async function cachedAccounts(db: TalDb, keep: (account: Account) => boolean = () => true): Promise<Account[]> {
  const kept: Account[] = [];
  await forEachCachedAccount(db, (account) => {
    if (keep(account)) kept.push(account);
  });
  return kept;
}
