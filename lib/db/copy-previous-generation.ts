import Dexie, { type Table } from 'dexie';
import { storedAccountId } from './account-chunk';
import { chunkKey, chunkOwner, chunksOf, HOLE, slotsOf } from './chunk-map';
import type { TalDb } from './database';
import type { GenerationWriter } from './generation-writer';
import { createGrowableUint32 } from './growable-uint32';
import { cacheKeyString, hashKey } from './key-hash';
import type { SortedNames } from './name-runs';
import { AccountChunkRowSchema, type GenerationRow, type KeyBucketRow, KeyBucketRowSchema, NamePageRowSchema } from './rows';
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
  const moved = new Int32Array(slotsOf(previous)).fill(-1);
  const chunks = chunksOf(previous);
  for (let first = 0; first < chunks; first += READ_BATCH) {
    await checkCancel();
    const numbers = Array.from({ length: Math.min(READ_BATCH, chunks - first) }, (_, i) => first + i).filter(
      (chunk) => chunkOwner(previous, chunk) !== 0,
    );
    const keys = numbers.map((chunk) => chunkKey(previous, chunk) as [number, number]);
    const rows = await db.accountChunks.bulkGet(keys);
    rows.forEach((raw, i) => {
      const key = keys[i] as [number, number];
      const row = parseStoredRow(AccountChunkRowSchema, raw, 'accountChunks', key);
      if (!row) throw gone('accountChunks', key);
      const base = (numbers[i] as number) * previous.chunkSize;
      row.accounts.forEach((json, k) => {
        if (json === HOLE) return;
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
  // The accounts kept keep their order: the names stay sorted as they are.
  writer.addNames(await keptNames(db, generation, (position) => moved[position] ?? -1, checkCancel));
  writer.addFields(previous.fields, previous.customKeys);
}

/** Ids a merge drops from the generation it keeps: those it has anew, or deletes. */
export type DroppedIds = Iterable<string> & { has(id: string): boolean };

/**
 * Makes the previous generation's chunks the new generation's first ones (the writer kept their
 * positions free: `writer.lender`), without copying them: every chunk without a dropped account is
 * borrowed as it is, one that lost some is rewritten with holes where they were (one that lost all
 * has no record), and the keys and names are the previous generation's own, but the dropped ones,
 * at the same positions. The dropped accounts are found by their ids' hashes in the key buckets,
 * which are read anyway: only the chunks their hashes point into are read (a hash another key shares
 * costs a read, nothing more). So merging a file into a million accounts reads the indexes and
 * rewrites the chunks it changes, and writes no other account. Nothing is parsed again.
 */
export async function borrowPreviousGeneration(
  db: TalDb,
  writer: GenerationWriter,
  drop: DroppedIds,
  checkCancel: () => void | Promise<void> = () => undefined,
) {
  const previous = writer.lender;
  if (!previous) throw new Error(`generation ${writer.generation} keeps no generation's chunks free to borrow`);
  const { generation, chunkSize } = previous;
  const dropHashes = new Set<number>();
  for (const id of drop) dropHashes.add(hashKey(cacheKeyString({ kind: 'id', value: id })));
  // The buckets are kept until the dropped positions are known; positions with a dropped id's hash are candidates.
  const buckets: KeyBucketRow[] = [];
  const candidates = new Map<number, number[]>();
  for await (const raw of generationRecords(db.keyBuckets, generation, checkCancel)) {
    const key = [raw.generation, raw.bucket] as const;
    const bucket = parseStoredRow(KeyBucketRowSchema, raw, 'keyBuckets', key);
    if (!bucket) throw gone('keyBuckets', key);
    buckets.push(bucket);
    if (dropHashes.size === 0) continue;
    for (let i = 0; i < bucket.hashes.length; i++) {
      if (!dropHashes.has(bucket.hashes[i] as number)) continue;
      const position = bucket.positions[i] as number;
      const chunk = Math.floor(position / chunkSize);
      const list = candidates.get(chunk);
      if (list) list.push(position);
      else candidates.set(chunk, [position]);
    }
  }
  const owners = Array.from({ length: chunksOf(previous) }, (_, chunk) => chunkOwner(previous, chunk));
  const dropped = new Set<number>();
  const touched = [...candidates.keys()].sort((a, b) => a - b);
  for (let first = 0; first < touched.length; first += READ_BATCH) {
    await checkCancel();
    const numbers = touched.slice(first, first + READ_BATCH);
    const keys = numbers.map((chunk) => chunkKey(previous, chunk) as [number, number]);
    const rows = await db.accountChunks.bulkGet(keys);
    const rewritten = rows.flatMap((raw, i) => {
      const key = keys[i] as [number, number];
      const row = parseStoredRow(AccountChunkRowSchema, raw, 'accountChunks', key);
      if (!row) throw gone('accountChunks', key);
      const chunk = numbers[i] as number;
      const accounts = [...row.accounts];
      let changed = false;
      for (const position of candidates.get(chunk) ?? []) {
        const k = position - chunk * chunkSize;
        const json = accounts[k];
        if (json === undefined || json === HOLE || dropped.has(position) || !drop.has(storedAccountId(json))) continue;
        accounts[k] = HOLE;
        dropped.add(position);
        changed = true;
      }
      if (!changed) return [];
      const empty = accounts.every((json) => json === HOLE);
      owners[chunk] = empty ? 0 : writer.generation;
      return empty ? [] : [{ chunk, accounts }];
    });
    if (rewritten.length > 0) await writer.writeOwnChunks(rewritten);
  }
  const keyHashes = createGrowableUint32(1 << 16);
  const keyPositions = createGrowableUint32(1 << 16);
  for (const bucket of buckets) {
    for (let i = 0; i < bucket.hashes.length; i++) {
      const position = bucket.positions[i] as number;
      if (dropped.size > 0 && dropped.has(position)) continue;
      keyHashes.push(bucket.hashes[i] as number);
      keyPositions.push(position);
    }
  }
  buckets.length = 0;
  const names = await keptNames(db, generation, (position) => (dropped.has(position) ? -1 : position), checkCancel);
  writer.borrow({
    owners,
    accounts: previous.count - dropped.size,
    keys: { hashes: keyHashes.view(), positions: keyPositions.view() },
    names,
  });
  writer.addFields(previous.fields, previous.customKeys);
}

/**
 * The previous generation's names, read page by page (in name order), at the positions `placed`
 * gives them in the new generation, those it gives -1 left out: still sorted by name, then position,
 * as long as `placed` keeps the accounts' order.
 */
async function keptNames(
  db: TalDb,
  generation: number,
  placed: (position: number) => number,
  checkCancel: () => void | Promise<void>,
): Promise<SortedNames> {
  const names: string[] = [];
  const positions = createGrowableUint32(1 << 14);
  for await (const raw of generationRecords(db.namePages, generation, checkCancel)) {
    const key = [raw.generation, raw.page] as const;
    const page = parseStoredRow(NamePageRowSchema, raw, 'namePages', key);
    if (!page) throw gone('namePages', key);
    page.names.forEach((name, i) => {
      const position = placed(page.positions[i] as number);
      if (position < 0) return;
      names.push(name);
      positions.push(position);
    });
  }
  return { names, positions: positions.view() };
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
