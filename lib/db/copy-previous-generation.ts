import Dexie, { type Table } from 'dexie';
import { storedAccountId } from './account-chunk';
import type { TalDb } from './database';
import type { GenerationWriter } from './generation-writer';
import { createGrowableUint32 } from './growable-uint32';
import { AccountChunkRowSchema, type GenerationRow, KeyBucketRowSchema, NamePageRowSchema } from './rows';
import { parseStoredRow } from './stored-row';

/** Chunk records read per step. */
const READ_BATCH = 25;
/** Bucket and name-page records read per step. */
const INDEX_READ_BATCH = 512;

/** A record of the previous generation is missing: it was replaced meanwhile (or damaged). Names the record. */
const gone = (table: string, key: readonly [number, number]) =>
  new Error(`the account cache was replaced by another import meanwhile (${table} [${key.join(',')}] is gone); import again`);

/**
 * Copies the previous generation's accounts that `drop` does not take out into the new generation,
 * after the accounts already written, in their order. The accounts are copied as stored, and their
 * keys and names taken from the previous generation's own indexes with positions moved: nothing is
 * parsed or hashed again, so merging a file into a million accounts costs reading them, not
 * importing them again. Each record read is checked with its schema; the accounts themselves are
 * checked when they are read as accounts.
 */
export async function copyPreviousGeneration(
  db: TalDb,
  writer: GenerationWriter,
  previous: GenerationRow,
  drop: (id: string) => boolean,
  checkCancel: () => void | Promise<void> = () => undefined,
) {
  const { generation } = previous;
  const moved = new Int32Array(previous.count).fill(-1);
  const chunks = Math.ceil(previous.count / previous.chunkSize);
  for (let first = 0; first < chunks; first += READ_BATCH) {
    await checkCancel();
    const keys = Array.from({ length: Math.min(READ_BATCH, chunks - first) }, (_, i): [number, number] => [generation, first + i]);
    const rows = await db.accountChunks.bulkGet(keys);
    rows.forEach((raw, i) => {
      const key = keys[i] as [number, number];
      const row = parseStoredRow(AccountChunkRowSchema, raw, 'accountChunks', key);
      if (!row) throw gone('accountChunks', key);
      const base = (first + i) * previous.chunkSize;
      row.accounts.forEach((json, k) => {
        const id = storedAccountId(json);
        if (!drop(id)) moved[base + k] = writer.appendStored(id, json);
      });
    });
    await writer.flush();
  }
  for await (const raw of generationRecords(db.keyBuckets, generation, checkCancel)) {
    const key = [raw.generation, raw.bucket] as const;
    const bucket = parseStoredRow(KeyBucketRowSchema, raw, 'keyBuckets', key);
    if (!bucket) throw gone('keyBuckets', key);
    for (let i = 0; i < bucket.hashes.length; i++) {
      const position = moved[bucket.positions[i] as number] ?? -1;
      if (position >= 0) writer.addKey(bucket.hashes[i] as number, position);
    }
  }
  // Pages come in name order, and the accounts kept keep their order: the names stay sorted as they are.
  const names: string[] = [];
  const positions = createGrowableUint32(1 << 14);
  for await (const raw of generationRecords(db.namePages, generation, checkCancel)) {
    const key = [raw.generation, raw.page] as const;
    const page = parseStoredRow(NamePageRowSchema, raw, 'namePages', key);
    if (!page) throw gone('namePages', key);
    page.names.forEach((name, i) => {
      const position = moved[page.positions[i] as number] ?? -1;
      if (position < 0) return;
      names.push(name);
      positions.push(position);
    });
  }
  writer.addNames({ names, positions: positions.view() });
  writer.addFields(previous.fields, previous.customKeys);
}

/** A generation's records of an index table (`[generation+…]` keys), read INDEX_READ_BATCH at a time. */
async function* generationRecords<Row>(table: Table<Row, [number, number]>, generation: number, checkCancel: () => void | Promise<void>) {
  for (let offset = 0; ; offset += INDEX_READ_BATCH) {
    await checkCancel();
    const rows = await table
      .where(':id')
      .between([generation, Dexie.minKey], [generation, Dexie.maxKey])
      .offset(offset)
      .limit(INDEX_READ_BATCH)
      .toArray();
    yield* rows;
    if (rows.length < INDEX_READ_BATCH) return;
  }
}
