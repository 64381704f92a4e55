import { type Playbook, PlaybookSchema } from '../../lib/schema/playbook';
import type { Proposal } from '../../lib/schema/proposal';
import { type QuotaScope, quotaScopeKey } from '../../lib/tal/quota';
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

const ACCOUNT = `SELECT document->>'name' AS name, document->>'domain' AS domain, document->>'team' AS team,
    (document->>'onTal')::boolean AS on_tal FROM accounts WHERE id = $1 AND NOT deleted`;

const FACTS = `(SELECT tal FROM playbooks ORDER BY version DESC LIMIT 1) AS tal,
  (SELECT json_build_object('proposalId', proposal_id, 'requestHash', request_hash) FROM idempotency_keys WHERE member_id = $2 AND key = $3) AS earlier`;

/** The account and FACTS in one statement (one snapshot), with `extra` columns after them. */
const accountWithFacts = (extra = '') =>
  `SELECT a.name, a.domain, a.team, a.on_tal, ${FACTS}${extra} FROM (SELECT 1) AS one LEFT JOIN LATERAL (${ACCOUNT}) AS a ON true`;

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
  if (lock) {
    const [row] = await tx.query(`${ACCOUNT} FOR UPDATE`, [accountId]);
    const [facts] = await tx.query(`SELECT $1::text AS account_id, ${FACTS}`, [accountId, memberId, key]);
    return lockedAccount(accountId, row, facts);
  }
  const [row] = await tx.query(accountWithFacts(), [accountId, memberId, key]);
  return lockedAccount(accountId, row?.name == null ? undefined : row, row);
}

/** LockedAccount from the account's row (undefined: no such account) and FACTS' row. */
function lockedAccount(id: string, row: Row | undefined, facts: Row | undefined): LockedAccount {
  return {
    account:
      row === undefined
        ? undefined
        : {
            id,
            name: String(row.name),
            onTal: row.on_tal === true,
            ...(row.domain == null ? {} : { domain: String(row.domain) }),
            ...(row.team == null ? {} : { team: String(row.team) }),
          },
    playbook: facts?.tal == null ? undefined : { tal: PlaybookSchema.shape.tal.parse(facts.tal) },
    earlier: (facts?.earlier ?? undefined) as LockedAccount['earlier'],
  };
}

/** What the optimistic path reads in its first statement: everything the rules need, and what to check it against. */
export interface SeenAccount extends LockedAccount {
  proposals: Proposal[];
  /** `tal_account_state`: the account's row version and its proposals' statuses, as read. */
  state: string;
  playbookVersion: number | undefined;
}

/**
 * Reads, in one statement and without a lock, what checking a proposal needs: the account, the
 * current playbook and its version, any earlier use of the key, and the account's proposals, with
 * the account's state to hand back to `makeProposalIfUnchanged`. One statement is one snapshot, so
 * the state and what was read agree.
 */
export async function readForProposal(db: Queryable, accountId: string, memberId: string, key: string | null): Promise<SeenAccount> {
  const [row] = await db.query(
    accountWithFacts(`, tal_account_state($1) AS state,
       (SELECT version FROM playbooks ORDER BY version DESC LIMIT 1) AS playbook_version,
       (SELECT json_agg(p) FROM proposals p WHERE p.account_id = $1) AS proposals`),
    [accountId, memberId, key],
  );
  return {
    ...lockedAccount(accountId, row?.name == null ? undefined : row, row),
    playbookVersion: row?.playbook_version == null ? undefined : Number(row.playbook_version),
    proposals: ((row?.proposals as Row[] | null | undefined) ?? []).map(proposalFromRow),
    state: String(row?.state),
  };
}

/** What `makeProposalIfUnchanged` stores and checks. */
export interface OptimisticProposal {
  proposal: Proposal;
  key: { key: string; requestHash: string } | undefined;
  seen: Pick<SeenAccount, 'state' | 'playbookVersion'>;
  /** For an add: the scope to lock and count, and its limit. */
  quota: { scope: QuotaScope; limit: number } | undefined;
  now: Date;
  /** Take the row locks (PostgreSQL); PGlite runs one statement at a time and needs none. */
  lock: boolean;
}

/**
 * Stores the proposal in one statement (`tal_make_proposal`, migration 009) if nothing the decision
 * read has changed: it takes the account's row lock and then the quota scope's, as the locked path
 * does, compares the account's state, the playbook's version and the key with what was read, counts
 * the quota and inserts. Answers false, having stored nothing, when anything changed or the quota is
 * spent: the caller then decides in the locked transaction.
 */
export async function makeProposalIfUnchanged(db: Queryable, o: OptimisticProposal): Promise<boolean> {
  const p = o.proposal;
  const row = {
    id: p.id,
    type: p.type,
    account_id: p.accountId,
    reason: p.reason,
    status: p.status,
    proposer_id: p.proposerId,
    team: p.team,
    created_at: p.createdAt,
    ...(p.evidence === undefined ? {} : { evidence: p.evidence }),
    proposer_name: p.proposerName ?? null,
    account_name: p.accountName ?? null,
    account_domain: p.accountDomain ?? null,
  };
  const scope = o.quota?.scope;
  const [result] = await db.query<{ outcome: string }>(
    'SELECT tal_make_proposal($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12) AS outcome',
    [
      o.lock,
      o.seen.state,
      o.seen.playbookVersion ?? null,
      o.key?.key ?? null,
      o.key?.requestHash ?? null,
      scope === undefined ? null : quotaScopeKey(scope),
      scope === undefined ? null : (scope.window.start ?? '-infinity'),
      scope === undefined ? null : (scope.window.end ?? 'infinity'),
      scope?.proposerId ?? null,
      o.quota?.limit ?? null,
      JSON.stringify(row),
      o.now,
    ],
  );
  return result?.outcome === 'made';
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
