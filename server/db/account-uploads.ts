import type { Account } from '../../lib/schema/account';
import { lockAccountWrites, UPSERT_ACCOUNT, type UpsertCounts } from './accounts';
import type { Queryable } from './types';

/** Uploads untouched for this long are deleted when the next one begins. */
export const UPLOAD_EXPIRES_MS = 24 * 60 * 60 * 1000;

/** What a committed upload changed: the answer of `PUT /api/accounts` for the whole upload. */
export type UploadResult = { accounts: number } & UpsertCounts;

/** An upload as its owner sees it. */
export type UploadRow = { id: string; memberId: string; result: UploadResult | null };

/** Begins an upload for `memberId`, first deleting uploads nobody has touched for a day (abandoned: a page closed mid-way). */
export async function beginUpload(tx: Queryable, id: string, memberId: string, now: Date): Promise<void> {
  await tx.query('DELETE FROM account_uploads WHERE touched_at < $1', [new Date(now.getTime() - UPLOAD_EXPIRES_MS)]);
  await tx.query('INSERT INTO account_uploads (id, member_id, created_at, touched_at) VALUES ($1, $2, $3, $3)', [id, memberId, now]);
}

/** The upload, locked for the rest of the transaction (a batch and a commit of one upload never interleave); undefined when unknown. */
export async function lockUpload(tx: Queryable, id: string): Promise<UploadRow | undefined> {
  const [row] = await tx.query<{ member_id: string; result: UploadResult | null }>(
    'SELECT member_id, result FROM account_uploads WHERE id = $1 FOR UPDATE',
    [id],
  );
  return row === undefined ? undefined : { id, memberId: row.member_id, result: row.result };
}

/** Stores batch `batch` of an upload; sending a batch again replaces it (a retry after a lost answer). */
export async function stageBatch(tx: Queryable, id: string, batch: number, accounts: readonly Account[], now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO account_upload_batches (upload_id, batch, accounts, count) VALUES ($1, $2, $3::jsonb, $4)
     ON CONFLICT (upload_id, batch) DO UPDATE SET accounts = EXCLUDED.accounts, count = EXCLUDED.count`,
    [id, batch, JSON.stringify(accounts), accounts.length],
  );
  await tx.query('UPDATE account_uploads SET touched_at = $2 WHERE id = $1', [id, now]);
}

/** An id that more than one staged account has: where it first and next appear, as batch and index. */
export type RepeatedId = { id: string; first: [number, number]; again: [number, number] };

/** The staged batches' size, and up to `limit` ids given twice across them (each batch was checked on its own). */
export async function stagedSummary(tx: Queryable, id: string, limit = 5) {
  const [size] = await tx.query<{ batches: number; accounts: number }>(
    'SELECT count(*)::int AS batches, COALESCE(sum(count), 0)::int AS accounts FROM account_upload_batches WHERE upload_id = $1',
    [id],
  );
  const repeated = await tx.query<{ id: string; places: [number, number][] }>(
    `SELECT e.value->>'id' AS id, array_agg(jsonb_build_array(b.batch, e.ordinality - 1) ORDER BY b.batch, e.ordinality) AS places
     FROM account_upload_batches b, jsonb_array_elements(b.accounts) WITH ORDINALITY e
     WHERE b.upload_id = $1 GROUP BY e.value->>'id' HAVING count(*) > 1 ORDER BY min(b.batch), min(e.ordinality) LIMIT $2`,
    [id, limit],
  );
  return {
    batches: size?.batches ?? 0,
    accounts: size?.accounts ?? 0,
    repeated: repeated.map((r): RepeatedId => ({ id: r.id, first: toPlace(r.places[0]), again: toPlace(r.places[1]) })),
  };
}

// array_agg of jsonb arrays comes back as parsed arrays on both drivers.
const toPlace = (place: unknown): [number, number] => {
  const [batch, index] = (typeof place === 'string' ? JSON.parse(place) : place) as [number, number];
  return [Number(batch), Number(index)];
};

/**
 * Applies every staged account of the upload as `upsertAccounts` would (inserted or replaced by id; an
 * unchanged one keeps its change number), in the caller's transaction, then drops the batches and
 * keeps the result on the upload. Holds the account writers' lock (lockAccountWrites) like every
 * account writer; rows are written in id order so two writers cannot deadlock.
 */
export async function commitUpload(tx: Queryable, id: string, now: Date): Promise<UploadResult> {
  await lockAccountWrites(tx);
  const [counts] = await tx.query<{ accounts: number; written: number; created: number }>(
    `WITH staged AS (
       SELECT e AS document FROM account_upload_batches b, jsonb_array_elements(b.accounts) e WHERE b.upload_id = $1
     ), written AS (
       INSERT INTO accounts (id, document, deleted, seq, updated_at)
       SELECT document->>'id', document, false, nextval('account_changes'), $2 FROM staged ORDER BY document->>'id'
       ${UPSERT_ACCOUNT}
     )
     SELECT (SELECT count(*) FROM staged)::int AS accounts, count(*)::int AS written, count(*) FILTER (WHERE created)::int AS created FROM written`,
    [id, now],
  );
  const accounts = counts?.accounts ?? 0;
  const written = counts?.written ?? 0;
  const created = counts?.created ?? 0;
  const result: UploadResult = { accounts, created, updated: written - created, unchanged: accounts - written };
  await tx.query('DELETE FROM account_upload_batches WHERE upload_id = $1', [id]);
  await tx.query('UPDATE account_uploads SET result = $2::jsonb, touched_at = $3 WHERE id = $1', [id, JSON.stringify(result), now]);
  return result;
}

/** Forgets an upload and its staged batches. */
export async function discardUpload(tx: Queryable, id: string): Promise<void> {
  await tx.query('DELETE FROM account_uploads WHERE id = $1', [id]);
}
