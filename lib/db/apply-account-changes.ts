import type { Account } from '../schema/account';
import { copyPreviousGeneration } from './copy-previous-generation';
import type { TalDb } from './database';
import { createGenerationWriter } from './generation-writer';
import { readActiveCache } from './generations';
import { prepareAccounts } from './prepare-accounts';

/** Account changes pulled from the team server. `replace` makes them the whole cache; `merge` upserts them and drops `deleted`. */
export type AccountDelta = { accounts: readonly Account[]; deleted: readonly string[]; mode: 'replace' | 'merge' };

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
    const gone = new Set(deleted);
    if (previous) await copyPreviousGeneration(db, writer, previous.generation, (id) => writer.has(id) || gone.has(id));
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
