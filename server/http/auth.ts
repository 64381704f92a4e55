import { createMiddleware } from 'hono/factory';
import type { Member, Role } from '../../lib/schema/member';
import { findMemberByTokenHash } from '../db/members';
import type { Db } from '../db/types';
import type { AppEnv } from './env';
import { forbidden, HttpError } from './errors';
import type { MemberCache } from './member-cache';
import { hashToken } from './tokens';

/** Refuses with 401 any request without a valid `Authorization: Bearer <token>`; else sets `member`. */
export function authenticate(db: Db, cache: MemberCache, seen?: (memberId: string) => Promise<void>) {
  const lookUp = async (tokenHash: string) => {
    const member = cache.get(tokenHash) ?? (await findMemberByTokenHash(db, tokenHash));
    if (member !== undefined) cache.set(tokenHash, member);
    return member;
  };
  return createMiddleware<AppEnv>(async (c, next) => {
    const match = /^Bearer (\S{1,1024})$/.exec(c.req.header('authorization') ?? '');
    const member = match?.[1] === undefined ? undefined : await lookUp(hashToken(match[1]));
    if (member === undefined) {
      c.header('WWW-Authenticate', 'Bearer');
      throw new HttpError(401, 'unauthorized', 'a valid "Authorization: Bearer <token>" header is required');
    }
    c.set('member', member);
    await seen?.(member.id);
    await next();
  });
}

/** Throws 403 unless the member has one of the roles. */
export function requireRole(member: Member, roles: readonly Role[], action: string): void {
  if (!roles.includes(member.role)) throw forbidden(`a ${member.role} may not ${action}; this needs: ${roles.join(' or ')}`);
}
