import type { Table } from 'dexie';
import { buildKeyBuckets, chooseBucketBits } from './build-key-buckets';
import { namePagesOfSorted } from './build-name-pages';
import { type ChunkRun, chunksOf, runsOf, slotsOf } from './chunk-map';
import type { TalDb } from './database';
import { activePointer, collectGarbage, deleteGeneration, startGeneration } from './generations';
import { createGrowableUint32 } from './growable-uint32';
import { addListedByData } from './listed-by-data';
import { mergeRuns, NameRunMerger, type SortedNames } from './name-runs';
import type { PreparedAccounts } from './prepare-accounts';
import type { AccountChunkRow, GenerationRow, ImportRecordRow } from './rows';

/** Accounts per chunk record: small enough that reading one account parses little, big enough to write few records. */
export const ACCOUNTS_PER_CHUNK = 200;
/** Chunk records per bulk write: large writes are fast, and memory stays bounded between them. */
const CHUNKS_PER_WRITE = 25;
/** Bucket and name-page records per bulk write. */
const INDEX_RECORDS_PER_WRITE = 1024;

/** What commit records about the import besides the generation and the account count. */
export type ImportSummary = Omit<ImportRecordRow, 'id' | 'generation' | 'accounts'>;

/** The active cache changed while this generation was written: nothing of it was made active. */
export class CacheChangedError extends Error {
  override name = 'CacheChangedError';
}

export type GenerationWriterOptions = {
  /** Remember every id appended (merging needs `has`). */
  trackIds?: boolean;
  /**
   * The active generation when the writer started (null: none), which it builds on or replaces:
   * commit refuses if another is active by then. The caller holds the cache lock, so this is a
   * second guard, against a writer that did not.
   */
  base?: number | null;
  /**
   * A fold of the overlay (fold-overlay.ts): the new generation holds what the active one and its
   * overlay at `revision` hold, so commit keeps the import record `importId` (moved to the new
   * generation) rather than adding one, refuses if the overlay changed meanwhile, and runs `carry`
   * inside its transaction (on `tables` besides meta, generations and imports) to move what was
   * bound to the old generation.
   */
  fold?: { importId: number; revision: number; tables: readonly Table[]; carry(from: number, to: number): Promise<void> };
  /**
   * The generation whose accounts this one keeps (a merge, a fold): when it can be borrowed
   * (`canBorrow`), its chunks' positions are kept free at the start, the appended accounts come after
   * them, and `borrow` (borrowPreviousGeneration) later makes its chunks this generation's without
   * copying them (chunk-map.ts).
   */
  keeps?: GenerationRow;
};

/**
 * Whether a new generation may borrow `previous`'s chunks rather than copy them: they are of this
 * version's size, and at least half its positions hold an account (else the merge copies it, so
 * holes never take more room than accounts).
 */
export function canBorrow(previous: GenerationRow): boolean {
  return previous.chunkSize === ACCOUNTS_PER_CHUNK && previous.count * 2 >= slotsOf(previous);
}

/**
 * Writes one new generation of the account cache beside the active one. `append` stores prepared
 * accounts as chunk records (one write in flight while the next are prepared) and gathers their key
 * hashes and names; `commit` writes the key buckets and name pages, then makes the generation active
 * in one transaction; `abort` deletes what was written. Until commit, readers see the previous
 * generation, whole. The accounts whose data puts them on the TAL are added to `listedByData` at
 * commit, in the same transaction, so the TAL keeps them (by name) whatever later imports lack.
 */
export async function createGenerationWriter(db: TalDb, now: () => Date, options: GenerationWriterOptions = {}) {
  const row = await startGeneration(db, now(), {
    count: 0,
    chunkSize: ACCOUNTS_PER_CHUNK,
    bucketBits: 0,
    nameDirectory: [],
    fields: [],
    customKeys: [],
  });
  const { generation } = row;
  const lender = options.keeps && canBorrow(options.keeps) ? options.keeps : null;
  // The chunks kept for the lender's accounts: appended accounts start after them.
  const reserved = lender ? chunksOf(lender) : 0;
  const keyHashes = createGrowableUint32(1 << 16);
  const keyPositions = createGrowableUint32(1 << 16);
  const names = new NameRunMerger();
  const fields = new Set<string>();
  const customKeys = new Set<string>();
  const ids = new Set<string>();
  const listed = new Map<string, ListedSnapshot>();
  let watched: ReadonlySet<string> = new Set();
  const seenWatched = new Set<string>();
  // Positions given (the next one to give), and the accounts borrowed and appended.
  let next = reserved * ACCOUNTS_PER_CHUNK;
  let count = 0;
  let borrowed: ChunkRun[] | undefined;
  let lentKeys: { hashes: Uint32Array; positions: Uint32Array } | null = null;
  let lentNames: SortedNames | null = null;
  // The accounts' JSON texts of the chunk being filled.
  let chunk: string[] = [];
  let pendingChunks: AccountChunkRow[] = [];
  // IndexedDB writes run off this thread: one write stays in flight while the next accounts are prepared.
  let writing: Promise<unknown> = Promise.resolve();
  // Set once the generation is active: from then on it is the cache, and abort must not delete it.
  let committed = false;

  async function flushChunks(all: boolean) {
    if (all && chunk.length > 0) takeChunk(next - 1);
    if (pendingChunks.length > 0 && (all || pendingChunks.length >= CHUNKS_PER_WRITE)) {
      const rows = pendingChunks;
      pendingChunks = [];
      await writeChunks(rows);
    }
    if (all) await writing;
  }

  /** Starts writing chunk records once the write in flight has landed: one write in flight while the next are prepared. */
  async function writeChunks(rows: AccountChunkRow[]) {
    await writing;
    writing = db.accountChunks.bulkPut(rows);
    // Handled here so a failure is not reported as unhandled before the next await sees it.
    writing.catch(() => undefined);
  }

  /** Moves the chunk being filled, the one holding `position`, to the chunks waiting to be written. */
  function takeChunk(position: number) {
    pendingChunks.push({ generation, chunk: Math.floor(position / ACCOUNTS_PER_CHUNK), accounts: chunk });
    chunk = [];
  }

  /** Gives an account the next position and puts its JSON in the chunk being filled; a full chunk waits to be written. */
  function place(id: string, json: string): number {
    const position = next++;
    count++;
    if (options.trackIds) ids.add(id);
    if (watched.has(id)) seenWatched.add(id);
    chunk.push(json);
    if (chunk.length === ACCOUNTS_PER_CHUNK) takeChunk(position);
    return position;
  }

  async function writeIndexes() {
    // Lent accounts' keys and names first: their positions are the lowest, and each bucket and name keeps position order.
    const hashes = lentKeys ? concat(lentKeys.hashes, keyHashes.view()) : keyHashes.view();
    const positions = lentKeys ? concat(lentKeys.positions, keyPositions.view()) : keyPositions.view();
    const bucketBits = chooseBucketBits(hashes.length);
    const buckets = buildKeyBuckets(hashes, positions, bucketBits);
    const writes: Promise<unknown>[] = [];
    for (let start = 0; start < buckets.length; start += INDEX_RECORDS_PER_WRITE) {
      writes.push(
        db.keyBuckets.bulkPut(
          buckets.slice(start, start + INDEX_RECORDS_PER_WRITE).map((b, i) => ({ generation, bucket: start + i, ...b })),
        ),
      );
    }
    // The names were sorted batch by batch and merged as they came.
    const appended = names.finish();
    const { pages, directory } = namePagesOfSorted(lentNames ? mergeRuns(lentNames, appended) : appended);
    for (let start = 0; start < pages.length; start += INDEX_RECORDS_PER_WRITE) {
      writes.push(
        db.namePages.bulkPut(pages.slice(start, start + INDEX_RECORDS_PER_WRITE).map((p, i) => ({ generation, page: start + i, ...p }))),
      );
    }
    await Promise.all(writes);
    return { bucketBits, nameDirectory: directory };
  }

  return {
    generation,
    /** How many accounts were appended (and borrowed). */
    count: () => count,
    /** Whether an account with this id was appended (with `trackIds`, which merging needs). */
    has: (id: string) => ids.has(id),
    /** The ids appended (with `trackIds`). */
    ids: (): ReadonlySet<string> => ids,
    /** The generation whose chunks this one borrows, if `keeps` could be borrowed: `borrow` is then to be called once, with them. */
    lender,
    /** Watches a few ids (the TAL's, the open proposals'), so `missing` can say which the new data lacks. Call before appending. */
    watch(of: Iterable<string>) {
      watched = new Set(of);
    },
    /** The watched ids no appended account had. */
    missing: (): string[] => [...watched].filter((id) => !seenWatched.has(id)),
    /** Appends prepared accounts in order, those `keep` allows; resolves once the write they may have filled has started. */
    async append(prepared: PreparedAccounts, keep?: readonly boolean[]) {
      for (const [index, name, domain, team] of prepared.listed) {
        if (keep && !keep[index]) continue;
        listed.set(prepared.ids[index] as string, { name, ...(domain ? { domain } : {}), ...(team ? { team } : {}) });
      }
      const placed = new Int32Array(prepared.ids.length).fill(-1);
      let hashAt = 0;
      for (let i = 0; i < prepared.ids.length; i++) {
        const keys = prepared.keyCounts[i] as number;
        if (keep && !keep[i]) {
          hashAt += keys;
          continue;
        }
        const position = place(prepared.ids[i] as string, prepared.json[i] as string);
        placed[i] = position;
        for (let k = 0; k < keys; k++) {
          keyHashes.push(prepared.keyHashes[hashAt + k] as number);
          keyPositions.push(position);
        }
        hashAt += keys;
      }
      // The batch's names in their sorted order, those kept and not empty: positions rise with the index, so ties stay in position order.
      const runNames: string[] = [];
      const runPositions: number[] = [];
      for (const i of prepared.nameOrder) {
        const name = prepared.names[i] as string;
        const position = placed[i] as number;
        if (position < 0 || name === '') continue;
        runNames.push(name);
        runPositions.push(position);
      }
      names.add({ names: runNames, positions: Uint32Array.from(runPositions) });
      for (const field of prepared.fields) fields.add(field);
      for (const key of prepared.customKeys) customKeys.add(key);
      await flushChunks(false);
    },
    /** Appends one stored account's JSON as it is (merging): its keys and name come from the old indexes (addKey, addNames). Returns its position. */
    appendStored: (id: string, json: string): number => place(id, json),
    /** Lets a chunk write start when enough stored accounts are waiting. */
    flush: () => flushChunks(false),
    /**
     * Takes the lender's chunks as this generation's first ones: `owners` gives each one's record (its
     * owner, 0 for none, or this generation: one that writeOwnChunks writes, holes where accounts were
     * dropped), `accounts` how many they hold, `keys` and `names` theirs. These come before the
     * appended accounts' in the indexes, as their positions do.
     */
    borrow(lent: {
      owners: readonly number[];
      accounts: number;
      keys: { hashes: Uint32Array; positions: Uint32Array };
      names: SortedNames;
    }) {
      if (!lender || borrowed) throw new Error(`generation ${generation} borrows no chunks, or borrowed them already`);
      if (lent.owners.length !== reserved) throw new Error(`generation ${generation} kept ${reserved} chunks, not ${lent.owners.length}`);
      borrowed = runsOf(lent.owners, generation);
      count += lent.accounts;
      lentKeys = lent.keys;
      lentNames = lent.names;
    },
    /** Writes lent chunks rewritten with holes as this generation's own (one write in flight while the next are prepared). */
    async writeOwnChunks(rows: readonly Pick<AccountChunkRow, 'chunk' | 'accounts'>[]) {
      if (rows.some((r) => r.chunk >= reserved)) throw new Error(`generation ${generation}: only a lent chunk is rewritten`);
      await writeChunks(rows.map((r) => ({ generation, chunk: r.chunk, accounts: r.accounts })));
    },
    addKey(hash: number, position: number) {
      keyHashes.push(hash);
      keyPositions.push(position);
    },
    /** Adds stored accounts' names (merging), sorted by name then position, after every append. */
    addNames(run: SortedNames) {
      names.add(run);
    },
    addFields(present: readonly string[], custom: readonly string[]) {
      for (const field of present) fields.add(field);
      for (const key of custom) customKeys.add(key);
    },
    /**
     * Writes the indexes and makes this generation the active cache, recording the import; then clears
     * replaced generations. `onActive` is told as soon as the generation is active, before the clearing
     * (which takes seconds at a million accounts): the user need not wait for it.
     */
    async commit(summary: ImportSummary, onActive?: (record: ImportRecordRow) => void): Promise<ImportRecordRow> {
      const [indexes] = await Promise.all([writeIndexes(), flushChunks(true)]);
      const { fold } = options;
      const record = await db.transaction('rw', [db.meta, db.generations, db.imports, ...(fold?.tables ?? [])], async () => {
        const current = await db.generations.get(generation);
        if (current?.status !== 'writing') throw new Error(`generation ${generation} was removed while it was written; import again`);
        const pointer = await activePointer(db);
        const active = pointer?.generation ?? null;
        if ((options.base !== undefined && active !== options.base) || (fold && (pointer?.overlay?.revision ?? 0) !== fold.revision)) {
          throw new CacheChangedError(
            'the account cache changed while this one was written (another import or a team sync finished first); nothing was changed: import again',
          );
        }
        await addListedByData(db, listed, now());
        if (lender && !borrowed) throw new Error(`generation ${generation} was to borrow generation ${lender.generation}'s chunks`);
        const layout = { ...(next > count ? { slots: next } : {}), ...(borrowed?.length ? { borrowed } : {}) };
        await db.generations.put({
          ...current,
          status: 'ready',
          count,
          ...layout,
          ...indexes,
          fields: [...fields],
          customKeys: [...customKeys],
        });
        if (fold) {
          const kept = await db.imports.get(fold.importId);
          if (!kept) throw new CacheChangedError(`the import record ${fold.importId} of the account cache is gone; nothing was changed`);
          const record: ImportRecordRow = { ...kept, generation, accounts: count };
          await db.imports.put(record);
          await db.meta.put({ key: 'activeCache', generation, importId: fold.importId });
          if (active !== null) await fold.carry(active, generation);
          return record;
        }
        const record: ImportRecordRow = { ...summary, generation, accounts: count };
        const importId = await db.imports.add(record);
        await db.meta.put({ key: 'activeCache', generation, importId });
        return { ...record, id: importId };
      });
      committed = true;
      try {
        onActive?.(record);
        await collectGarbage(db);
      } catch (error) {
        // The import is complete (and was said to be); a replaced generation left behind is deleted by the next import.
        console.warn('TAL Scout: could not delete replaced account cache data', error);
      }
      return record;
    },
    /** Deletes everything this generation wrote (after the write in flight lands); the active cache is untouched. Nothing, once committed. */
    async abort() {
      if (committed) return;
      await writing.catch(() => undefined);
      await deleteGeneration(db, generation);
    },
  };
}

export type GenerationWriter = Awaited<ReturnType<typeof createGenerationWriter>>;

function concat(first: Uint32Array, second: Uint32Array): Uint32Array {
  const both = new Uint32Array(first.length + second.length);
  both.set(first);
  both.set(second, first.length);
  return both;
}

type ListedSnapshot = { name: string; domain?: string; team?: string };
