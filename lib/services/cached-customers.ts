import type { TalDb } from '../db/database';
import { readActiveCache } from '../db/generations';
import { readGenerationAccounts } from '../db/read-generation';
import { fold } from '../rules/values';
import type { Account } from '../schema/account';

/** The cached accounts whose `customerType` is customer (Learn from customers), read a few chunks at a time. */
export async function cachedCustomers(db: TalDb, signal?: AbortSignal): Promise<Account[]> {
  const active = await readActiveCache(db);
  const found: Account[] = [];
  if (!active) return found;
  for await (const { accounts } of readGenerationAccounts(db, active.generation, signal)) {
    for (const account of accounts) if (fold(String(account.customerType ?? '')) === 'customer') found.push(account);
  }
  return found;
}
