import type { Account } from '../schema/account';
import type { TalDb } from './database';
import { createGenerationWriter, type GenerationWriter } from './generation-writer';
import { readActiveCache } from './generations';
import { prepareAccounts, prepareStoredJsons } from './prepare-accounts';
import { AccountChunkRowSchema, type GenerationRow } from './rows';
import { parseStoredRow } from './stored-row';

/** Account changes pulled from the team server. `replace` makes them the whole cache; `merge` upserts them and drops `deleted`. */
export type AccountDelta = { accounts: readonly Account[]; deleted: readonly string[]; mode: 'replace' | 'merge' };

/** Chunk records read per step while copying the previous cache. */
const COPY_BATCH = 20;

/**
 * Applies pulled account changes to the cache as a new generation, made active at the end (a failure
 * leaves the previous cache whole). A merge copies every unchanged account of the previous
 * generation: its cost grows with the cache, not the delta, so an empty delta writes nothing.
 * A replace with no accounts writes nothing either: an empty server never empties the cache.
 * Returns the generation now active, or null when nothing was written.
 */
export async function applyAccountChanges(
  db: TalDb,
  { accounts, deleted, mode }: AccountDelta,
  options: { now: () => Date; source: string },
): Promise<number | null> {
  if (accounts.length === 0 && (mode === 'replace' || deleted.length === 0)) return null;
  const previous = mode === 'merge' ? await readActiveCache(db) : null;
  const writer = await createGenerationWriter(db, options.now, { trackIds: true });
  try {
    await writer.append(prepareAccounts(accounts));
    if (previous) await copyUnchanged(db, writer, previous.generation, new Set(deleted));
    const record = await writer.commit({
      at: options.now().toISOString(),
      fileName: options.source,
      mode,
      rows: accounts.length,
      valid: accounts.length,
      errors: 0,
      warnings: 0,
      mapping: {},
    });
    return record.generation;
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

async function copyUnchanged(db: TalDb, writer: GenerationWriter, previous: GenerationRow, deleted: ReadonlySet<string>) {
  const chunks = Math.ceil(previous.count / previous.chunkSize);
  for (let first = 0; first < chunks; first += COPY_BATCH) {
    const keys = Array.from({ length: Math.min(COPY_BATCH, chunks - first) }, (_, i): [number, number] => [previous.generation, first + i]);
    const rows = await db.accountChunks.bulkGet(keys);
    for (const [i, raw] of rows.entries()) {
      const row = parseStoredRow(AccountChunkRowSchema, raw, 'accountChunks', keys[i]);
      if (!row) throw new Error('the account cache was replaced while team changes were applied; the next sync tries again');
      const prepared = prepareStoredJsons(row.accounts);
      await writer.append(
        prepared,
        prepared.ids.map((id) => !writer.has(id) && !deleted.has(id)),
      );
    }
  }
}
