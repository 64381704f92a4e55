import { type Member, MemberSchema } from '../../lib/tal/member';
import type { Queryable } from './types';

const COLUMNS = 'id, name, role, team';

/** The member holding the token with this hash, if any. */
export async function findMemberByTokenHash(db: Queryable, tokenHash: string): Promise<Member | undefined> {
  const [row] = await db.query(`SELECT ${COLUMNS} FROM members WHERE token_hash = $1`, [tokenHash]);
  return row === undefined ? undefined : MemberSchema.parse(row);
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

/** Whether any admin exists yet. */
export async function hasAdmin(db: Queryable): Promise<boolean> {
  const rows = await db.query("SELECT 1 FROM members WHERE role = 'admin' LIMIT 1");
  return rows.length > 0;
}

/** Makes `id` an admin whose token has this hash, replacing its old token (TAL_ADMIN_TOKEN may change). */
export async function upsertAdmin(db: Queryable, id: string, tokenHash: string, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO members (id, name, role, team, token_hash, created_at) VALUES ($1, 'Admin', 'admin', NULL, $2, $3)
     ON CONFLICT (id) DO UPDATE SET token_hash = EXCLUDED.token_hash, role = 'admin'`,
    [id, tokenHash, now],
  );
}
