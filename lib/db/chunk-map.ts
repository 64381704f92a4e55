import type { GenerationRow } from './rows';

/**
 * Where a generation's chunks are stored. A generation written by a merge may *borrow* the chunks of
 * the generation it merged into rather than copy them: its first chunks are then the previous
 * generation's records, read under their own keys, at the same positions (copy-previous-generation.ts,
 * borrowPreviousGeneration). `borrowed` lists them as runs `[first chunk, chunks, owner]`: chunks
 * `first … first + chunks - 1` are records `[owner, chunk]`, or, with owner 0, have no record (every
 * account they held was dropped). A chunk in no run is the generation's own record. A chunk that
 * lost some of its accounts is the generation's own, rewritten with HOLE where they were, so every
 * position keeps its account and the key buckets and name pages need no moving.
 */
export type ChunkRun = [first: number, chunks: number, owner: number];

/** Where a rewritten chunk lost its account to a later merge: an empty text, which no account's JSON is. */
export const HOLE = '';

/** The positions a generation's chunks span: its accounts, and the holes and gaps borrowed chunks leave. */
export const slotsOf = (row: Pick<GenerationRow, 'count' | 'slots'>): number => row.slots ?? row.count;

/** How many chunks a generation spans (some may have no record). */
export const chunksOf = (row: Pick<GenerationRow, 'count' | 'slots' | 'chunkSize'>): number => Math.ceil(slotsOf(row) / row.chunkSize);

/** The generation whose record holds chunk `chunk` of `row`: its own, the one it borrowed it from, or 0 (no record). */
export function chunkOwner(row: Pick<GenerationRow, 'generation' | 'borrowed'>, chunk: number): number {
  const runs = row.borrowed;
  if (!runs || runs.length === 0) return row.generation;
  let low = 0;
  let high = runs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [first, chunks, owner] = runs[mid] as ChunkRun;
    if (chunk < first) high = mid - 1;
    else if (chunk >= first + chunks) low = mid + 1;
    else return owner;
  }
  return row.generation;
}

/** The key of chunk `chunk`'s record, or null when it has none (its accounts were all dropped). */
export function chunkKey(row: Pick<GenerationRow, 'generation' | 'borrowed'>, chunk: number): [number, number] | null {
  const owner = chunkOwner(row, chunk);
  return owner === 0 ? null : [owner, chunk];
}

/** Chunk owners (one per chunk, the generation's own number where it is its own) as runs of the others. */
export function runsOf(owners: readonly number[], own: number): ChunkRun[] {
  const runs: ChunkRun[] = [];
  for (let chunk = 0; chunk < owners.length; ) {
    const owner = owners[chunk] as number;
    let end = chunk + 1;
    while (end < owners.length && owners[end] === owner) end++;
    if (owner !== own) runs.push([chunk, end - chunk, owner]);
    chunk = end;
  }
  return runs;
}

/** The records a generation's chunks are read from, by owner: what its deletion may free, and what must outlive its owner. */
export function chunkRecords(row: Pick<GenerationRow, 'generation' | 'borrowed'>): Map<number, number[]> {
  const byOwner = new Map<number, number[]>();
  for (const [first, chunks, owner] of row.borrowed ?? []) {
    if (owner === 0) continue;
    const list = byOwner.get(owner) ?? [];
    for (let chunk = first; chunk < first + chunks; chunk++) list.push(chunk);
    byOwner.set(owner, list);
  }
  return byOwner;
}
