import type { TalDb } from '../db/database';
import { openAccountCache } from '../db/dexie-account-cache';
import type { TalOverrideRow } from '../db/rows';
import { listTalOverrides } from '../db/tal-overrides';
import type { Account } from '../schema/account';

/**
 * One account on the TAL: its TAL record, and its data when the account cache has it. An account the
 * current data lacks is still on the TAL; it is shown by the name and domain its record kept.
 */
export type TalEntry = { record: TalOverrideRow; account: Account | undefined };

/**
 * The TAL as it stands: every account whose TAL record says it is on, each looked up in the account
 * cache by id (a few hundred lookups, never a walk of the cache).
 */
export async function readTalEntries(db: TalDb): Promise<TalEntry[]> {
  // Read here so that a live query over this also follows a new cache becoming active.
  await db.meta.get('activeCache');
  const records = (await listTalOverrides(db)).filter((record) => record.onTal);
  const cache = openAccountCache(db);
  const accounts = await Promise.all(records.map((record) => cache.getAccount(record.accountId)));
  return records.map((record, i) => ({ record, account: accounts[i] }));
}

/** The account an entry stands for: its data, or what its record kept (name, domain, team) when the data lacks it. */
export function entryAccount({ record, account }: TalEntry): Account {
  if (account) return record.team && !account.team ? { ...account, team: record.team } : account;
  return {
    id: record.accountId,
    name: record.name ?? record.accountId,
    ...(record.domain ? { domain: record.domain } : {}),
    ...(record.team ? { team: record.team } : {}),
  };
}
