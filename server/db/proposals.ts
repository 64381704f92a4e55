import type { Member } from '../../lib/schema/member';
import type { Proposal, ProposalStatus } from '../../lib/schema/proposal';
import type { QuotaScope } from '../../lib/tal/quota';
import { isoOf, isoOrUndefined } from './rows';
import type { Queryable, Row } from './types';
import { whereClause } from './where-clause';

const COLUMNS =
  'id, type, account_id, reason, status, proposer_id, team, created_at, decided_at, decider_id, note, evidence, proposer_name, decider_name, account_name, account_domain';

/** A text column's value, or nothing when it is null (older rows, optional fields). */
const optional = (key: string, value: unknown) => (value === null || value === undefined ? {} : { [key]: String(value) });

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
    ...optional('proposerName', row.proposer_name),
    ...optional('deciderName', row.decider_name),
    ...optional('accountName', row.account_name),
    ...optional('accountDomain', row.account_domain),
  };
}

/** Records a decision or withdrawal. */
export async function updateProposalStatus(tx: Queryable, p: Proposal): Promise<void> {
  await tx.query('UPDATE proposals SET status = $2, decided_at = $3, decider_id = $4, note = $5, decider_name = $6 WHERE id = $1', [
    p.id,
    p.status,
    p.decidedAt ?? null,
    p.deciderId ?? null,
    p.note ?? null,
    p.deciderName ?? null,
  ]);
}

/** One proposal by id; `lock` holds its row until the transaction ends. */
export async function findProposal(db: Queryable, id: string, lock = false): Promise<Proposal | undefined> {
  const [row] = await db.query(`SELECT ${COLUMNS} FROM proposals WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return row === undefined ? undefined : proposalFromRow(row);
}

/** Who sees which proposals, as lib/tal `maySee` says: the column a member's own value is compared with (an admin sees all). */
const VISIBLE_BY: Record<Member['role'], { column: 'team' | 'proposer_id'; value: (m: Member) => string | null } | null> = {
  admin: null,
  manager: { column: 'team', value: (m) => m.team },
  rep: { column: 'proposer_id', value: (m) => m.id },
};

/**
 * The proposals a member may see (a rep its own, a manager its team's, an admin all), oldest
 * first, optionally of one status and at most `limit` of them. Each case has its own text
 * (`whereClause`), so `proposals_by_team_status` (or `…_by_proposer_status`) gives a page of a
 * manager's review queue in order, however long the team's history.
 */
export async function visibleProposals(
  db: Queryable,
  member: Member,
  status: ProposalStatus | undefined,
  limit: number | null = null,
): Promise<Proposal[]> {
  const { sql, params } = visibleProposalsQuery(member, status, limit);
  return (await db.query(sql, params)).map(proposalFromRow);
}

/** The statement of `visibleProposals` and its parameters (exported for the test of its plan). */
export function visibleProposalsQuery(member: Member, status: ProposalStatus | undefined, limit: number | null) {
  const params: unknown[] = [limit];
  const visible = VISIBLE_BY[member.role];
  const where = whereClause(params, [
    visible !== null && { sql: (p) => `${visible.column} = ${p}::text`, value: visible.value(member) },
    status !== undefined && { sql: (p) => `status = ${p}::text`, value: status },
  ]);
  return { sql: `SELECT ${COLUMNS} FROM proposals${where} ORDER BY created_at, id LIMIT $1::int`, params };
}

/** Approved proposals: the TAL's change log, as lib/tal orders it. */
export async function approvedProposals(db: Queryable): Promise<Proposal[]> {
  return (await db.query(`SELECT ${COLUMNS} FROM proposals WHERE status = 'approved'`)).map(proposalFromRow);
}

/**
 * The count of lib/tal `countsTowardQuota` as a scalar SQL expression whose parameters are numbered
 * from `$first` on, with those parameters in order; the quota test checks they agree.
 *
 * `tal_quota_used` (migration 010) sums the per-month tallies a trigger keeps, so a count costs the
 * same whatever the team's history: the period `none` (-infinity to infinity) reads one row a month.
 */
export function quotaCountQuery(scope: QuotaScope, first: number): { sql: string; params: unknown[] } {
  const [team, proposer, start, end] = [first, first + 1, first + 2, first + 3].map((n) => `$${n}`);
  return {
    sql: `tal_quota_used(${team}::text, ${proposer}::text, ${start}::timestamptz, ${end}::timestamptz)`,
    params: [scope.team.id, scope.proposerId, scope.window.start ?? '-infinity', scope.window.end ?? 'infinity'],
  };
}

/** How many adds count against the scope's quota now. */
export async function countQuotaUse(db: Queryable, scope: QuotaScope): Promise<number> {
  const count = quotaCountQuery(scope, 1);
  const [row] = await db.query<{ used: number }>(`SELECT ${count.sql} AS used`, count.params);
  return Number(row?.used ?? 0);
}
