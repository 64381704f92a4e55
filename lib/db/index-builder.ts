import type { Account } from '../schema/account';
import { buildKeyBuckets, chooseBucketBits } from './build-key-buckets';
import { buildNamePages } from './build-name-pages';
import type { TalDb } from './database';
import { createGrowableUint32 } from './growable-uint32';
import { cacheKeysOf, hashKey } from './key-hash';
import { nameSearchEntries } from './name-search';

/** Bucket and name-page records per bulk write. */
const INDEX_RECORDS_PER_WRITE = 1024;

/** What the finished indexes add to the generation row. */
export type IndexSummary = { bucketBits: number; nameDirectory: string[]; fields: string[]; customKeys: string[] };

/**
 * Builds a generation's lookup indexes from its accounts' JSON, as they are written: key hashes with
 * positions, folded names, and which fields and custom keys hold values. `finish` writes the key-bucket
 * and name-page records. Runs in a worker of its own during an import (the account keys are the costly
 * part), or in process.
 */
export interface IndexBuilder {
  /** Accounts at positions `firstPosition …`, each as the JSON stored in its chunk. */
  add(jsons: readonly string[], firstPosition: number): void;
  /** Writes the indexes of everything added; resolves with what the generation row records. */
  finish(): Promise<IndexSummary>;
  /** Releases what the builder holds (its worker); called after finish and on abort. */
  dispose(): void;
}

/** An index builder on the calling thread. The JSON comes from accounts just validated, so it is parsed without a second check. */
export function createIndexBuilder(db: TalDb, generation: number): IndexBuilder {
  const keyHashes = createGrowableUint32(1 << 16);
  const keyPositions = createGrowableUint32(1 << 16);
  const names: string[] = [];
  const namePositions = createGrowableUint32(1 << 14);
  const fields = new Set<string>();
  const customKeys = new Set<string>();

  return {
    add(jsons, firstPosition) {
      for (let i = 0; i < jsons.length; i++) {
        const account = JSON.parse(jsons[i] as string) as Account;
        const position = firstPosition + i;
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
    },
    async finish() {
      const bucketBits = chooseBucketBits(keyHashes.length);
      const buckets = buildKeyBuckets(keyHashes.view(), keyPositions.view(), bucketBits);
      const { pages, directory } = buildNamePages(names, namePositions.view());
      const writes: Promise<unknown>[] = [];
      for (let start = 0; start < buckets.length; start += INDEX_RECORDS_PER_WRITE) {
        const rows = buckets.slice(start, start + INDEX_RECORDS_PER_WRITE).map((b, i) => ({ generation, bucket: start + i, ...b }));
        writes.push(db.keyBuckets.bulkPut(rows));
      }
      for (let start = 0; start < pages.length; start += INDEX_RECORDS_PER_WRITE) {
        const rows = pages.slice(start, start + INDEX_RECORDS_PER_WRITE).map((p, i) => ({ generation, page: start + i, ...p }));
        writes.push(db.namePages.bulkPut(rows));
      }
      await Promise.all(writes);
      return { bucketBits, nameDirectory: directory, fields: [...fields], customKeys: [...customKeys] };
    },
    dispose() {},
  };
}
