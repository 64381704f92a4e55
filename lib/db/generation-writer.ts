import type { Account } from '../schema/account';
import { buildKeyBuckets, chooseBucketBits } from './build-key-buckets';
import { buildNamePages } from './build-name-pages';
import type { TalDb } from './database';
import { collectGarbage, deleteGeneration, startGeneration } from './generations';
import { createGrowableUint32 } from './growable-uint32';
import { cacheKeysOf, hashKey } from './key-hash';
import { nameSearchEntries } from './name-search';
import type { ImportRecordRow } from './rows';

/** Accounts per chunk record: small enough that reading one account parses little, big enough to write few records. */
export const ACCOUNTS_PER_CHUNK = 200;
/** Chunk records per bulk write: large writes are fast, and memory stays bounded between them. */
const CHUNKS_PER_WRITE = 25;
/** Bucket and name-page records per bulk write. */
const INDEX_RECORDS_PER_WRITE = 1024;

/** What commit records about the import besides the generation and the account count. */
export type ImportSummary = Omit<ImportRecordRow, 'id' | 'generation' | 'accounts'>;

/**
 * Writes one new generation of the account cache beside the active one. `append` stores accounts as
 * chunk records and gathers their keys; `commit` writes the key buckets and name pages, then makes
 * the generation active in one transaction; `abort` deletes what was written. Until commit, readers
 * see the previous generation, whole.
 */
export async function createGenerationWriter(db: TalDb, now: () => Date, options: { trackIds?: boolean } = {}) {
  const row = await startGeneration(db, now(), {
    count: 0,
    chunkSize: ACCOUNTS_PER_CHUNK,
    bucketBits: 0,
    nameDirectory: [],
    fields: [],
    customKeys: [],
  });
  const { generation } = row;
  const keyHashes = createGrowableUint32(1 << 16);
  const keyPositions = createGrowableUint32(1 << 16);
  const names: string[] = [];
  const namePositions = createGrowableUint32(1 << 14);
  const fields = new Set<string>();
  const customKeys = new Set<string>();
  const ids = new Set<string>();
  let count = 0;
  let chunk: string[] = [];
  let pendingChunks: { generation: number; chunk: number; accounts: string[] }[] = [];

  function add(account: Account, json: string) {
    const position = count++;
    if (options.trackIds) ids.add(account.id);
    chunk.push(json);
    if (chunk.length === ACCOUNTS_PER_CHUNK) {
      pendingChunks.push({ generation, chunk: Math.floor(position / ACCOUNTS_PER_CHUNK), accounts: chunk });
      chunk = [];
    }
    for (const key of cacheKeysOf(account)) {
      keyHashes.push(hashKey(key));
      keyPositions.push(position);
    }
    for (const entry of nameSearchEntries(account.name)) {
      names.push(entry);
      namePositions.push(position);
    }
    for (const field in account) fields.add(field);
    if (account.custom) for (const key in account.custom) customKeys.add(key);
  }

  async function flushChunks(all: boolean) {
    if (all && chunk.length > 0) {
      pendingChunks.push({ generation, chunk: Math.floor((count - 1) / ACCOUNTS_PER_CHUNK), accounts: chunk });
      chunk = [];
    }
    if (pendingChunks.length === 0 || (!all && pendingChunks.length < CHUNKS_PER_WRITE)) return;
    const rows = pendingChunks;
    pendingChunks = [];
    await db.accountChunks.bulkPut(rows);
  }

  async function writeIndexes() {
    const bucketBits = chooseBucketBits(keyHashes.length);
    const buckets = buildKeyBuckets(keyHashes.view(), keyPositions.view(), bucketBits);
    for (let start = 0; start < buckets.length; start += INDEX_RECORDS_PER_WRITE) {
      await db.keyBuckets.bulkPut(
        buckets.slice(start, start + INDEX_RECORDS_PER_WRITE).map((b, i) => ({ generation, bucket: start + i, ...b })),
      );
    }
    const { pages, directory } = buildNamePages(names, namePositions.view());
    names.length = 0;
    for (let start = 0; start < pages.length; start += INDEX_RECORDS_PER_WRITE) {
      await db.namePages.bulkPut(
        pages.slice(start, start + INDEX_RECORDS_PER_WRITE).map((p, i) => ({ generation, page: start + i, ...p })),
      );
    }
    return { bucketBits, nameDirectory: directory };
  }

  return {
    generation,
    /** How many accounts were appended. */
    count: () => count,
    /** Whether an account with this id was appended (with `trackIds`, which merging needs). */
    has: (id: string) => ids.has(id),
    /** Appends accounts in order; resolves once the write they may have filled is done (backpressure). */
    async append(accounts: readonly Account[]) {
      for (const account of accounts) add(account, JSON.stringify(account));
      await flushChunks(false);
    },
    /** Appends an account already serialized (merging reuses the stored JSON). */
    async appendSerialized(account: Account, json: string) {
      add(account, json);
      if (pendingChunks.length >= CHUNKS_PER_WRITE) await flushChunks(false);
    },
    /** Writes the indexes and makes this generation the active cache, recording the import; then clears replaced generations. */
    async commit(summary: ImportSummary): Promise<ImportRecordRow> {
      await flushChunks(true);
      const indexes = await writeIndexes();
      const record = await db.transaction('rw', [db.meta, db.generations, db.imports], async () => {
        const current = await db.generations.get(generation);
        if (current?.status !== 'writing') throw new Error(`generation ${generation} was removed while it was written; import again`);
        await db.generations.put({ ...current, status: 'ready', count, ...indexes, fields: [...fields], customKeys: [...customKeys] });
        const record: ImportRecordRow = { ...summary, generation, accounts: count };
        const importId = await db.imports.add(record);
        await db.meta.put({ key: 'activeCache', generation, importId });
        return { ...record, id: importId };
      });
      try {
        await collectGarbage(db, now());
      } catch (error) {
        // The import is complete; a replaced generation left behind is deleted by the next import.
        console.warn('TAL Scout: could not delete replaced account cache data', error);
      }
      return record;
    },
    /** Deletes everything this generation wrote; the active cache is untouched. */
    abort: () => deleteGeneration(db, generation),
  };
}

export type GenerationWriter = Awaited<ReturnType<typeof createGenerationWriter>>;
