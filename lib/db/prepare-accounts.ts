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

/** Prepares accounts for the cache; `jsons` reuses their stored JSON (merging) instead of serializing again. */
export function prepareAccounts(accounts: readonly Account[], jsons?: readonly string[]): PreparedAccounts {
  const hashes: number[] = [];
  const keyCounts = new Uint8Array(accounts.length);
  const fields = new Set<string>();
  const customKeys = new Set<string>();
  const prepared: PreparedAccounts = {
    ids: [],
    jsons: [],
    keyHashes: new Uint32Array(0),
    keyCounts,
    names: [],
    fields: [],
    customKeys: [],
  };
  accounts.forEach((account, i) => {
    prepared.ids.push(account.id);
    prepared.jsons.push(jsons?.[i] ?? JSON.stringify(account));
    // An account has a handful of keys; more than 255 (aliases by the hundred) are cut to fit the count.
    const keys = pushKeyHashes(account, hashes);
    if (keys > 255) hashes.length -= keys - 255;
    keyCounts[i] = Math.min(keys, 255);
    prepared.names.push(foldForSearch(account.name));
    for (const field in account) if (account[field as keyof Account] !== undefined) fields.add(field);
    if (account.custom) for (const key in account.custom) customKeys.add(key);
  });
  prepared.keyHashes = Uint32Array.from(hashes);
  prepared.fields = [...fields];
  prepared.customKeys = [...customKeys];
  return prepared;
}
