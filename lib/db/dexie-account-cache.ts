import { type AccountKey, accountKeys } from '../recognize/keys';
import type { Account } from '../schema/account';
import type { AccountCache } from './account-cache';
import { type StoredAccounts, storedAccount } from './account-chunk';
import { countCache, type OverlayDirectory, overlayAccount, pageRows, parseOverlayPage, readOverlayDirectory } from './account-overlay';
import { createBatchedGet } from './batched-get';
import { chunkKey } from './chunk-map';
import type { TalDb } from './database';
import { cacheVersion, readActiveCache } from './generations';
import { bucketOf, type CacheKey, cacheKeyString, hashKey } from './key-hash';
import { foldForSearch, lowerBound } from './name-search';
import {
  AccountChunkRowSchema,
  type GenerationRow,
  KeyBucketRowSchema,
  NamePageRowSchema,
  type OverlayPageRow,
  type OverlayRow,
  type OverlaySummary,
} from './rows';
import { parseStoredRow } from './stored-row';

/** Options of the Dexie cache reader: how long it trusts the active generation it read, and how many chunks it keeps parsed. */
export type DexieAccountCacheOptions = { now?: () => number; pointerMaxAgeMs?: number; recentChunks?: number };

/** The generation the reader answers from, and its overlay's summary. */
type Active = { generation: GenerationRow; overlay: OverlaySummary };

const idOrder = (a: OverlayRow, b: OverlayRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The overlay's directory as a reader asks it: the page of an id, the pages of a key's hash, the names in order. */
type ReaderDirectory = Pick<OverlayDirectory, 'names' | 'nameIds' | 'namePages'> & {
  pageOf: Map<string, number>;
  pagesOfKey: Map<number, number[]>;
};

function readerDirectory(directory: OverlayDirectory): ReaderDirectory {
  const pageOf = new Map(directory.ids.map((id, i) => [id, directory.pages[i] as number]));
  const pagesOfKey = new Map<number, number[]>();
  directory.keyHashes.forEach((hash, i) => {
    const page = directory.keyPages[i] as number;
    const pages = pagesOfKey.get(hash);
    if (!pages) pagesOfKey.set(hash, [page]);
    else if (!pages.includes(page)) pages.push(page);
  });
  return { pageOf, pagesOfKey, names: directory.names, nameIds: directory.nameIds, namePages: directory.namePages };
}

/** The generation was replaced and deleted under a read: re-read the pointer and try again. */
class GenerationGone extends Error {}

/**
 * The account cache over Dexie (see generation-writer for the layout). A lookup is one key-bucket read
 * and one chunk read; `getAccount` after `find` is served from the chunks just read. The active
 * generation is re-read every `pointerMaxAgeMs`, or at once when its records are gone.
 */
export function openAccountCache(
  db: TalDb,
  options: DexieAccountCacheOptions = {},
): AccountCache & { refresh(): void; versionInUse(): Promise<string | undefined> } {
  const now = options.now ?? Date.now;
  const maxAge = options.pointerMaxAgeMs ?? 2000;
  const recentLimit = options.recentChunks ?? 16;
  let active: { at: number; cache: Promise<Active | null> } | null = null;
  const recentChunks = new Map<string, StoredAccounts>();
  const getChunk = createBatchedGet(db.accountChunks);
  const getBucket = createBatchedGet(db.keyBuckets);
  const getOverlayPage = createBatchedGet(db.overlayPages);
  let directory: { version: string; read: Promise<ReaderDirectory> } | null = null;
  // Where recently found accounts sit, so getAccount after find reads nothing new.
  const recentPositions = new Map<string, number>();

  function current(): Promise<Active | null> {
    if (!active || now() - active.at > maxAge) {
      active = {
        at: now(),
        cache: readActiveCache(db).then((cache) => (cache ? { generation: cache.generation, overlay: cache.overlay } : null)),
      };
      recentChunks.clear();
      recentPositions.clear();
    }
    return active.cache;
  }

  async function withGeneration<T>(empty: T, read: (cache: Active) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const cache = await current();
      if (!cache) return empty;
      try {
        return await read(cache);
      } catch (error) {
        if (!(error instanceof GenerationGone) || attempt > 0) throw error;
        active = null;
      }
    }
  }

  async function chunkAt(generation: GenerationRow, chunk: number): Promise<StoredAccounts> {
    const cacheKey = `${generation.generation}:${chunk}`;
    const recent = recentChunks.get(cacheKey);
    if (recent) return recent;
    // A borrowed chunk is read under its owner's key (chunk-map.ts); a key bucket never points into a chunk with no record.
    const key = chunkKey(generation, chunk);
    if (!key) throw new GenerationGone();
    const row = parseStoredRow(AccountChunkRowSchema, await getChunk(key), 'accountChunks', key);
    if (!row) throw new GenerationGone();
    recentChunks.set(cacheKey, row);
    if (recentChunks.size > recentLimit) recentChunks.delete(recentChunks.keys().next().value as string);
    return row;
  }

  async function accountAt(generation: GenerationRow, position: number): Promise<Account> {
    const chunk = await chunkAt(generation, Math.floor(position / generation.chunkSize));
    return storedAccount(chunk, position % generation.chunkSize, `accountChunks [${generation.generation},${position}]`);
  }

  function carries(account: Account, key: CacheKey): boolean {
    if (key.kind === 'id') return account.id === key.value;
    return accountKeys(account).some((k) => k.kind === key.kind && k.value === key.value);
  }

  /** The accounts carrying a key: one bucket read, then the chunks its positions point into (hash hits are checked). */
  async function lookup(generation: GenerationRow, key: CacheKey): Promise<Account[]> {
    const hash = hashKey(cacheKeyString(key));
    const id: [number, number] = [generation.generation, bucketOf(hash, generation.bucketBits)];
    const bucket = parseStoredRow(KeyBucketRowSchema, await getBucket(id), 'keyBuckets', id);
    if (!bucket) throw new GenerationGone();
    const found: Account[] = [];
    for (let i = 0; i < bucket.hashes.length; i++) {
      if (bucket.hashes[i] !== hash) continue;
      const account = await accountAt(generation, bucket.positions[i] as number);
      if (carries(account, key) && !found.some((a) => a.id === account.id)) {
        found.push(account);
        remember(account.id, bucket.positions[i] as number);
      }
    }
    return found;
  }

  function remember(id: string, position: number) {
    recentPositions.delete(id);
    recentPositions.set(id, position);
    if (recentPositions.size > 256) recentPositions.delete(recentPositions.keys().next().value as string);
  }

  async function accountById(generation: GenerationRow, id: string): Promise<Account | undefined> {
    const position = recentPositions.get(id);
    if (position !== undefined) {
      const account = await accountAt(generation, position);
      if (account.id === id) return account;
    }
    return (await lookup(generation, { kind: 'id', value: id }))[0];
  }

  async function search(generation: GenerationRow, prefix: string, limit: number): Promise<Account[]> {
    const directory = generation.nameDirectory;
    // Entries starting with the prefix may begin at the end of the page before the first page that starts ≥ it.
    let page = Math.max(0, lowerBound(directory, prefix) - 1);
    const positions: number[] = [];
    for (; page < directory.length && positions.length < limit; page++) {
      const key: [number, number] = [generation.generation, page];
      const row = parseStoredRow(NamePageRowSchema, await db.namePages.get(key), 'namePages', key);
      if (!row) throw new GenerationGone();
      let i = lowerBound(row.names, prefix);
      for (; i < row.names.length && positions.length < limit; i++) {
        if (!(row.names[i] as string).startsWith(prefix)) return resolve(generation, positions);
        const position = row.positions[i] as number;
        if (!positions.includes(position)) positions.push(position);
      }
      if (i < row.names.length) break;
    }
    return resolve(generation, positions);
  }

  function resolve(generation: GenerationRow, positions: readonly number[]) {
    return Promise.all(positions.map((position) => accountAt(generation, position)));
  }

  /** What the overlay's directory answers, read once per overlay revision the reader answers from. */
  function directoryOf(cache: Active): Promise<ReaderDirectory> {
    const version = cacheVersion({ generation: cache.generation.generation, overlay: cache.overlay });
    if (directory?.version !== version) {
      const read = readOverlayDirectory(db, { generation: cache.generation.generation, overlay: cache.overlay }).then(readerDirectory);
      directory = { version, read };
      // A failed read is not kept.
      read.catch(() => {
        if (directory?.read === read) directory = null;
      });
    }
    return directory.read;
  }

  /** Overlay pages by number, read in one batch, checked; one that is gone means the overlay was folded or replaced since the pointer was read. */
  async function overlayPagesAt(generation: number, numbers: Iterable<number>): Promise<OverlayPageRow[]> {
    return Promise.all(
      [...new Set(numbers)].map(async (number) => {
        const key: [number, number] = [generation, number];
        const page = parseOverlayPage(await getOverlayPage(key), key);
        if (!page) throw new GenerationGone();
        return page;
      }),
    );
  }

  /** The overlay's row of an account, if the overlay changed or deleted it: the page the directory names. */
  async function overlayRow(cache: Active, id: string): Promise<OverlayRow | undefined> {
    const number = (await directoryOf(cache)).pageOf.get(id);
    if (number === undefined) return undefined;
    const [page] = await overlayPagesAt(cache.generation.generation, [number]);
    return page && pageRows(page).find((row) => row.id === id);
  }

  /** The generation's accounts the overlay leaves as they are (neither changed nor deleted), and none of `besides`. */
  async function unchanged(cache: Active, accounts: Account[], besides: readonly OverlayRow[] = []): Promise<Account[]> {
    if (accounts.length === 0) return accounts;
    const { pageOf } = await directoryOf(cache);
    // Pages are read as they are now: a row a newer delta wrote there stands for its account too.
    const newer = new Set(besides.map((row) => row.id));
    return accounts.filter((account) => !pageOf.has(account.id) && !newer.has(account.id));
  }

  function overlayAccounts(rows: readonly OverlayRow[]): Account[] {
    return rows.flatMap((row) => {
      const account = overlayAccount(row);
      return account ? [account] : [];
    });
  }

  /** The accounts carrying a key: the generation's the overlay did not change, then the overlay's (the pages its hash is in). */
  async function find(cache: Active, key: CacheKey): Promise<Account[]> {
    const { generation, overlay } = cache;
    if (overlay.rows === 0) return lookup(generation, key);
    const text = cacheKeyString(key);
    const [base, pages] = await Promise.all([
      lookup(generation, key),
      directoryOf(cache).then((found) => overlayPagesAt(generation.generation, found.pagesOfKey.get(hashKey(text)) ?? [])),
    ]);
    const added = pages
      .flatMap(pageRows)
      .filter((row) => row.keys.includes(text))
      .sort(idOrder);
    return [...(await unchanged(cache, base, added)), ...overlayAccounts(added)];
  }

  async function byId(cache: Active, id: string): Promise<Account | undefined> {
    if (cache.overlay.rows > 0) {
      const row = await overlayRow(cache, id);
      if (row) return overlayAccount(row);
    }
    return accountById(cache.generation, id);
  }

  /** The overlay's first `limit` rows whose folded name starts with the prefix, in order of name, then id (the directory's order). */
  async function overlayByName(cache: Active, prefix: string, limit: number): Promise<OverlayRow[]> {
    const { names, nameIds, namePages } = await directoryOf(cache);
    const wanted: { id: string; page: number }[] = [];
    for (let i = lowerBound(names, prefix); i < names.length && wanted.length < limit; i++) {
      if (!(names[i] as string).startsWith(prefix)) break;
      wanted.push({ id: nameIds[i] as string, page: namePages[i] as number });
    }
    const pages = await overlayPagesAt(
      cache.generation.generation,
      wanted.map((entry) => entry.page),
    );
    const rows = new Map(pages.flatMap(pageRows).map((row) => [row.id, row]));
    return wanted.flatMap(({ id }) => {
      const row = rows.get(id);
      // As the page is now: a newer delta may have renamed or deleted it.
      return row && row.account !== null && row.names.some((name) => name.startsWith(prefix)) ? [row] : [];
    });
  }

  /**
   * Names starting with the prefix, in name order: the generation's the overlay left (asking it for
   * more while the overlay took some out) merged with the overlay's, the generation's first on a tie.
   */
  async function searchAll(cache: Active, prefix: string, limit: number): Promise<Account[]> {
    const { generation, overlay } = cache;
    if (overlay.rows === 0) return search(generation, prefix, limit);
    const rows = await overlayByName(cache, prefix, limit);
    const added = overlayAccounts(rows);
    let kept: Account[] = [];
    for (let asked = limit; ; asked *= 2) {
      const found = await search(generation, prefix, asked);
      kept = await unchanged(cache, found, rows);
      if (kept.length >= limit || found.length < asked) break;
    }
    const merged: Account[] = [];
    let i = 0;
    let k = 0;
    while (merged.length < limit && (i < kept.length || k < added.length)) {
      const a = kept[i];
      const b = added[k];
      if (b === undefined || (a !== undefined && foldForSearch(a.name) <= foldForSearch(b.name))) {
        merged.push(a as Account);
        i++;
      } else {
        merged.push(b);
        k++;
      }
    }
    return merged;
  }

  return {
    find: (key: AccountKey) => withGeneration([], async (cache) => (await find(cache, key)).map((account) => account.id)),
    getAccount: (id) => withGeneration(undefined, (cache) => byId(cache, id)),
    count: () => withGeneration(0, (cache) => countCache(db, cache)),
    searchByName(prefix, limit) {
      const folded = foldForSearch(prefix);
      if (folded === '' || limit <= 0) return Promise.resolve([]);
      return withGeneration([], (cache) => searchAll(cache, folded, limit));
    },
    refresh() {
      active = null;
    },
    /**
     * What the reader answers from (cacheVersion: the generation and its overlay's revision; `none`:
     * no cache), or undefined if it has read nothing since it opened or was refreshed.
     */
    async versionInUse() {
      if (!active) return undefined;
      const cache = await active.cache.catch(() => undefined);
      return cache === undefined ? undefined : cacheVersion(cache && { generation: cache.generation.generation, overlay: cache.overlay });
    },
  };
}
