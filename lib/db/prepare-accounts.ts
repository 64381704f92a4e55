import { ACCOUNT_FIELDS, type Account } from '../schema/account';
import { storedAccountJson } from './account-chunk';
import { sortNameEntries } from './build-name-pages';
import { KeyHashes } from './key-hash';
import { foldForSearch } from './name-search';

/**
 * Accounts made ready for the cache, the costly part of an import that parallel workers do: each
 * account's JSON as stored in its chunk (storedAccountJson), the hashes of its lookup keys
 * (`keyCounts[i]` of them for account i, in order), its folded name for the name index, and which
 * fields and custom keys hold values.
 */
export type PreparedAccounts = {
  ids: string[];
  json: string[];
  keyHashes: Uint32Array<ArrayBuffer>;
  keyCounts: Uint8Array<ArrayBuffer>;
  names: string[];
  /** The accounts' indices in order of folded name, then index: each batch's names are sorted where it is read. */
  nameOrder: Uint32Array<ArrayBuffer>;
  fields: string[];
  customKeys: string[];
  /**
   * The accounts whose data put them on the TAL (`onTal: true`): index, name, domain and team (`''`
   * when none), so the TAL keeps them by name even once a later import lacks them.
   */
  listed: ListedAccount[];
};

/** An account the data marks as on the TAL: [index in its batch, name, domain or '', team or '']. */
export type ListedAccount = [number, string, string, string];

/**
 * Prepares accounts one by one as they are read, so each account object can be dropped at once (less
 * for the garbage collector to keep). A class, so the preparers of every batch share optimized code.
 */
export class AccountPreparer {
  private readonly keyHashes = new KeyHashes();
  private readonly keyCounts: number[] = [];
  private readonly fields = new Set<string>();
  // The fields no account has held yet: after the first accounts, a handful (a file's empty columns) is all there is to check.
  private unseen: (keyof Account)[] = [...ACCOUNT_FIELDS];
  private readonly customKeys = new Set<string>();
  private readonly ids: string[] = [];
  private readonly json: string[] = [];
  private readonly names: string[] = [];
  private readonly listed: ListedAccount[] = [];

  add(account: Account): void {
    if (account.onTal === true) this.listed.push([this.ids.length, account.name, account.domain ?? '', account.team ?? '']);
    this.ids.push(account.id);
    this.json.push(storedAccountJson(account));
    // An account has a handful of keys; more than 255 (aliases by the hundred) are cut to fit the count.
    this.keyCounts.push(this.keyHashes.push(account, 255));
    this.names.push(foldForSearch(account.name));
    if (this.unseen.some((field) => account[field] !== undefined)) {
      for (const field of this.unseen) if (account[field] !== undefined) this.fields.add(field);
      this.unseen = this.unseen.filter((field) => !this.fields.has(field));
    }
    if (account.custom) for (const key in account.custom) this.customKeys.add(key);
  }

  finish(): PreparedAccounts {
    return {
      ids: this.ids,
      json: this.json,
      keyHashes: this.keyHashes.hashes.copy(),
      keyCounts: Uint8Array.from(this.keyCounts),
      names: this.names,
      nameOrder: sortNameEntries(this.names, identity(this.names.length)) as Uint32Array<ArrayBuffer>,
      fields: [...this.fields],
      customKeys: [...this.customKeys],
      listed: this.listed,
    };
  }
}

/** Prepares accounts already in hand (a JSON file's, the team server's). */
export function prepareAccounts(accounts: readonly Account[]): PreparedAccounts {
  const preparer = new AccountPreparer();
  for (const account of accounts) preparer.add(account);
  return preparer.finish();
}

function identity(n: number): Uint32Array {
  const indices = new Uint32Array(n);
  for (let i = 0; i < n; i++) indices[i] = i;
  return indices;
}
