import type { TalDb } from '../db/database';
import { readActiveCache } from '../db/generations';
import { readGenerationAccounts } from '../db/read-generation';
import type { Account } from '../schema/account';

export type CacheWalkOptions = {
  /** Stops the walk between reads: it then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** After each read: accounts seen so far, and how many the cache holds. */
  onProgress?(done: number, total: number): void;
};

/**
 * Hands every cached account to `onAccount`, in cache order, read by read, so a million accounts
 * never sit in memory at once. Resolves with how many there were.
 */
export async function forEachCachedAccount(
  db: TalDb,
  onAccount: (account: Account) => void,
  options: CacheWalkOptions = {},
): Promise<number> {
  const active = await readActiveCache(db);
  if (!active) return 0;
  let seen = 0;
  for await (const { accounts, done } of readGenerationAccounts(db, active.generation, options.signal)) {
    for (const account of accounts) onAccount(account);
    seen = done;
    options.onProgress?.(done, active.generation.count + active.overlay.net);
  }
  return seen;
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
