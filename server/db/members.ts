import { type Member, MemberSchema } from '../../lib/schema/member';
import type { Queryable } from './types';

const COLUMNS = 'id, name, role, team';

/** The member holding the token with this hash, if any and not revoked. */
export async function findMemberByTokenHash(db: Queryable, tokenHash: string): Promise<Member | undefined> {
  const [row] = await db.query(`SELECT ${COLUMNS} FROM members WHERE token_hash = $1 AND revoked_at IS NULL`, [tokenHash]);
  return row === undefined ? undefined : MemberSchema.parse(row);
}

/** One member by id, revoked or not, with whether it is revoked. */
export async function findMember(db: Queryable, id: string): Promise<(Member & { revoked: boolean }) | undefined> {
  const [row] = await db.query(`SELECT ${COLUMNS}, revoked_at IS NOT NULL AS revoked FROM members WHERE id = $1`, [id]);
  return row === undefined ? undefined : { ...MemberSchema.parse(row), revoked: row.revoked === true };
}

/**
 * Revokes a member: its token stops working, its row stays (its name is on the proposals it made).
 * The hash is replaced by a value no token hashes to (hashes are 64 hex digits).
 */
export async function revokeMember(tx: Queryable, id: string, now: Date): Promise<void> {
  await tx.query(`UPDATE members SET revoked_at = $2, token_hash = 'revoked:' || id WHERE id = $1 AND revoked_at IS NULL`, [id, now]);
}

/** Gives a member a new token (by its hash); the old one stops working. */
export async function setMemberToken(tx: Queryable, id: string, tokenHash: string): Promise<void> {
  await tx.query('UPDATE members SET token_hash = $2 WHERE id = $1 AND revoked_at IS NULL', [id, tokenHash]);
}

/** How many admins can still sign in. */
export async function activeAdmins(db: Queryable): Promise<number> {
  const [row] = await db.query("SELECT count(*)::int AS n FROM members WHERE role = 'admin' AND revoked_at IS NULL");
  return Number(row?.n ?? 0);
}

/** Stores a new member with the hash of its token. */
export async function insertMember(db: Queryable, member: Member, tokenHash: string, now: Date): Promise<void> {
  await db.query('INSERT INTO members (id, name, role, team, token_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
    member.id,
    member.name,
    member.role,
    member.team,
    tokenHash,
    now,
  ]);
}

/** Whether any admin exists yet (revoked ones too: a first start happens once). */
export async function hasAdmin(db: Queryable): Promise<boolean> {
  const rows = await db.query("SELECT 1 FROM members WHERE role = 'admin' LIMIT 1");
  return rows.length > 0;
}

/** Makes `id` an admin whose token has this hash, replacing its old token (TAL_ADMIN_TOKEN may change). */
export async function upsertAdmin(db: Queryable, id: string, tokenHash: string, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO members (id, name, role, team, token_hash, created_at) VALUES ($1, 'Admin', 'admin', NULL, $2, $3)
     ON CONFLICT (id) DO UPDATE SET token_hash = EXCLUDED.token_hash, role = 'admin', revoked_at = NULL`,
    [id, tokenHash, now],
  );
}

/** Notes that a member used the server at `now`. */
export async function touchMember(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query('UPDATE members SET last_seen_at = $2 WHERE id = $1', [id, now]);
}

/** A member as the admin's list shows it: never a token (only hashes are stored, and not even those are read). */
export type MemberListing = Member & { createdAt: string; lastSeenAt: string | null; revoked: boolean; proposalsThisPeriod: number };

/** A period window: proposals made in [start, end) count; null bounds are open (the period `none`). */
export type Window = { start: Date | null; end: Date | null };

const iso = (value: unknown): string | null => (value === null || value === undefined ? null : new Date(value as string).toISOString());

/** Every member, or one team's reps and managers, by name; revoked ones too, marked; with the proposals each made in the window. */
export async function listMembers(db: Queryable, window: Window, team?: string): Promise<MemberListing[]> {
  const rows = await db.query(
    `SELECT ${COLUMNS}, created_at, last_seen_at, revoked_at IS NOT NULL AS revoked,
       (SELECT count(*)::int FROM proposals p WHERE p.proposer_id = members.id
          AND ($1::timestamptz IS NULL OR p.created_at >= $1) AND ($2::timestamptz IS NULL OR p.created_at < $2)) AS proposals
     FROM members ${team === undefined ? '' : 'WHERE team = $3'} ORDER BY lower(name), id`,
    team === undefined ? [window.start, window.end] : [window.start, window.end, team],
  );
  return rows.map((row) => ({
    ...MemberSchema.parse(row),
    createdAt: iso(row.created_at) as string,
    lastSeenAt: iso(row.last_seen_at),
    revoked: row.revoked === true,
    proposalsThisPeriod: Number(row.proposals ?? 0),
  }));
}

/**
 * Tells every process on a PostgreSQL server, at commit, that a token stopped working (a revocation,
 * a new token, a new admin token), so none keeps it in its member cache (server/app.ts listens).
 * Embedded PostgreSQL is one process, which clears its own cache.
 */
export async function announceTokenChange(db: Queryable, kind: 'pglite' | 'postgres'): Promise<void> {
  if (kind === 'postgres') await db.query("SELECT pg_notify('tal_members', 'token')");
}
