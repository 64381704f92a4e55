import type { Proposal, ProposalStatus } from '../../lib/schema/proposal';
import type { Member } from '../../lib/tal/member';
import type { QuotaScope } from '../../lib/tal/quota';
import { isoOf, isoOrUndefined } from './rows';
import type { Queryable, Row } from './types';

const COLUMNS = 'id, type, account_id, reason, status, proposer_id, team, created_at, decided_at, decider_id, note, evidence';

/** A proposals row in the API's shape; optional fields are left out rather than null. */
export function proposalFromRow(row: Row): Proposal {
  const decidedAt = isoOrUndefined(row.decided_at);
  return {
    id: String(row.id),
    type: row.type as Proposal['type'],
    accountId: String(row.account_id),
    reason: String(row.reason),
    status: row.status as ProposalStatus,
    proposerId: String(row.proposer_id),
    team: String(row.team),
    createdAt: isoOf(row.created_at),
    ...(decidedAt === undefined ? {} : { decidedAt }),
    ...(row.decider_id === null ? {} : { deciderId: String(row.decider_id) }),
    ...(row.note === null ? {} : { note: String(row.note) }),
    ...(row.evidence === null ? {} : { evidence: row.evidence as Proposal['evidence'] }),
  };
}

/** Stores a new proposal. */
export async function insertProposal(tx: Queryable, p: Proposal): Promise<void> {
  await tx.query(
    `INSERT INTO proposals (id, type, account_id, reason, status, proposer_id, team, created_at, evidence)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)`,
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
    ],
  );
}

/** Records a decision or withdrawal. */
export async function updateProposalStatus(tx: Queryable, p: Proposal): Promise<void> {
  await tx.query('UPDATE proposals SET status = $2, decided_at = $3, decider_id = $4, note = $5 WHERE id = $1', [
    p.id,
    p.status,
    p.decidedAt ?? null,
    p.deciderId ?? null,
    p.note ?? null,
  ]);
}

/** One proposal by id; `lock` holds its row until the transaction ends. */
export async function findProposal(db: Queryable, id: string, lock = false): Promise<Proposal | undefined> {
  const [row] = await db.query(`SELECT ${COLUMNS} FROM proposals WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return row === undefined ? undefined : proposalFromRow(row);
}

/** Every proposal about one account, whatever its status: enough to tell duplicates and TAL membership. */
export async function proposalsForAccount(db: Queryable, accountId: string): Promise<Proposal[]> {
  return (await db.query(`SELECT ${COLUMNS} FROM proposals WHERE account_id = $1`, [accountId])).map(proposalFromRow);
}

/** The proposals a member may see (a rep its own, a manager its team's, an admin all), oldest first. */
export async function visibleProposals(db: Queryable, member: Member, status: ProposalStatus | undefined): Promise<Proposal[]> {
  const rows = await db.query(
    `SELECT ${COLUMNS} FROM proposals
     WHERE ($1::text IS NULL OR status = $1)
       AND ($2 = 'admin' OR ($2 = 'manager' AND team = $3) OR ($2 = 'rep' AND proposer_id = $4))
     ORDER BY created_at, id`,
    [status ?? null, member.role, member.team, member.id],
  );
  return rows.map(proposalFromRow);
}

/** Approved proposals: the TAL's change log, as lib/tal orders it. */
export async function approvedProposals(db: Queryable): Promise<Proposal[]> {
  return (await db.query(`SELECT ${COLUMNS} FROM proposals WHERE status = 'approved'`)).map(proposalFromRow);
}

/**
 * Takes the row lock of one quota scope for the rest of the transaction. Adds in the same scope
 * wait here for each other, so counting and inserting are atomic even across server connections.
 */
export async function lockQuotaScope(tx: Queryable, scopeKey: string): Promise<void> {
  await tx.query('INSERT INTO quota_locks (scope_key) VALUES ($1) ON CONFLICT DO NOTHING', [scopeKey]);
  await tx.query('SELECT scope_key FROM quota_locks WHERE scope_key = $1 FOR UPDATE', [scopeKey]);
}

/** The same count as lib/tal `countsTowardQuota`, done by the database on an index. */
export async function countQuotaUse(db: Queryable, scope: QuotaScope): Promise<number> {
  const [row] = await db.query<{ used: number }>(
    `SELECT count(*)::int AS used FROM proposals
     WHERE team = $1 AND type = 'add' AND status IN ('pending', 'approved')
       AND ($2::timestamptz IS NULL OR created_at >= $2) AND ($3::timestamptz IS NULL OR created_at < $3)
       AND ($4::text IS NULL OR proposer_id = $4)`,
    [scope.team.id, scope.window.start, scope.window.end, scope.proposerId],
  );
  return Number(row?.used ?? 0);
}
