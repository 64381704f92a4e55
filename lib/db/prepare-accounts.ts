import type { Account } from '../schema/account';
import { pushKeyHashes } from './key-hash';
import { foldForSearch } from './name-search';

/**
 * Accounts made ready for the cache, the costly part of an import that parallel workers do: each
 * account's JSON (as stored in its chunk), the hashes of its lookup keys (`keyCounts[i]` of them for
 * account i, in order), its folded name for the name index, and which fields and custom keys hold values.
 */
export type PreparedAccounts = {
  ids: string[];
  jsons: string[];
  keyHashes: Uint32Array<ArrayBuffer>;
  keyCounts: Uint8Array<ArrayBuffer>;
  names: string[];
  fields: string[];
  customKeys: string[];
};

/** Prepares accounts one by one as they are read, so each account object can be dropped at once (less for the garbage collector to keep). */
export function createPreparer() {
  const hashes: number[] = [];
  const keyCounts: number[] = [];
  const fields = new Set<string>();
  const customKeys = new Set<string>();
  const ids: string[] = [];
  const jsons: string[] = [];
  const names: string[] = [];
  return {
    add(account: Account, json?: string) {
      ids.push(account.id);
      jsons.push(json ?? JSON.stringify(account));
      // An account has a handful of keys; more than 255 (aliases by the hundred) are cut to fit the count.
      const keys = pushKeyHashes(account, hashes);
      if (keys > 255) hashes.length -= keys - 255;
      keyCounts.push(Math.min(keys, 255));
      names.push(foldForSearch(account.name));
      for (const field in account) if (account[field as keyof Account] !== undefined) fields.add(field);
      if (account.custom) for (const key in account.custom) customKeys.add(key);
    },
    finish(): PreparedAccounts {
      return {
        ids,
        jsons,
        keyHashes: Uint32Array.from(hashes),
        keyCounts: Uint8Array.from(keyCounts),
        names,
        fields: [...fields],
        customKeys: [...customKeys],
      };
    },
  };
}

/** Prepares accounts already in hand (a JSON file's, the team server's). */
export function prepareAccounts(accounts: readonly Account[]): PreparedAccounts {
  const preparer = createPreparer();
  for (const account of accounts) preparer.add(account);
  return preparer.finish();
}
