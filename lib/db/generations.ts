import Dexie from 'dexie';
import { chunkRecords } from './chunk-map';
import type { TalDb } from './database';
import {
  type ActiveCacheRow,
  ActiveCacheRowSchema,
  type GenerationRow,
  GenerationRowSchema,
  ImportRecordRowSchema,
  type LastGenerationRow,
  type OverlayDirectoryRow,
  type OverlaySummary,
} from './rows';
import { parseStoredRow } from './stored-row';

/** The row pointing at the active generation, if any (read without a schema check: the caller compares numbers). */
export async function activePointer(db: TalDb): Promise<ActiveCacheRow | undefined> {
  return (await db.meta.get('activeCache')) as ActiveCacheRow | undefined;
}

/** The active generation and the import that made it, or null before the first import. */
export async function readActiveCache(db: TalDb) {
  return db.transaction('r', [db.meta, db.generations, db.imports], async () => {
    const pointer = parseStoredRow(ActiveCacheRowSchema, await db.meta.get('activeCache'), 'meta', 'activeCache');
    if (!pointer) return null;
    const generation = parseStoredRow(GenerationRowSchema, await db.generations.get(pointer.generation), 'generations', pointer.generation);
    const record = parseStoredRow(ImportRecordRowSchema, await db.imports.get(pointer.importId), 'imports', pointer.importId);
    if (!generation || !record)
      throw new Error(`the account cache points at generation ${pointer.generation}, which is missing: import the accounts again`);
    return { generation, import: record, overlay: pointer.overlay ?? NO_OVERLAY };
  });
}

/** The active cache as readActiveCache gives it. */
export type ActiveCache = NonNullable<Awaited<ReturnType<typeof readActiveCache>>>;

/** The summary of an empty overlay. */
export const NO_OVERLAY: OverlaySummary = { revision: 0, rows: 0, net: 0, unsettled: 0 };

/**
 * Which content the cache has: the generation and its overlay's revision, as one string that changes
 * with every change of the accounts (`none` without a cache). What a reader or a scan keys its work on.
 */
export function cacheVersion(pointer: Pick<ActiveCacheRow, 'generation' | 'overlay'> | null | undefined): string {
  return pointer ? `${pointer.generation}.${pointer.overlay?.revision ?? 0}` : 'none';
}

/**
 * Registers a new generation as `writing`, numbered after every generation there is or ever was (a
 * number is never given twice: a writer left behind may still abort the one it was given).
 */
export async function startGeneration(db: TalDb, now: Date, fields: Omit<GenerationRow, 'generation' | 'status' | 'startedAt'>) {
  return db.transaction('rw', [db.meta, db.generations], async () => {
    const last = await db.generations.orderBy(':id').last();
    const [pointer, given] = await Promise.all([
      activePointer(db),
      db.meta.get('lastGeneration') as Promise<LastGenerationRow | undefined>,
    ]);
    const generation = Math.max(last?.generation ?? 0, pointer?.generation ?? 0, given?.generation ?? 0) + 1;
    await db.meta.put({ key: 'lastGeneration', generation });
    const row: GenerationRow = { generation, status: 'writing', startedAt: now.toISOString(), ...fields };
    await db.generations.add(row);
    return row;
  });
}

/**
 * Deletes one generation: its chunks, buckets, name pages, overlay (and its directory) and row, in one
 * transaction. Chunk records another generation borrowed (chunk-map.ts) stay, for it; records this one
 * borrowed from a generation deleted before it go, unless another still reads them.
 */
export async function deleteGeneration(db: TalDb, generation: number) {
  const range = [
    [generation, Dexie.minKey],
    [generation, Dexie.maxKey],
  ] as const;
  await db.transaction('rw', [db.meta, db.generations, db.accountChunks, db.keyBuckets, db.namePages, db.overlayPages], async () => {
    if ((await activePointer(db))?.generation === generation) throw new Error(`generation ${generation} is the active cache`);
    const rows = await db.generations.toArray();
    const others = rows.filter((row) => row.generation !== generation);
    const read = new Map<number, Set<number>>();
    for (const other of others) {
      for (const [owner, chunks] of chunkRecords(other)) {
        const set = read.get(owner) ?? new Set<number>();
        for (const chunk of chunks) set.add(chunk);
        read.set(owner, set);
      }
    }
    await deleteChunksBut(db, generation, read.get(generation));
    const row = rows.find((r) => r.generation === generation);
    for (const [owner, chunks] of row ? chunkRecords(row) : []) {
      if (others.some((other) => other.generation === owner)) continue;
      const kept = read.get(owner);
      await db.accountChunks.bulkDelete(chunks.filter((chunk) => !kept?.has(chunk)).map((chunk): [number, number] => [owner, chunk]));
    }
    await db.overlayPages.where(':id').between(range[0], range[1]).delete();
    await db.keyBuckets.where(':id').between(range[0], range[1]).delete();
    await db.namePages.where(':id').between(range[0], range[1]).delete();
    // Its overlay's directory, unless a newer generation's overlay has one since.
    const directory = (await db.meta.get('overlayDirectory')) as OverlayDirectoryRow | undefined;
    if (directory?.generation === generation) await db.meta.delete('overlayDirectory');
    await db.generations.delete(generation);
  });
}

/** Deletes a generation's own chunk records but `kept` (those another generation borrowed), a range per gap between them. */
async function deleteChunksBut(db: TalDb, generation: number, kept: ReadonlySet<number> | undefined) {
  let from = 0;
  for (const chunk of [...(kept ?? [])].sort((a, b) => a - b)) {
    if (chunk > from) await db.accountChunks.where(':id').between([generation, from], [generation, chunk], true, false).delete();
    from = chunk + 1;
  }
  await db.accountChunks.where(':id').between([generation, from], [generation, Dexie.maxKey], true, true).delete();
}

/**
 * Deletes every generation but the active one: replaced ones, and `writing` ones an import left when
 * it died (a closed browser). The caller holds the cache lock (cache-lock.ts), so no other writer is
 * writing one; the pointer and the list are read in one transaction, and each deletion checks again
 * that its generation is not the active one. Returns the generations deleted.
 */
export async function collectGarbage(db: TalDb): Promise<number[]> {
  const garbage = await db.transaction('r', [db.meta, db.generations], async () => {
    const pointer = await activePointer(db);
    return (await db.generations.toArray()).map((row) => row.generation).filter((generation) => generation !== pointer?.generation);
  });
  for (const generation of garbage) await deleteGeneration(db, generation);
  return garbage;
}
