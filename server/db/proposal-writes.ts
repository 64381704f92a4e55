import { type Playbook, PlaybookSchema } from '../../lib/schema/playbook';
import type { Proposal } from '../../lib/schema/proposal';
import type { QuotaScope } from '../../lib/tal/quota';
import { proposalFromRow, quotaCountQuery } from './proposals';
import type { Queryable, Row } from './types';

// Proposal creation is the hot path, so its reads are folded into few statements. Every read
// that must see other transactions' committed work runs in a statement *after* the lock it
// depends on: in READ COMMITTED each statement takes its snapshot when it starts.

/** What proposal creation reads while taking the account's row lock. */
export interface LockedAccount {
  account: { id: string; name: string; domain?: string; team?: string; onTal: boolean } | undefined;
  playbook: Pick<Playbook, 'tal'> | undefined;
  earlier: { proposalId: string; requestHash: string } | undefined;
}

const FACTS = `(SELECT tal FROM playbooks ORDER BY version DESC LIMIT 1) AS tal,
  (SELECT json_build_object('proposalId', proposal_id, 'requestHash', request_hash) FROM idempotency_keys WHERE member_id = $2 AND key = $3) AS earlier`;

/**
 * Reads the account, the current TAL settings and any earlier use of the idempotency key.
 * With `lock` (PostgreSQL), the account's row is locked first, and the rest is read in a second
 * statement that starts once the lock is held: a retry that waited behind its own first attempt
 * then sees that attempt's key. Without it (PGlite, where a transaction already runs alone) one
 * statement reads everything.
 */
export async function lockAccountForProposal(
  tx: Queryable,
  accountId: string,
  memberId: string,
  key: string | null,
  lock: boolean,
): Promise<LockedAccount> {
  const account = `SELECT document->>'name' AS name, document->>'domain' AS domain, document->>'team' AS team,
    (document->>'onTal')::boolean AS on_tal FROM accounts WHERE id = $1 AND NOT deleted`;
  let row: Row | undefined;
  let facts: Row | undefined;
  if (lock) {
    [row] = await tx.query(`${account} FOR UPDATE`, [accountId]);
    [facts] = await tx.query(`SELECT $1::text AS account_id, ${FACTS}`, [accountId, memberId, key]);
  } else {
    [facts] = await tx.query(
      `SELECT a.name, a.domain, a.team, a.on_tal, ${FACTS} FROM (SELECT 1) AS one LEFT JOIN LATERAL (${account}) AS a ON true`,
      [accountId, memberId, key],
    );
    row = facts?.name == null ? undefined : facts;
  }
  return {
    account:
      row === undefined
        ? undefined
        : {
            id: accountId,
            name: String(row.name),
            onTal: row.on_tal === true,
            ...(row.domain == null ? {} : { domain: String(row.domain) }),
            ...(row.team == null ? {} : { team: String(row.team) }),
          },
    playbook: facts?.tal == null ? undefined : { tal: PlaybookSchema.shape.tal.parse(facts.tal) },
    earlier: (facts?.earlier ?? undefined) as LockedAccount['earlier'],
  };
}

/**
 * Takes the row lock of one quota scope for the rest of the transaction, in one statement: the
 * upsert locks the row whether it inserts it or finds it. Adds in the same scope wait here for
 * each other, so counting and inserting are atomic even across server connections.
 */
export async function lockQuotaScope(tx: Queryable, scopeKey: string): Promise<void> {
  await tx.query('INSERT INTO quota_locks (scope_key) VALUES ($1) ON CONFLICT (scope_key) DO UPDATE SET scope_key = EXCLUDED.scope_key', [
    scopeKey,
  ]);
}

/**
 * Read once the locks are held: the account's proposals (duplicates and TAL membership) and, for
 * an add, the quota use counted as lib/tal `countsTowardQuota` does.
 */
export async function proposalFacts(
  tx: Queryable,
  accountId: string,
  scope: QuotaScope | undefined,
): Promise<{ proposals: Proposal[]; used: number | undefined }> {
  const count = scope === undefined ? { sql: 'NULL', params: [] } : quotaCountQuery(scope, 2);
  const [row] = await tx.query<{ proposals: Row[] | null; used: number | null }>(
    `SELECT (SELECT json_agg(p) FROM proposals p WHERE p.account_id = $1) AS proposals, ${count.sql} AS used`,
    [accountId, ...count.params],
  );
  return { proposals: (row?.proposals ?? []).map(proposalFromRow), used: row?.used ?? undefined };
}

/** Stores a new proposal and, with a key, which proposal that key made, in one statement. */
export async function insertProposalWithKey(
  tx: Queryable,
  p: Proposal,
  key: { key: string; requestHash: string } | undefined,
  now: Date,
): Promise<void> {
  await tx.query(
    `WITH made AS (
       INSERT INTO proposals (id, type, account_id, reason, status, proposer_id, team, created_at, evidence,
                              proposer_name, account_name, account_domain)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $13, $14, $15) RETURNING id, proposer_id)
     INSERT INTO idempotency_keys (member_id, key, request_hash, proposal_id, created_at)
     SELECT proposer_id, $10, $11, id, $12 FROM made WHERE $10::text IS NOT NULL`,
    [
      p.id,
      p.type,
      p.accountId,
      p.reason,
      p.status,
      p.proposerId,
      p.team,
      p.createdAt,
      p.evidence === undefined ? null : JSON.stringify(p.evidence),
      key?.key ?? null,
      key?.requestHash ?? null,
      now,
      p.proposerName ?? null,
      p.accountName ?? null,
      p.accountDomain ?? null,
    ],
  );
}
