import { Hono } from 'hono';
import { type Member, NewMemberSchema } from '../../lib/schema/member';
import { periodOf } from '../../lib/tal/period';
import { activeAdmins, announceTokenChange, findMember, insertMember, listMembers, revokeMember, setMemberToken } from '../db/members';
import { currentTalSettings } from '../db/playbooks';
import type { Queryable } from '../db/types';
import type { AppDeps } from '../deps';
import { requireRole } from '../http/auth';
import { limitBody, MAX_BODY, readBody } from '../http/body';
import type { AppEnv } from '../http/env';
import { HttpError, notFound } from '../http/errors';
import type { MemberCache } from '../http/member-cache';
import { hashToken, newToken } from '../http/tokens';

type MembersDeps = AppDeps & { newId: () => string; members: MemberCache };

/**
 * `GET /api/members` (an extension of spec §6): an admin sees every member, a manager their own team's;
 * names, roles, teams, when each was added and last used the server, and whether revoked; never a
 * token. Spec §6 members (admin only): `POST /api/members` makes a member and its token, shown only in
 * that answer; `DELETE /api/members/<id>` revokes one at once; `POST /api/members/<id>/token`
 * issues a new token and revokes the old.
 */
export function membersRoutes({ db, clock, newId, members }: MembersDeps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const me = c.get('member');
      requireRole(me, ['admin', 'manager'], 'list members');
      const team = me.role === 'manager' ? (me.team ?? '') : undefined;
      // Proposals are counted in the playbook's quota period (a quarter by default), as the quota is.
      const window = periodOf(clock(), (await currentTalSettings(db))?.tal.period ?? 'quarter');
      return c.json({ members: await listMembers(db, window, team) });
    })
    .post('/', limitBody(MAX_BODY), async (c) => {
      requireRole(c.get('member'), ['admin'], 'add members');
      const input = await readBody(c, NewMemberSchema);
      const member: Member = { id: newId(), name: input.name, role: input.role, team: input.team ?? null };
      const token = newToken();
      await db.transaction(async (tx) => {
        if (member.team !== null) await requireTeamInPlaybook(tx, member.team);
        await insertMember(tx, member, hashToken(token), clock());
      });
      return c.json({ ...member, token }, 201);
    })
    .delete('/:id', async (c) => {
      requireRole(c.get('member'), ['admin'], 'revoke members');
      const revoked = await db.transaction(async (tx) => {
        const member = await liveMember(tx, c.req.param('id'));
        if (member.role === 'admin' && (await activeAdmins(tx)) <= 1) {
          throw new HttpError(409, 'last-admin', 'this is the last admin: add another admin first, or give this one a new token');
        }
        await revokeMember(tx, member.id, clock());
        await announceTokenChange(tx, db.kind);
        return member;
      });
      members.clear();
      return c.json({ ...revoked, revoked: true });
    })
    .post('/:id/token', limitBody(MAX_BODY), async (c) => {
      requireRole(c.get('member'), ['admin'], 'issue tokens');
      const token = newToken();
      const member = await db.transaction(async (tx) => {
        const member = await liveMember(tx, c.req.param('id'));
        await setMemberToken(tx, member.id, hashToken(token));
        await announceTokenChange(tx, db.kind);
        return member;
      });
      members.clear();
      return c.json({ ...member, token });
    });
}

async function liveMember(tx: Queryable, id: string): Promise<Member> {
  const found = await findMember(tx, id);
  if (found === undefined) throw notFound('unknown-member', `no member with id "${id}"`);
  if (found.revoked) throw new HttpError(409, 'revoked', `${found.name} was revoked; add them again as a new member`);
  const { revoked: _, ...member } = found;
  return member;
}

/** Reps and managers belong to a team of the playbook in force (so their proposals have a quota). */
async function requireTeamInPlaybook(tx: Queryable, team: string): Promise<void> {
  const tal = (await currentTalSettings(tx))?.tal;
  if (tal === undefined) throw new HttpError(409, 'unknown-team', 'put the playbook first: a member belongs to one of its tal.teams');
  if (!tal.teams.some((t) => t.id === team)) {
    throw new HttpError(
      409,
      'unknown-team',
      `team "${team}" is not in the playbook's tal.teams (${tal.teams.map((t) => t.id).join(', ')})`,
    );
  }
}
