import type { Account } from '../schema/account';
import { formatIssues } from '../schema/issues';
import { AccountsUploadSchema } from '../schema/sync-contract';
import type { TalClient } from './client';

/** Well under the server's 50 MB limit for one `PUT /api/accounts`, leaving room for encoding. */
export const UPLOAD_BATCH_BYTES = 20 * 1024 * 1024;

/** Accounts that the server would refuse; nothing was sent. */
export class AccountsInvalidError extends Error {
  override name = 'AccountsInvalidError';
  constructor(readonly errors: string[]) {
    super(`the accounts were not uploaded (${errors.length} errors): ${errors.slice(0, 3).join('; ')}`);
  }
}

/** What an upload changed on the server, summed over its batches. */
export interface UploadTotals {
  accounts: number;
  created: number;
  updated: number;
  unchanged: number;
  batches: number;
}

/**
 * Uploads accounts to the server (admin; for `tal import --server`): checked first as the server
 * would, so a bad row stops the upload before anything is sent, then sent in batches under the
 * server's body limit. A failure partway leaves earlier batches stored; upserts make a rerun safe.
 */
export async function uploadAccounts(
  client: Pick<TalClient, 'putAccounts'>,
  accounts: readonly Account[],
  maxBatchBytes = UPLOAD_BATCH_BYTES,
): Promise<UploadTotals> {
  const parsed = AccountsUploadSchema.safeParse(accounts);
  if (!parsed.success) throw new AccountsInvalidError(formatIssues(parsed.error));
  const totals: UploadTotals = { accounts: 0, created: 0, updated: 0, unchanged: 0, batches: 0 };
  for (const batch of batches(parsed.data, maxBatchBytes)) {
    const result = await client.putAccounts(batch);
    totals.accounts += result.accounts;
    totals.created += result.created;
    totals.updated += result.updated;
    totals.unchanged += result.unchanged;
    totals.batches += 1;
  }
  return totals;
}

function* batches(accounts: readonly Account[], maxBytes: number): Generator<Account[]> {
  const encoder = new TextEncoder();
  let batch: Account[] = [];
  let size = 2;
  for (const account of accounts) {
    // Bytes, not characters: a name in Cyrillic or Chinese takes two or three bytes a character.
    const bytes = encoder.encode(JSON.stringify(account)).length + 1;
    if (batch.length > 0 && size + bytes > maxBytes) {
      yield batch;
      batch = [];
      size = 2;
    }
    batch.push(account);
    size += bytes;
  }
  if (batch.length > 0) yield batch;
}
