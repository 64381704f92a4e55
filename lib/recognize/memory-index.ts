import type { Account } from '../schema/account';
import { type AccountIndex, type AccountKey, accountKeys } from './keys';

/** An in-memory account index over `accountKeys()`, for the `tal` command, tests and benchmarks. */
export function createMemoryIndex(accounts: Iterable<Account>): AccountIndex & { readonly size: number } {
  const byKey = new Map<string, string[]>();
  let size = 0;
  for (const account of accounts) {
    size++;
    for (const key of accountKeys(account)) {
      const ids = byKey.get(keyOf(key));
      if (!ids) byKey.set(keyOf(key), [account.id]);
      else if (!ids.includes(account.id)) ids.push(account.id);
    }
  }
  return {
    size,
    find: async (key) => [...(byKey.get(keyOf(key)) ?? [])],
  };
}

function keyOf(key: AccountKey): string {
  return `${key.kind}\u0000${key.value}`;
}
