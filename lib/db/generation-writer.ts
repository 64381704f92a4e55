import type { Account } from '../schema/account';
import type { TalDb } from './database';
import { collectGarbage, deleteGeneration, startGeneration } from './generations';
import { createIndexBuilder, type IndexBuilder } from './index-builder';
import type { ImportRecordRow } from './rows';

/** Accounts per chunk record: small enough that reading one account parses little, big enough to write few records. */
export const ACCOUNTS_PER_CHUNK = 200;
/** Chunk records per bulk write: large writes are fast, and memory stays bounded between them. */
const CHUNKS_PER_WRITE = 25;

/** What commit records about the import besides the generation and the account count. */
export type ImportSummary = Omit<ImportRecordRow, 'id' | 'generation' | 'accounts'>;

/**
 * Writes one new generation of the account cache beside the active one. `append` stores accounts as
 * chunk records and hands their JSON to the index builder (in process, or a worker of its own);
 * `commit` waits for the indexes, then makes the generation active in one transaction; `abort`
 * deletes what was written. Until commit, readers see the previous generation, whole.
 */
export async function createGenerationWriter(
  db: TalDb,
  now: () => Date,
  options: { trackIds?: boolean; indexBuilder?: (generation: number) => IndexBuilder } = {},
) {
  const row = await startGeneration(db, now(), {
    count: 0,
    chunkSize: ACCOUNTS_PER_CHUNK,
    bucketBits: 0,
    nameDirectory: [],
    fields: [],
    customKeys: [],
  });
  const { generation } = row;
  const indexes = (options.indexBuilder ?? ((g) => createIndexBuilder(db, g)))(generation);
  const ids = new Set<string>();
  let count = 0;
  let chunk: string[] = [];
  let pendingChunks: { generation: number; chunk: number; accounts: string[] }[] = [];
  // JSON of accounts not yet handed to the index builder, from position `indexedUpTo`.
  let toIndex: string[] = [];
  let indexedUpTo = 0;

  function add(id: string, json: string) {
    const position = count++;
    if (options.trackIds) ids.add(id);
    chunk.push(json);
    toIndex.push(json);
    if (chunk.length === ACCOUNTS_PER_CHUNK) {
      pendingChunks.push({ generation, chunk: Math.floor(position / ACCOUNTS_PER_CHUNK), accounts: chunk });
      chunk = [];
    }
  }

  function handToIndex() {
    if (toIndex.length === 0) return;
    indexes.add(toIndex, indexedUpTo);
    indexedUpTo += toIndex.length;
    toIndex = [];
  }

  // IndexedDB writes run off this thread: one write stays in flight while the next accounts are prepared.
  let writing: Promise<unknown> = Promise.resolve();

  async function flushChunks(all: boolean) {
    if (all && chunk.length > 0) {
      pendingChunks.push({ generation, chunk: Math.floor((count - 1) / ACCOUNTS_PER_CHUNK), accounts: chunk });
      chunk = [];
    }
    if (pendingChunks.length > 0 && (all || pendingChunks.length >= CHUNKS_PER_WRITE)) {
      const rows = pendingChunks;
      pendingChunks = [];
      await writing;
      writing = db.accountChunks.bulkPut(rows);
      // Handled here so a failure is not reported as unhandled before the next await sees it.
      writing.catch(() => undefined);
    }
    if (all) await writing;
  }

  return {
    generation,
    /** How many accounts were appended. */
    count: () => count,
    /** Whether an account with this id was appended (with `trackIds`, which merging needs). */
    has: (id: string) => ids.has(id),
    /** Appends accounts in order; resolves once the write they may have filled is done (backpressure). */
    async append(accounts: readonly Account[]) {
      for (const account of accounts) add(account.id, JSON.stringify(account));
      handToIndex();
      await flushChunks(false);
    },
    /** Appends an account already serialized (merging reuses the stored JSON). */
    async appendSerialized(account: Account, json: string) {
      add(account.id, json);
      if (toIndex.length >= ACCOUNTS_PER_CHUNK) handToIndex();
      if (pendingChunks.length >= CHUNKS_PER_WRITE) await flushChunks(false);
    },
    /** Writes the indexes and makes this generation the active cache, recording the import; then clears replaced generations. */
    async commit(importSummary: ImportSummary): Promise<ImportRecordRow> {
      handToIndex();
      const [summary] = await Promise.all([indexes.finish(), flushChunks(true)]);
      indexes.dispose();
      const record = await db.transaction('rw', [db.meta, db.generations, db.imports], async () => {
        const current = await db.generations.get(generation);
        if (current?.status !== 'writing') throw new Error(`generation ${generation} was removed while it was written; import again`);
        await db.generations.put({ ...current, status: 'ready', count, ...summary });
        const record: ImportRecordRow = { ...importSummary, generation, accounts: count };
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
    /** Deletes everything this generation wrote (after the write in flight lands); the active cache is untouched. */
    async abort() {
      indexes.dispose();
      await writing.catch(() => undefined);
      await deleteGeneration(db, generation);
    },
  };
}

export type GenerationWriter = Awaited<ReturnType<typeof createGenerationWriter>>;
