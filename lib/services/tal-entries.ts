import type { TalDb } from '../db/database';
import { openAccountCache } from '../db/dexie-account-cache';
import { activePointer } from '../db/generations';
import { readListing } from '../db/listed-by-data';
import type { ListedAccount, TalOverrideRow } from '../db/rows';
import { listTalOverrides } from '../db/tal-overrides';
import type { Account } from '../schema/account';

/**
 * One account on the TAL: how it got there (a decision's record, or the data's listing), and its data
 * when the account cache has it. An account the current data lacks is still on the TAL; it is shown
 * by the name and domain kept for it.
 */
export type TalEntry = {
  accountId: string;
  record: TalOverrideRow | undefined;
  listed: ListedAccount | undefined;
  account: Account | undefined;
};

/**
 * The TAL as it stands: the accounts a decision put on it, and those the data listed that no decision
 * took off; each looked up in the account cache by id (one lookup each, never a walk of the cache).
 */
export async function readTalEntries(db: TalDb): Promise<TalEntry[]> {
  // Read here so that a live query over this also follows a new cache becoming active.
  await activePointer(db);
  const { ids, decided, listed } = await talIds(db);
  const cache = openAccountCache(db);
  const accounts = await Promise.all(ids.map((id) => cache.getAccount(id)));
  return ids.map((accountId, i) => ({ accountId, record: decided.get(accountId), listed: listed.get(accountId), account: accounts[i] }));
}

/**
 * The TAL's account ids and the team each is listed for, from the TAL's own records only (no account
 * is read, nothing made per account): cheap enough for a count shown on every page and taken again at
 * every sync, as the panel's recertification heading is.
 */
export async function readTalTeams(db: TalDb): Promise<{ ids: readonly string[]; teamOf(accountId: string): string | undefined }> {
  const { ids, decided, listed } = await talIds(db);
  return { ids, teamOf: (accountId) => decided.get(accountId)?.team ?? listed.get(accountId)?.team };
}

/** The TAL's ids from its own records: those a decision put on it, then those the data listed that no decision took off. */
async function talIds(db: TalDb) {
  const [records, listed] = await Promise.all([listTalOverrides(db), readListing(db)]);
  const decided = new Map(records.map((record) => [record.accountId, record]));
  const ids = [
    ...records.filter((record) => record.onTal).map((record) => record.accountId),
    ...(decided.size === 0 ? listed.ids : listed.ids.filter((id) => !decided.has(id))),
  ];
  return { ids, decided, listed };
}

/** The account an entry stands for: its data, or what was kept of it (name, domain, team) when the data lacks it. */
export function entryAccount({ accountId, record, listed, account }: TalEntry): Account {
  const team = record?.team ?? listed?.team;
  if (account) return team && !account.team ? { ...account, team } : account;
  const domain = record?.domain ?? listed?.domain;
  return {
    id: accountId,
    name: record?.name ?? listed?.name ?? accountId,
    ...(domain ? { domain } : {}),
    ...(team ? { team } : {}),
  };
}
