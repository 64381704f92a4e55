import { Hono } from 'hono';
import { type Member, NewMemberSchema } from '../../lib/tal/member';
import { insertMember } from '../db/members';
import type { AppDeps } from '../deps';
import { requireRole } from '../http/auth';
import { limitBody, MAX_BODY, readBody } from '../http/body';
import type { AppEnv } from '../http/env';
import { hashToken, newToken } from '../http/tokens';

/** `POST /api/members` (admin): a new member and its token, shown only in this answer. */
export function membersRoutes({ db, clock, newId }: AppDeps & { newId: () => string }) {
  return new Hono<AppEnv>().post('/', limitBody(MAX_BODY), async (c) => {
    requireRole(c.get('member'), ['admin'], 'add members');
    const input = await readBody(c, NewMemberSchema);
    const member: Member = { id: newId(), name: input.name, role: input.role, team: input.team ?? null };
    const token = newToken();
    await insertMember(db, member, hashToken(token), clock());
    return c.json({ ...member, token }, 201);
  });
}
