import { bucketOf } from './key-hash';

/**
 * Average entries per bucket aimed at: one bucket read stays small (about 32 KB) while the records an
 * import writes stay few. Chromium's IndexedDB pays per record: at 100,000 accounts, 256 buckets and
 * 49 name pages (NAME_PAGE_SIZE) rather than 1,024 and 196 cut the import's indexing phase from
 * 213–275 to 150–162 ms in paired bench runs, with lookups as fast within the machine's noise.
 */
const TARGET_ENTRIES_PER_BUCKET = 4096;

/** Bits of the hash that pick the bucket, for `entries` keys: 2^bits buckets of about TARGET_ENTRIES_PER_BUCKET entries. */
export function chooseBucketBits(entries: number): number {
  let bits = 0;
  while (bits < 24 && entries / 2 ** bits > TARGET_ENTRIES_PER_BUCKET) bits++;
  return bits;
}

/**
 * Groups (hash, position) pairs by bucket with a counting sort: linear time, and each bucket keeps
 * positions in import order. Every bucket is returned, empty ones too, so a missing bucket record
 * always means a generation that is gone.
 */
export function buildKeyBuckets(
  hashes: Uint32Array,
  positions: Uint32Array,
  bits: number,
): { hashes: Uint32Array<ArrayBuffer>; positions: Uint32Array<ArrayBuffer> }[] {
  const count = 2 ** bits;
  const starts = new Uint32Array(count + 1);
  for (let i = 0; i < hashes.length; i++) {
    const slot = bucketOf(hashes[i] as number, bits) + 1;
    starts[slot] = (starts[slot] as number) + 1;
  }
  for (let b = 0; b < count; b++) starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number);
  const sortedHashes = new Uint32Array(hashes.length);
  const sortedPositions = new Uint32Array(hashes.length);
  const next = starts.slice(0, count);
  for (let i = 0; i < hashes.length; i++) {
    const hash = hashes[i] as number;
    const bucket = bucketOf(hash, bits);
    const at = next[bucket] as number;
    next[bucket] = at + 1;
    sortedHashes[at] = hash;
    sortedPositions[at] = positions[i] as number;
  }
  const buckets = [];
  for (let b = 0; b < count; b++) {
    // slice, not subarray: IndexedDB would otherwise clone the whole underlying buffer into every record.
    buckets.push({ hashes: sortedHashes.slice(starts[b], starts[b + 1]), positions: sortedPositions.slice(starts[b], starts[b + 1]) });
  }
  return buckets;
}
