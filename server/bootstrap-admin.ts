import { announceTokenChange, hasAdmin, upsertAdmin } from './db/members';
import type { Db } from './db/types';
import { hashToken, newToken } from './http/tokens';

/** The member id of the admin that the server creates itself. */
export const FIRST_ADMIN_ID = 'admin';

/**
 * Makes sure an admin can sign in. With `envToken` (TAL_ADMIN_TOKEN), that token is the admin's;
 * otherwise, on first start only, a new token is made and returned so it can be printed once.
 */
export async function ensureAdmin(db: Db, envToken: string | undefined, now: Date): Promise<{ newToken?: string }> {
  if (envToken !== undefined && envToken !== '') {
    await upsertAdmin(db, FIRST_ADMIN_ID, hashToken(envToken), now);
    await announceTokenChange(db, db.kind);
    return {};
  }
  return db.transaction(async (tx) => {
    // Two servers starting on one database at once must not both print a token.
    await tx.exec('LOCK TABLE members IN SHARE ROW EXCLUSIVE MODE');
    if (await hasAdmin(tx)) return {};
    const token = newToken();
    await upsertAdmin(tx, FIRST_ADMIN_ID, hashToken(token), now);
    return { newToken: token };
  });
}
