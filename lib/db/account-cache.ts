import type { AccountIndex } from '../recognize/keys';
import type { Account } from '../schema/account';

/**
 * The account cache as the panel and the options page read it: recognition lookups (`find`), one
 * account by id, and a name search, each answered from a few records, never the whole cache.
 */
export interface AccountCache extends AccountIndex {
  /** The account with this id, if cached. */
  getAccount(id: string): Promise<Account | undefined>;
  /** Accounts whose name, or a word of it, starts with `prefix` (case, accents and punctuation folded), in name order. */
  searchByName(prefix: string, limit: number): Promise<Account[]>;
  /** How many accounts are cached. */
  count(): Promise<number>;
}
