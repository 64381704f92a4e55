import { Hono } from 'hono';
import { z } from 'zod';
import { formatIssues } from '../../lib/schema/issues';
import { AccountsUploadSchema } from '../../lib/schema/sync-contract';
import { accountChanges, deleteAccount, upsertAccounts } from '../db/accounts';
import type { AppDeps } from '../deps';
import { requireRole } from '../http/auth';
import { limitBody, MAX_ACCOUNTS_BODY, MAX_BODY, readJson } from '../http/body';
import type { AppEnv } from '../http/env';
import { HttpError, notFound } from '../http/errors';

const PAGE = { default: 1000, max: 10_000 };
const DeltaQuerySchema = z.strictObject({
  since: z
    .string()
    .regex(/^\d{1,15}$/, 'since must be a cursor from an earlier answer')
    .optional(),
  limit: z.coerce.number().int().min(1).max(PAGE.max).optional(),
});

/** `PUT /api/accounts` (admin), `GET /api/accounts?since=<cursor>` (delta sync), `DELETE /api/accounts/<id>` (admin). */
export function accountsRoutes({ db, clock }: AppDeps) {
  return new Hono<AppEnv>()
    .put('/', limitBody(MAX_ACCOUNTS_BODY), async (c) => {
      requireRole(c.get('member'), ['admin'], 'upload accounts');
      const parsed = AccountsUploadSchema.safeParse(await readJson(c));
      if (!parsed.success) {
        const errors = formatIssues(parsed.error);
        throw new HttpError(400, 'invalid-accounts', `the accounts were refused (${errors.length} errors); nothing was stored`, { errors });
      }
      const counts = await db.transaction((tx) => upsertAccounts(tx, parsed.data, clock()));
      return c.json({ ok: true, accounts: parsed.data.length, ...counts });
    })
    .get('/', async (c) => {
      const query = DeltaQuerySchema.safeParse(c.req.query());
      if (!query.success) throw new HttpError(400, 'invalid-query', formatIssues(query.error).join('; '));
      const since = query.data.since === undefined ? undefined : Number(query.data.since);
      const page = await accountChanges(db, since, query.data.limit ?? PAGE.default);
      return c.json({ ...page, cursor: String(page.cursor) });
    })
    .delete('/:id', limitBody(MAX_BODY), async (c) => {
      requireRole(c.get('member'), ['admin'], 'delete accounts');
      const id = c.req.param('id');
      const deleted = await db.transaction((tx) => deleteAccount(tx, id, clock()));
      if (!deleted) throw notFound('unknown-account', `no account with id "${id}"`);
      return c.json({ ok: true, id });
    });
}
