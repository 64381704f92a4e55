import type { Account } from '../schema/account';
import { storedAccount, storedAccountId, storedCount } from './account-chunk';
import { overlayAccount, readOverlayRows } from './account-overlay';
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
  { generation, count, chunkSize }: GenerationRow,
  signal?: AbortSignal,
): AsyncGenerator<{ accounts: Account[]; done: number }> {
  const overlay = await readOverlayRows(db, generation);
  const overlaid = new Set(overlay.map((row) => row.id));
  const chunks = Math.ceil(count / chunkSize);
  let done = 0;
  for (let first = 0; first < chunks; first += READ_BATCH) {
    signal?.throwIfAborted();
    const keys = Array.from({ length: Math.min(READ_BATCH, chunks - first) }, (_, i): [number, number] => [generation, first + i]);
    const rows = await db.accountChunks.bulkGet(keys);
    const accounts: Account[] = [];
    rows.forEach((raw, i) => {
      const key = keys[i] as [number, number];
      const row = parseStoredRow(AccountChunkRowSchema, raw, 'accountChunks', key);
      if (!row) throw new Error('the account cache was replaced while it was read; try again');
      for (let k = 0; k < storedCount(row); k++) {
        if (overlaid.size > 0 && overlaid.has(storedAccountId(row.accounts[k] as string))) continue;
        accounts.push(storedAccount(row, k, `accountChunks [${key.join(',')}] account ${k}`));
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
