import type { Account } from '../schema/account';
import { storedAccount, storedAccountId, storedCount } from './account-chunk';
import { overlayAccount, readOverlayRows } from './account-overlay';
import { chunkKey, chunksOf, HOLE } from './chunk-map';
import type { TalDb } from './database';
import { AccountChunkRowSchema, type GenerationRow } from './rows';
import { parseStoredRow } from './stored-row';

/** Chunk records read at a time. */
const READ_BATCH = 25;

/**
 * A generation's accounts as the cache holds them, its overlay's changes applied: the generation's in
 * cache order but those the overlay changed or deleted, a read of READ_BATCH chunks at a time, so a
 * million accounts never sit in memory at once, then the overlay's. `done` counts the accounts given
 * so far. Stops between reads when `signal` is aborted (rejecting with its reason); a chunk that is
 * gone means the generation was replaced meanwhile.
 */
export async function* readGenerationAccounts(
  db: TalDb,
  row: GenerationRow,
  signal?: AbortSignal,
): AsyncGenerator<{ accounts: Account[]; done: number }> {
  const overlay = await readOverlayRows(db, row.generation);
  const overlaid = new Set(overlay.map((entry) => entry.id));
  const chunks = chunksOf(row);
  let done = 0;
  for (let first = 0; first < chunks; first += READ_BATCH) {
    signal?.throwIfAborted();
    // Borrowed chunks are read under their owner's key; a chunk with no record holds nothing.
    const keys = Array.from({ length: Math.min(READ_BATCH, chunks - first) }, (_, i) => chunkKey(row, first + i)).filter(
      (key) => key !== null,
    );
    const rows = await db.accountChunks.bulkGet(keys);
    const accounts: Account[] = [];
    rows.forEach((raw, i) => {
      const key = keys[i] as [number, number];
      const chunk = parseStoredRow(AccountChunkRowSchema, raw, 'accountChunks', key);
      if (!chunk) throw new Error('the account cache was replaced while it was read; try again');
      for (let k = 0; k < storedCount(chunk); k++) {
        const json = chunk.accounts[k] as string;
        if (json === HOLE || (overlaid.size > 0 && overlaid.has(storedAccountId(json)))) continue;
        accounts.push(storedAccount(chunk, k, `accountChunks [${key.join(',')}] account ${k}`));
      }
    });
    done += accounts.length;
    yield { accounts, done };
  }
  const changed = overlay.flatMap((row) => {
    const account = overlayAccount(row);
    return account ? [account] : [];
  });
  if (changed.length > 0) {
    signal?.throwIfAborted();
    done += changed.length;
    yield { accounts: changed, done };
  }
}
