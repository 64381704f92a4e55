import { type AccountKey, accountKeys } from '../recognize/keys';
import type { Account } from '../schema/account';
import type { AccountCache } from './account-cache';
import { type StoredAccounts, storedAccount } from './account-chunk';
import { createBatchedGet } from './batched-get';
import type { TalDb } from './database';
import { readActiveCache } from './generations';
import { bucketOf, type CacheKey, cacheKeyString, hashKey } from './key-hash';
import { foldForSearch, lowerBound } from './name-search';
import { AccountChunkRowSchema, type GenerationRow, KeyBucketRowSchema, NamePageRowSchema } from './rows';
import { parseStoredRow } from './stored-row';

/** Options of the Dexie cache reader: how long it trusts the active generation it read, and how many chunks it keeps parsed. */
export type DexieAccountCacheOptions = { now?: () => number; pointerMaxAgeMs?: number; recentChunks?: number };

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
): AccountCache & { refresh(): void; generationInUse(): Promise<number | null | undefined> } {
  const now = options.now ?? Date.now;
  const maxAge = options.pointerMaxAgeMs ?? 2000;
  const recentLimit = options.recentChunks ?? 16;
  let active: { at: number; generation: Promise<GenerationRow | null> } | null = null;
  const recentChunks = new Map<string, StoredAccounts>();
  const getChunk = createBatchedGet(db.accountChunks);
  const getBucket = createBatchedGet(db.keyBuckets);
  // Where recently found accounts sit, so getAccount after find reads nothing new.
  const recentPositions = new Map<string, number>();

  function current(): Promise<GenerationRow | null> {
    if (!active || now() - active.at > maxAge) {
      active = { at: now(), generation: readActiveCache(db).then((cache) => cache?.generation ?? null) };
      recentChunks.clear();
      recentPositions.clear();
    }
    return active.generation;
  }

  async function withGeneration<T>(empty: T, read: (generation: GenerationRow) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const generation = await current();
      if (!generation) return empty;
      try {
        return await read(generation);
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
    const key: [number, number] = [generation.generation, chunk];
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

  return {
    find: (key: AccountKey) => withGeneration([], async (g) => (await lookup(g, key)).map((account) => account.id)),
    getAccount: (id) => withGeneration(undefined, (g) => accountById(g, id)),
    count: () => withGeneration(0, async (g) => g.count),
    searchByName(prefix, limit) {
      const folded = foldForSearch(prefix);
      if (folded === '' || limit <= 0) return Promise.resolve([]);
      return withGeneration([], (g) => search(g, folded, limit));
    },
    refresh() {
      active = null;
    },
    /** The generation the reader answers from (null: no cache), or undefined if it has read none since it opened or was refreshed. */
    async generationInUse() {
      if (!active) return undefined;
      const generation = await active.generation.catch(() => undefined);
      return generation === undefined ? undefined : (generation?.generation ?? null);
    },
  };
}
