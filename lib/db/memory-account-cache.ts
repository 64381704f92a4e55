import { createMemoryIndex } from '../recognize/memory-index';
import type { Account } from '../schema/account';
import type { AccountCache } from './account-cache';
import { foldForSearch, lowerBound, nameSearchEntries } from './name-search';

/** The account cache in memory, for the `tal` command and tests: the same answers as the Dexie cache. */
export function createMemoryAccountCache(accounts: readonly Account[]): AccountCache {
  const index = createMemoryIndex(accounts);
  const byId = new Map<string, Account>();
  for (const account of accounts) if (!byId.has(account.id)) byId.set(account.id, account);
  const entries = [...byId.values()]
    .flatMap((account) => nameSearchEntries(account.name).map((name) => ({ name, account })))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = entries.map((entry) => entry.name);
  return {
    find: (key) => index.find(key),
    getAccount: async (id) => byId.get(id),
    count: async () => byId.size,
    async searchByName(prefix, limit) {
      const folded = foldForSearch(prefix);
      if (folded === '' || limit <= 0) return [];
      const found = new Set<Account>();
      for (let i = lowerBound(names, folded); i < entries.length && found.size < limit; i++) {
        const entry = entries[i] as (typeof entries)[number];
        if (!entry.name.startsWith(folded)) break;
        found.add(entry.account);
      }
      return [...found];
    },
  };
}
