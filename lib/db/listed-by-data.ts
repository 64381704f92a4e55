import type { TalDb } from './database';
import { type ListedAccount, ListedByDataRowSchema } from './rows';
import { parseStoredRow } from './stored-row';

/** The accounts any import listed on the TAL, by id (see ListedByDataRowSchema). */
export async function readListedByData(db: TalDb): Promise<Record<string, ListedAccount>> {
  return parseStoredRow(ListedByDataRowSchema, await db.meta.get('listedByData'), 'meta', 'listedByData')?.accounts ?? {};
}

/**
 * Adds the accounts new data lists on the TAL, and brings the name, domain and team of those already
 * there up to date; takes none off. Run inside the commit's transaction (it holds `meta`).
 */
export async function addListedByData(db: TalDb, listed: ReadonlyMap<string, Omit<ListedAccount, 'since'>>, at: Date): Promise<void> {
  if (listed.size === 0) return;
  const accounts = await readListedByData(db);
  for (const [id, snapshot] of listed) accounts[id] = { ...snapshot, since: accounts[id]?.since ?? at.toISOString() };
  await db.meta.put({ key: 'listedByData', accounts });
}
