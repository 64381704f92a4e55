import type { Account } from '../schema/account';
import { formatIssues } from '../schema/issues';
import { AccountsUploadSchema } from '../schema/sync-contract';
import { backoffDelay } from './backoff';
import type { TalClient } from './client';
import { isRetryable, TalApiError } from './errors';

/** Well under the server's 50 MB limit for one request, leaving room for encoding. */
export const UPLOAD_BATCH_BYTES = 20 * 1024 * 1024;
/** Accounts per batch: a few seconds of work each, so progress moves and a retry resends little. */
export const UPLOAD_BATCH_ACCOUNTS = 2_000;
/** Sends of one batch before the upload gives up on it (network failures and server faults only). */
const ATTEMPTS = 3;

/** Accounts that the server would refuse; nothing was sent. */
export class AccountsInvalidError extends Error {
  override name = 'AccountsInvalidError';
  constructor(readonly errors: string[]) {
    super(`the accounts were not uploaded (${errors.length} errors): ${errors.slice(0, 3).join('; ')}`);
  }
}

/** The upload was cancelled before its commit: nothing of it was applied, and the server forgot it. */
export class UploadCancelledError extends Error {
  override name = 'UploadCancelledError';
}

/** A problem with one account of a refused batch: its place in the file (when known), field and words. */
export type UploadRowError = { row: number | null; field: string; message: string };

/**
 * A batch could not be stored (refused, or the server unreachable after retries), or the commit
 * failed. Nothing of the upload was applied: the team's accounts are as they were. `rows` are the
 * file rows the batch held (null where the accounts came without rows, or for the commit).
 */
export class UploadBatchError extends Error {
  override name = 'UploadBatchError';
  constructor(
    /** 1-based batch number; 0 for the commit. */
    readonly batch: number,
    readonly rows: { first: number; last: number } | null,
    /** What the server said, or why it could not be reached. */
    readonly reason: string,
    /** For a refused batch, each account's problem. */
    readonly rowErrors: readonly UploadRowError[],
    options?: { cause?: unknown },
  ) {
    const where = batch === 0 ? 'the commit' : `batch ${batch}${rows ? ` (rows ${rows.first}–${rows.last})` : ''}`;
    super(`${where} failed: ${reason}; nothing of the upload was applied`, options);
  }
}

/** What an upload changed on the server. */
export interface UploadTotals {
  accounts: number;
  created: number;
  updated: number;
  unchanged: number;
  batches: number;
}

/** How far an upload is: accounts and batches stored on the server so far, then the commit. */
export type UploadProgress = { phase: 'sending' | 'committing'; accountsSent: number; batchesSent: number };

export type StagedUploadOptions = {
  maxBatchBytes?: number;
  maxBatchAccounts?: number;
  /** Aborting stops before the next send, discards what was staged, and rejects with UploadCancelledError. */
  signal?: AbortSignal;
  onProgress?(progress: UploadProgress): void;
  /** Waits between retries of a batch (tests pass one that does not wait). */
  sleep?(ms: number): Promise<void>;
  random?(): number;
};

type UploadClient = Pick<TalClient, 'beginUpload' | 'putUploadBatch' | 'commitUpload' | 'discardUpload'>;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A staged upload (`/api/account-uploads`): accounts are added as they are read, each batch is
 * checked as the server would and sent as soon as it fills (so a large file never sits in memory
 * whole), and `finish` commits them all at once. A batch that the network or the server fails is
 * sent again (a batch sent twice is stored once); one that still fails, or is refused, stops the
 * upload and discards it, naming its rows. Until the commit nothing is the team's data.
 */
export function createStagedUpload(client: UploadClient, options: StagedUploadOptions = {}) {
  const maxBytes = options.maxBatchBytes ?? UPLOAD_BATCH_BYTES;
  const maxAccounts = options.maxBatchAccounts ?? UPLOAD_BATCH_ACCOUNTS;
  const sleep = options.sleep ?? wait;
  const random = options.random ?? Math.random;
  const encoder = new TextEncoder();
  let upload: string | undefined;
  let batch: Account[] = [];
  let rows: (number | null)[] = [];
  let size = 2;
  let sent = { accountsSent: 0, batchesSent: 0 };
  let over = false;

  const checkCancel = () => {
    if (options.signal?.aborted) throw new UploadCancelledError('the upload was cancelled; nothing of it was applied');
  };

  async function send() {
    if (batch.length === 0) return;
    const accounts = batch;
    const accountRows = rows;
    batch = [];
    rows = [];
    size = 2;
    const number = sent.batchesSent + 1;
    const known = accountRows.filter((row): row is number => row !== null);
    const span = known.length === 0 ? null : { first: Math.min(...known), last: Math.max(...known) };
    const rowOf = (index: number) => accountRows[index] ?? null;
    const parsed = AccountsUploadSchema.safeParse(accounts);
    if (!parsed.success)
      throw new UploadBatchError(number, span, 'the accounts were refused', rowErrors(formatIssues(parsed.error), rowOf));
    checkCancel();
    upload ??= (await client.beginUpload()).id;
    const id = upload;
    // A batch sent again replaces itself on the server: a retry stores it once.
    await withRetries(
      () => client.putUploadBatch(id, number - 1, parsed.data),
      { sleep, random, checkCancel },
      (error) => batchError(number, span, error, rowOf),
    );
    sent = { accountsSent: sent.accountsSent + accounts.length, batchesSent: number };
    options.onProgress?.({ phase: 'sending', ...sent });
  }

  /** Discards what was staged (best effort: an upload nobody commits expires on the server in a day). */
  async function discard() {
    over = true;
    batch = [];
    rows = [];
    const id = upload;
    upload = undefined;
    if (id !== undefined) await client.discardUpload(id).catch(() => {});
  }

  /** Runs `step`; on any failure discards the upload first, so nothing is left staged. */
  async function guarded<T>(step: () => Promise<T>): Promise<T> {
    if (over) throw new Error('this upload is over');
    try {
      return await step();
    } catch (error) {
      await discard();
      throw error;
    }
  }

  return {
    /** Adds an account read from file row `row`; resolves once any batch it filled is stored. */
    add: (account: Account, row: number | null = null) =>
      guarded(async () => {
        checkCancel();
        // Bytes, not characters: a name in Cyrillic or Chinese takes two or three bytes a character.
        const bytes = encoder.encode(JSON.stringify(account)).length + 1;
        if (batch.length > 0 && (size + bytes > maxBytes || batch.length >= maxAccounts)) await send();
        batch.push(account);
        rows.push(row);
        size += bytes;
      }),
    /** Sends the last batch and commits the upload: every account becomes the team's at once. */
    finish: () =>
      guarded(async (): Promise<UploadTotals> => {
        await send();
        checkCancel();
        if (upload === undefined) return { accounts: 0, created: 0, updated: 0, unchanged: 0, batches: 0 };
        options.onProgress?.({ phase: 'committing', ...sent });
        const id = upload;
        // A commit is answered the same when repeated, so a lost answer is asked for again.
        const result = await withRetries(
          () => client.commitUpload(id),
          { sleep, random },
          (error) => batchError(0, null, error, () => null),
        );
        over = true;
        return {
          accounts: result.accounts,
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
          batches: sent.batchesSent,
        };
      }),
    discard,
  };
}

/**
 * Runs `request`, sending it again (up to ATTEMPTS in all, with backoff) after a network failure or a
 * server fault; a refusal, a refused token, or the last failure becomes `fail(error)`.
 */
async function withRetries<T>(
  request: () => Promise<T>,
  { sleep, random, checkCancel }: { sleep(ms: number): Promise<void>; random(): number; checkCancel?(): void },
  fail: (error: unknown) => Error,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryable(error) || (error instanceof TalApiError && error.status === 401)) throw fail(error);
      await sleep(backoffDelay(attempt, random));
      checkCancel?.();
    }
  }
}

/** Why a batch (or, as batch 0, the commit) failed: the server's words and refused rows, or the network's. */
function batchError(batch: number, span: { first: number; last: number } | null, error: unknown, rowOf: (index: number) => number | null) {
  const refused = error instanceof TalApiError && Array.isArray(error.body.errors) ? error.body.errors : [];
  const reason = error instanceof TalApiError ? error.body.message : error instanceof Error ? error.message : String(error);
  return new UploadBatchError(batch, span, reason, rowErrors(refused, rowOf), { cause: error });
}

/** `[3].employees: words` lines as row errors: the index is the account's place in its batch. */
function rowErrors(lines: readonly unknown[], rowOf: (index: number) => number | null): UploadRowError[] {
  return lines.map((line) => {
    const text = String(line);
    const match = /^\[(\d+)\](?:\.([^:]+))?: ([\s\S]*)$/.exec(text);
    if (!match) return { row: null, field: '', message: text };
    return { row: rowOf(Number(match[1])), field: match[2] ?? '', message: match[3] ?? '' };
  });
}

/**
 * Uploads accounts already in hand (`tal import --server`): checked whole first as the server would,
 * so a bad row stops the upload before anything is sent, then staged in batches and committed at once.
 */
export async function uploadAccounts(
  client: UploadClient,
  accounts: readonly Account[],
  options: StagedUploadOptions = {},
): Promise<UploadTotals> {
  const parsed = AccountsUploadSchema.safeParse(accounts);
  if (!parsed.success) throw new AccountsInvalidError(formatIssues(parsed.error));
  const upload = createStagedUpload(client, options);
  for (const account of parsed.data) await upload.add(account);
  return upload.finish();
}
