import type { TalDb } from './database';
import { activePointer } from './generations';
import { type ListedAccount, ListedByDataRowSchema, ListedByOverlayRowSchema } from './rows';
import { parseStoredRow } from './stored-row';

type Listed = Record<string, ListedAccount>;

const readData = async (db: TalDb): Promise<Listed> =>
  parseStoredRow(ListedByDataRowSchema, await db.meta.get('listedByData'), 'meta', 'listedByData')?.accounts ?? {};
const readOverlay = async (db: TalDb): Promise<Listed> =>
  parseStoredRow(ListedByOverlayRowSchema, await db.meta.get('listedByOverlay'), 'meta', 'listedByOverlay')?.accounts ?? {};

/**
 * The data listing as this context last read it, with the generation it was read under and its ids.
 * It is written only in the transaction that makes a generation active (addListedByData), so while
 * that generation stays active it is read and parsed once: at a million accounts it lists a hundred
 * and fifty thousand, and the panel's live counts would otherwise read it whole at every team sync.
 */
const lastData = new WeakMap<TalDb, { generation: number; accounts: Readonly<Listed>; ids: readonly string[] }>();

/**
 * The TAL's data listing as it stands: the data's (see ListedByDataRowSchema) with the overlay's
 * deltas over it (ListedByOverlayRowSchema), read without copying the data's: at a million accounts
 * a copy of its 150,000 entries cost the panel over 100 ms at every team sync.
 */
export type Listing = {
  /** Every listed id: the data's, then those only the overlay's deltas listed. */
  readonly ids: readonly string[];
  /** An id's entry: the overlay's over the data's, keeping the earlier `since`. */
  get(id: string): ListedAccount | undefined;
};

/** The listing (Listing), the data's part read and parsed once per active generation. */
export async function readListing(db: TalDb): Promise<Listing> {
  const [data, overlay] = await db.transaction('r', db.meta, async () => {
    const generation = (await activePointer(db))?.generation;
    const known = lastData.get(db);
    let data = generation !== undefined && known?.generation === generation ? known : undefined;
    if (!data) {
      const accounts = Object.freeze(await readData(db));
      data = { generation: generation ?? 0, accounts, ids: Object.freeze(Object.keys(accounts)) };
      if (generation !== undefined) lastData.set(db, data);
    }
    return [data, await readOverlay(db)] as const;
  });
  const added = Object.keys(overlay);
  const own = (record: Readonly<Listed>, id: string) => (Object.hasOwn(record, id) ? record[id] : undefined);
  return {
    ids: added.length === 0 ? data.ids : [...data.ids, ...added.filter((id) => !Object.hasOwn(data.accounts, id))],
    get(id) {
      const entry = own(overlay, id);
      const before = own(data.accounts, id);
      return entry ? { ...entry, since: before?.since ?? entry.since } : before;
    },
  };
}

/** The accounts any import or delta listed on the TAL, by id, as one record (a copy: Listing reads them without one). */
export async function readListedByData(db: TalDb): Promise<Readonly<Listed>> {
  const listing = await readListing(db);
  return Object.fromEntries(listing.ids.map((id) => [id, listing.get(id) as ListedAccount]));
}

/** The data listing with the overlay's entries over it, each keeping the earlier `since`. */
function withOverlay(data: Listed, overlay: Listed): Listed {
  for (const [id, entry] of Object.entries(overlay)) data[id] = { ...entry, since: data[id]?.since ?? entry.since };
  return data;
}

/** Snapshots added to a listing: new ones listed since `at`, known ones refreshed and keeping their `since`. */
function withSnapshots(accounts: Listed, listed: ReadonlyMap<string, Omit<ListedAccount, 'since'>>, at: Date): Listed {
  for (const [id, snapshot] of listed) accounts[id] = { ...snapshot, since: accounts[id]?.since ?? at.toISOString() };
  return accounts;
}

/**
 * Adds the accounts new data lists on the TAL, and brings the name, domain and team of those already
 * there up to date; takes none off. Those the overlay's deltas listed move in too. Run inside the
 * commit's transaction of a new generation (it holds `meta`).
 */
export async function addListedByData(db: TalDb, listed: ReadonlyMap<string, Omit<ListedAccount, 'since'>>, at: Date): Promise<void> {
  const overlay = await readOverlay(db);
  const fromOverlay = Object.keys(overlay).length > 0;
  if (listed.size === 0 && !fromOverlay) return;
  const accounts = withSnapshots(withOverlay(await readData(db), overlay), listed, at);
  await db.meta.put({ key: 'listedByData', accounts });
  if (fromOverlay) await db.meta.delete('listedByOverlay');
}

/**
 * The same for a delta into the overlay: only the small `listedByOverlay` row is read and written, so
 * a delta costs its own accounts however many the TAL's data lists. Run inside the delta's transaction.
 */
export async function addListedByOverlay(db: TalDb, listed: ReadonlyMap<string, Omit<ListedAccount, 'since'>>, at: Date): Promise<void> {
  if (listed.size === 0) return;
  await db.meta.put({ key: 'listedByOverlay', accounts: withSnapshots(await readOverlay(db), listed, at) });
}
