import Dexie from 'dexie';
import type { TalDb } from './database';
import { ActiveCacheRowSchema, type GenerationRow, GenerationRowSchema, ImportRecordRowSchema } from './rows';
import { parseStoredRow } from './stored-row';

/** A `writing` generation older than this was left by an import that died (a closed browser): its data is garbage. */
export const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/** The active generation and the import that made it, or null before the first import. */
export async function readActiveCache(db: TalDb) {
  return db.transaction('r', [db.meta, db.generations, db.imports], async () => {
    const pointer = parseStoredRow(ActiveCacheRowSchema, await db.meta.get('activeCache'), 'meta', 'activeCache');
    if (!pointer) return null;
    const generation = parseStoredRow(GenerationRowSchema, await db.generations.get(pointer.generation), 'generations', pointer.generation);
    const record = parseStoredRow(ImportRecordRowSchema, await db.imports.get(pointer.importId), 'imports', pointer.importId);
    if (!generation || !record)
      throw new Error(`the account cache points at generation ${pointer.generation}, which is missing: import the accounts again`);
    return { generation, import: record };
  });
}

/** Registers a new generation as `writing`, numbered after every generation there is or was. */
export async function startGeneration(db: TalDb, now: Date, fields: Omit<GenerationRow, 'generation' | 'status' | 'startedAt'>) {
  return db.transaction('rw', [db.meta, db.generations], async () => {
    const last = await db.generations.orderBy(':id').last();
    const pointer = await db.meta.get('activeCache');
    const generation = Math.max(last?.generation ?? 0, pointer?.generation ?? 0) + 1;
    const row: GenerationRow = { generation, status: 'writing', startedAt: now.toISOString(), ...fields };
    await db.generations.add(row);
    return row;
  });
}

/** Deletes one generation: its chunks, buckets, name pages and row, in one transaction. */
export async function deleteGeneration(db: TalDb, generation: number) {
  const range = [
    [generation, Dexie.minKey],
    [generation, Dexie.maxKey],
  ] as const;
  await db.transaction('rw', [db.generations, db.accountChunks, db.keyBuckets, db.namePages], async () => {
    await db.accountChunks.where(':id').between(range[0], range[1]).delete();
    await db.keyBuckets.where(':id').between(range[0], range[1]).delete();
    await db.namePages.where(':id').between(range[0], range[1]).delete();
    await db.generations.delete(generation);
  });
}

/**
 * Deletes generations nobody can reach: replaced ones, and `writing` ones abandoned for an hour (a
 * live import elsewhere is younger). Returns the generations deleted.
 */
export async function collectGarbage(db: TalDb, now: Date): Promise<number[]> {
  const pointer = await db.meta.get('activeCache');
  const rows = await db.generations.toArray();
  const garbage = rows
    .filter((row) => row.generation !== pointer?.generation)
    .filter((row) => row.status === 'ready' || now.getTime() - Date.parse(row.startedAt) > ABANDONED_AFTER_MS)
    .map((row) => row.generation);
  for (const generation of garbage) await deleteGeneration(db, generation);
  return garbage;
}
