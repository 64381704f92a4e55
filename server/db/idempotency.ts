import { createHash } from 'node:crypto';
import type { Queryable } from './types';

/** A fingerprint of a request body, to tell a true retry from a key reused for something else. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/** The proposal an earlier request with this key made, and that request's fingerprint. */
export async function findIdempotentProposal(db: Queryable, memberId: string, key: string) {
  const [row] = await db.query<{ proposal_id: string; request_hash: string }>(
    'SELECT proposal_id, request_hash FROM idempotency_keys WHERE member_id = $1 AND key = $2',
    [memberId, key],
  );
  return row === undefined ? undefined : { proposalId: row.proposal_id, requestHash: row.request_hash };
}

/** Remembers which proposal a key made, in the same transaction that made it. */
export async function rememberIdempotencyKey(tx: Queryable, memberId: string, key: string, hash: string, proposalId: string, now: Date) {
  await tx.query('INSERT INTO idempotency_keys (member_id, key, request_hash, proposal_id, created_at) VALUES ($1, $2, $3, $4, $5)', [
    memberId,
    key,
    hash,
    proposalId,
    now,
  ]);
}
