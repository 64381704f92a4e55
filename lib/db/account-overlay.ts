import Dexie, { type Table } from 'dexie';
import type { z } from 'zod';
import type { Account } from '../schema/account';
import { type StoredAccounts, storedAccount, storedAccountId } from './account-chunk';
import { chunkKey, HOLE } from './chunk-map';
import type { TalDb } from './database';
import { CacheChangedError } from './generation-writer';
import { type ActiveCache, activePointer } from './generations';
import { bucketOf, cacheKeyString, cacheKeysOf, hashKey } from './key-hash';
import { addListedByOverlay } from './listed-by-data';
import { prepareAccounts } from './prepare-accounts';
import {
  AccountChunkRowSchema,
  type GenerationRow,
  KeyBucketRowSchema,
  type OverlayDirectoryRow,
  OverlayDirectoryRowSchema,
  type OverlayEntry,
  type OverlayPageRow,
  OverlayPageRowSchema,
  type OverlayRow,
  type OverlaySummary,
} from './rows';
import { parseStoredRow } from './stored-row';

/**
 * The account overlay: a few accounts changed or deleted since the active generation was written
 * (a team sync's delta, a new account from the panel, a correction), in `overlayPages`. A change
 * of a few accounts costs writing those accounts, whatever the cache's size; lookups, name search,
 * counts and every scan of the cache (export, evaluation, alerts, the options page) read the
 * overlay before the generation, so they answer as if the generation had been written again.
 * The next import folds it into its new generation, and so does the background once it holds
 * OVERLAY_FOLD_AT rows (fold-overlay.ts, entrypoints/background/overlay-upkeep.ts). Rows belong to one generation: a generation made active
 * starts with none, and deleting a generation deletes its overlay.
 */

/** Overlay rows from which the background folds the overlay into a new generation. */
export const OVERLAY_FOLD_AT = 10_000;
/** The most rows an overlay holds: a merge that would take it past this writes a new generation (the overlay folded in) itself. */
export const OVERLAY_MAX_ROWS = 2 * OVERLAY_FOLD_AT;

/**
 * Accounts per overlay page. IndexedDB's cost is per record and per index entry: in Chromium, 1,100
 * accounts took 88–115 ms to write as a record each with indexes of their keys and names, 23–41 ms
 * as 22 pages with the same index entries, 5–12 ms as 22 pages without.
 */
export const OVERLAY_PAGE_ROWS = 50;

/** A generation's overlay pages in page order, checked. */
async function readOverlayPages(db: TalDb, generation: number): Promise<OverlayPageRow[]> {
  const pages = await db.overlayPages.where(':id').between([generation, Dexie.minKey], [generation, Dexie.maxKey]).toArray();
  return pages.map((raw) => parseOverlayPage(raw, [generation, raw.page]) as OverlayPageRow);
}

/** A stored overlay page checked with its schema (undefined: there is none). */
export function parseOverlayPage(raw: unknown, key: [number, number]): OverlayPageRow | undefined {
  return parseStoredRow(OverlayPageRowSchema, raw, 'overlayPages', key);
}

/** A page's entries as readers see them (with their generation and page). */
export const pageRows = (page: OverlayPageRow): OverlayRow[] =>
  page.rows.map((entry) => ({ ...entry, generation: page.generation, page: page.page }));

/** Every overlay row of a generation, in id order (a scan holds them all: at most a few tens of thousands). */
export async function readOverlayRows(db: TalDb, generation: number): Promise<OverlayRow[]> {
  const rows = (await readOverlayPages(db, generation)).flatMap(pageRows);
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A page of `entries`. */
const overlayPage = (generation: number, page: number, entries: readonly OverlayEntry[]): OverlayPageRow => ({
  generation,
  page,
  rows: [...entries],
});

/** The overlay's directory (OverlayDirectoryRowSchema), as stored without its key. */
export type OverlayDirectory = Omit<OverlayDirectoryRow, 'key'>;

/** The directory of an empty overlay. */
const emptyDirectory = (generation: number): OverlayDirectory => ({
  generation,
  ids: [],
  pages: new Uint32Array(0),
  keyHashes: new Uint32Array(0),
  keyPages: new Uint32Array(0),
  names: [],
  nameIds: [],
  namePages: new Uint32Array(0),
});

/**
 * The overlay's directory for a generation, from its row: one read, none when the overlay is empty.
 * A directory of another generation is stale (that overlay went with its generation): empty.
 */
export async function readOverlayDirectory(
  db: TalDb,
  { generation, overlay }: { generation: number; overlay: Pick<OverlaySummary, 'rows'> },
): Promise<OverlayDirectory> {
  if (overlay.rows === 0) return emptyDirectory(generation);
  const row = parseStoredRow(OverlayDirectoryRowSchema, await db.meta.get('overlayDirectory'), 'meta', 'overlayDirectory');
  if (row?.generation !== generation) return emptyDirectory(generation);
  const { key: _, ...directory } = row;
  return directory;
}

const byNameThenId = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The directory with `pages` written: what it said of those page numbers is dropped, and their
 * entries' ids, key hashes and names are added (the names merged in order of name, then id). Its
 * cost is the directory's size, a few tens of thousands of entries at most, in memory.
 */
export function withPages(directory: OverlayDirectory, pages: readonly OverlayPageRow[]): OverlayDirectory {
  const written = new Set(pages.map((page) => page.page));
  const keep = (page: number) => !written.has(page);
  const ids: string[] = [];
  const idPages: number[] = [];
  directory.ids.forEach((id, i) => {
    const page = directory.pages[i] as number;
    if (!keep(page)) return;
    ids.push(id);
    idPages.push(page);
  });
  const keyHashes: number[] = [];
  const keyPages: number[] = [];
  directory.keyHashes.forEach((hash, i) => {
    const page = directory.keyPages[i] as number;
    if (!keep(page)) return;
    keyHashes.push(hash);
    keyPages.push(page);
  });
  const added: { name: string; id: string; page: number }[] = [];
  for (const { page, rows } of pages) {
    for (const entry of rows) {
      ids.push(entry.id);
      idPages.push(page);
      for (const hash of new Set(entry.keys.map(hashKey))) {
        keyHashes.push(hash);
        keyPages.push(page);
      }
      for (const name of entry.names) added.push({ name, id: entry.id, page });
    }
  }
  added.sort(byNameThenId);
  const names: string[] = [];
  const nameIds: string[] = [];
  const namePages: number[] = [];
  let k = 0;
  const take = (name: string, id: string, page: number) => {
    names.push(name);
    nameIds.push(id);
    namePages.push(page);
  };
  directory.names.forEach((name, i) => {
    const id = directory.nameIds[i] as string;
    const page = directory.namePages[i] as number;
    if (!keep(page)) return;
    for (; k < added.length && byNameThenId(added[k] as (typeof added)[number], { name, id }) < 0; k++) {
      const next = added[k] as (typeof added)[number];
      take(next.name, next.id, next.page);
    }
    take(name, id, page);
  });
  for (; k < added.length; k++) {
    const next = added[k] as (typeof added)[number];
    take(next.name, next.id, next.page);
  }
  return {
    generation: directory.generation,
    ids,
    pages: Uint32Array.from(idPages),
    keyHashes: Uint32Array.from(keyHashes),
    keyPages: Uint32Array.from(keyPages),
    names,
    nameIds,
    namePages: Uint32Array.from(namePages),
  };
}

/** A row without its place (what a page stores). */
const entryOf = ({ id, account, inBase, keys, names, revision }: OverlayRow | OverlayEntry): OverlayEntry => ({
  id,
  account,
  inBase,
  keys,
  names,
  revision,
});

/** The account an overlay row holds (undefined: the row deletes it). */
export function overlayAccount(row: OverlayRow): Account | undefined {
  if (row.account === null) return undefined;
  return storedAccount({ accounts: [row.account] } satisfies StoredAccounts, 0, `overlayPages [${row.generation},${row.page}] ${row.id}`);
}

/**
 * Records of one generation by number (key buckets or account chunks, `keyOf` giving each one's key:
 * a borrowed chunk's is its owner's), read in one bulkGet and checked with their schema; one that is
 * gone means the cache was replaced under the change.
 */
async function generationRecords<Row>(
  table: Table<unknown, [number, number]>,
  schema: z.ZodType<Row>,
  name: string,
  keyOf: (n: number) => [number, number] | null,
  numbers: readonly number[],
): Promise<Map<number, Row>> {
  const keys = numbers.map(keyOf).filter((key) => key !== null);
  const rows = await table.bulkGet(keys);
  return new Map(
    rows.map((raw, i) => {
      const key = keys[i] as [number, number];
      const row = parseStoredRow(schema, raw, name, key);
      if (!row)
        throw new CacheChangedError('the account cache was replaced while a change was applied to it; the next sync applies it again');
      return [key[1], row] as const;
    }),
  );
}

/** Ids looked up in the generation per read of its buckets and chunks (between two, a settle can step aside). */
const IDS_PER_LOOKUP = 100;

/** Called between reads of long work the caller may stop (it throws to stop). */
type Between = () => void | Promise<void>;

/**
 * Which of `ids` the generation holds: IDS_PER_LOOKUP at a time, a read of the buckets their id
 * keys fall in, then of the chunks of the hash hits (to rule out a collision), `between` each.
 */
async function idsInGeneration(db: TalDb, generation: GenerationRow, ids: readonly string[], between?: Between): Promise<Set<string>> {
  const found = new Set<string>();
  for (let start = 0; start < ids.length; start += IDS_PER_LOOKUP) {
    if (start > 0) await between?.();
    for (const id of await idsInGenerationOnce(db, generation, ids.slice(start, start + IDS_PER_LOOKUP))) found.add(id);
  }
  return found;
}

async function idsInGenerationOnce(db: TalDb, generation: GenerationRow, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  if (ids.length === 0 || generation.count === 0) return found;
  const hashes = ids.map((id) => hashKey(cacheKeyString({ kind: 'id', value: id })));
  const bucketNumbers = [...new Set(hashes.map((hash) => bucketOf(hash, generation.bucketBits)))];
  const buckets = await generationRecords(
    db.keyBuckets,
    KeyBucketRowSchema,
    'keyBuckets',
    (n) => [generation.generation, n],
    bucketNumbers,
  );
  // Each id's candidate positions: the entries of its bucket with its hash.
  const candidates = ids.map((id, i) => {
    const hash = hashes[i] as number;
    const bucket = buckets.get(bucketOf(hash, generation.bucketBits));
    const positions: number[] = [];
    if (bucket) for (let k = 0; k < bucket.hashes.length; k++) if (bucket.hashes[k] === hash) positions.push(bucket.positions[k] as number);
    return { id, positions };
  });
  const chunkNumbers = [...new Set(candidates.flatMap((c) => c.positions.map((p) => Math.floor(p / generation.chunkSize))))];
  const chunks = await generationRecords(
    db.accountChunks,
    AccountChunkRowSchema,
    'accountChunks',
    (n) => chunkKey(generation, n),
    chunkNumbers,
  );
  for (const { id, positions } of candidates) {
    for (const position of positions) {
      const json = chunks.get(Math.floor(position / generation.chunkSize))?.accounts[position % generation.chunkSize];
      if (json !== undefined && json !== HOLE && storedAccountId(json) === id) found.add(id);
    }
  }
  return found;
}

/** What a row adds to the generation's count: its account, less the generation's (0 while not settled). */
const effect = (row: Pick<OverlayEntry, 'account' | 'inBase'>) =>
  row.inBase === null ? 0 : (row.account === null ? 0 : 1) - (row.inBase ? 1 : 0);

/**
 * Writes upserted and deleted accounts into the active generation's overlay, in one transaction that
 * also moves the pointer's overlay summary (so watchers of the pointer hear of it), adds the accounts
 * the data lists on the TAL to `listedByData`, and adds new fields to the generation's columns. An
 * account both upserted and deleted is upserted, as a merge does. Nothing of the generation is read:
 * whether it holds an account new to the overlay is left unsettled (settleOverlay finds out, in the
 * background), so a delta costs its own rows at any cache size. The caller holds the cache lock;
 * should the active cache change meanwhile all the same, nothing is written (CacheChangedError).
 * Returns the overlay's new summary.
 */
export async function applyToOverlay(
  db: TalDb,
  active: ActiveCache,
  change: { accounts: readonly Account[]; deleted: readonly string[] },
  now: Date,
): Promise<OverlaySummary> {
  const { generation: base, overlay } = active;
  const generation = base.generation;
  const upserts = new Map(change.accounts.map((account) => [account.id, account]));
  const deletions = [...new Set(change.deleted)].filter((id) => !upserts.has(id));
  const ids = [...upserts.keys(), ...deletions];
  // The pages holding accounts the delta changes again: their rows are replaced where they are.
  const directory = await readOverlayDirectory(db, { generation, overlay });
  const pageOf = new Map(directory.ids.map((id, i) => [id, directory.pages[i] as number]));
  const located = new Map(ids.flatMap((id) => (pageOf.has(id) ? [[id, pageOf.get(id) as number] as const] : [])));
  const touched = new Map<number, OverlayPageRow>();
  const pageNumbers = [...new Set(located.values())];
  (await db.overlayPages.bulkGet(pageNumbers.map((page): [number, number] => [generation, page]))).forEach((raw, i) => {
    const key: [number, number] = [generation, pageNumbers[i] as number];
    const page = parseOverlayPage(raw, key);
    if (!page) throw new CacheChangedError('the account cache changed while this change was applied to it; nothing was changed');
    touched.set(page.page, page);
  });
  const existing = new Map<string, OverlayRow>();
  for (const page of touched.values()) for (const row of pageRows(page)) if (located.has(row.id)) existing.set(row.id, row);
  const revision = overlay.revision + 1;
  const accounts = [...upserts.values()];
  const prepared = prepareAccounts(accounts);
  const entries: OverlayEntry[] = [];
  accounts.forEach((account, i) => {
    const name = prepared.names[i] as string;
    entries.push({
      id: account.id,
      account: prepared.json[i] as string,
      inBase: existing.get(account.id)?.inBase ?? null,
      // Its recognition keys (cacheKeysOf gives the id first: the directory finds an account by id).
      keys: cacheKeysOf(account).slice(1),
      names: name === '' ? [] : [name],
      revision,
    });
  });
  // Kept even for an account only the overlay had: a scan of the changes since a revision sees it go.
  for (const id of deletions) entries.push({ id, account: null, inBase: existing.get(id)?.inBase ?? null, keys: [], names: [], revision });
  if (entries.length === 0) return overlay;
  let { net, unsettled } = overlay;
  for (const entry of entries) {
    const before = existing.get(entry.id);
    net += effect(entry) - (before ? effect(before) : 0);
    unsettled += (entry.inBase === null ? 1 : 0) - (before?.inBase === null ? 1 : 0);
  }
  const added = entries.filter((entry) => !existing.has(entry.id));
  const summary: OverlaySummary = { revision, rows: overlay.rows + added.length, net, unsettled };
  const replaced = new Map(entries.filter((entry) => existing.has(entry.id)).map((entry) => [entry.id, entry]));
  const pages = [...touched.values()].map((page) =>
    overlayPage(
      generation,
      page.page,
      page.rows.map((entry) => replaced.get(entry.id) ?? entry),
    ),
  );
  const next = directory.pages.reduce((last, page) => Math.max(last, page + 1), 0);
  for (let start = 0; start < added.length; start += OVERLAY_PAGE_ROWS) {
    pages.push(overlayPage(generation, next + start / OVERLAY_PAGE_ROWS, added.slice(start, start + OVERLAY_PAGE_ROWS)));
  }
  const written = withPages(directory, pages);
  const listed = new Map(
    prepared.listed.map(([index, name, domain, team]) => [prepared.ids[index] as string, snapshot(name, domain, team)]),
  );
  await db.transaction('rw', [db.meta, db.generations, db.overlayPages], async () => {
    const pointer = await activePointer(db);
    if (pointer?.generation !== generation || (pointer.overlay?.revision ?? 0) !== overlay.revision) {
      throw new CacheChangedError(
        'the account cache changed while this change was applied to it (another import or sync finished first); nothing was changed',
      );
    }
    await db.overlayPages.bulkPut(pages);
    await db.meta.put({ key: 'overlayDirectory', ...written });
    await addListedByOverlay(db, listed, now);
    const newFields = prepared.fields.filter((field) => !base.fields.includes(field));
    const newKeys = prepared.customKeys.filter((key) => !base.customKeys.includes(key));
    if (newFields.length > 0 || newKeys.length > 0) {
      await db.generations.update(generation, { fields: [...base.fields, ...newFields], customKeys: [...base.customKeys, ...newKeys] });
    }
    await db.meta.put({ ...pointer, overlay: summary });
  });
  return summary;
}

/**
 * The overlay's rows not settled yet, each with whether the generation holds its account: read in
 * the generation's buckets and chunks (idsInGeneration), the cost a delta does not wait for.
 */
async function settledRows(db: TalDb, active: Pick<ActiveCache, 'generation' | 'overlay'>, between?: Between) {
  const rows = await readOverlayRows(db, active.generation.generation);
  const open = rows.filter((row) => row.inBase === null);
  const inBase = await idsInGeneration(
    db,
    active.generation,
    open.map((row) => row.id),
    between,
  );
  return { rows, settled: open.map((row) => ({ ...row, inBase: inBase.has(row.id) })) };
}

/** How many accounts the cache holds: the generation's, with what the overlay adds (its unsettled rows looked up now, if any). */
export async function countCache(db: TalDb, active: Pick<ActiveCache, 'generation' | 'overlay'>): Promise<number> {
  const { generation, overlay } = active;
  if (overlay.unsettled === 0) return generation.count + overlay.net;
  const { settled } = await settledRows(db, active);
  return generation.count + overlay.net + settled.reduce((sum, row) => sum + effect(row), 0);
}

/**
 * Settles the overlay: finds whether the generation holds the accounts of its unsettled rows and
 * records it, with the exact count, in one transaction, only if the overlay did not change
 * meanwhile (else it returns false, and the next change settles again). Changes no account, so the
 * cache version (its revision) stays. The caller holds the cache lock; `between` is called between
 * the generation's reads (a throw there stops the settle, which has written nothing yet). Returns
 * whether it wrote.
 */
export async function settleOverlay(db: TalDb, active: ActiveCache, between?: Between): Promise<boolean> {
  if (active.overlay.unsettled === 0) return false;
  const { rows, settled } = await settledRows(db, active, between);
  const summary = { ...active.overlay, net: active.overlay.net + settled.reduce((sum, row) => sum + effect(row), 0), unsettled: 0 };
  // The pages holding settled rows, written again whole with them.
  const settledById = new Map(settled.map((row) => [row.id, row]));
  const byPage = new Map<number, OverlayEntry[]>(settled.map((row) => [row.page, []]));
  for (const row of rows) byPage.get(row.page)?.push(entryOf(settledById.get(row.id) ?? row));
  const generation = active.generation.generation;
  const pages = [...byPage].map(([page, entries]) => overlayPage(generation, page, entries));
  return db.transaction('rw', [db.meta, db.overlayPages], async () => {
    const pointer = await activePointer(db);
    if (pointer?.generation !== generation || (pointer.overlay?.revision ?? 0) !== active.overlay.revision) return false;
    await db.overlayPages.bulkPut(pages);
    await db.meta.put({ ...pointer, overlay: summary });
    return true;
  });
}

function snapshot(name: string, domain: string, team: string) {
  return { name, ...(domain ? { domain } : {}), ...(team ? { team } : {}) };
}
