import { Hono } from 'hono';
import { formatIssues } from '../../lib/schema/issues';
import { AccountsUploadSchema } from '../../lib/schema/sync-contract';
import { beginUpload, commitUpload, discardUpload, lockUpload, stageBatch, stagedSummary } from '../db/account-uploads';
import type { Queryable } from '../db/types';
import type { AppDeps } from '../deps';
import { requireRole } from '../http/auth';
import { limitBody, MAX_ACCOUNTS_BODY, MAX_BODY, readJson } from '../http/body';
import type { AppEnv } from '../http/env';
import { HttpError, notFound } from '../http/errors';

/** The most batches one upload may have: 10,000 × up to 50 MB is far past any CRM export. */
const MAX_BATCH = 9_999;

/**
 * Staged uploads of accounts (admin), for sets too large for one `PUT /api/accounts`: begin, send
 * batches (each checked as `PUT /api/accounts` checks a body, and stored aside), then commit, which
 * applies them all in one transaction. Until the commit nothing of the upload is the team's data;
 * a failure or cancel (`DELETE`) leaves the accounts as they were.
 */
export function accountUploadsRoutes({ db, clock, newId }: AppDeps & { newId: () => string }) {
  /** Locks the caller's own upload, or answers 404 (another admin's upload is not theirs to touch). */
  async function ownUpload(tx: Queryable, id: string, memberId: string) {
    const upload = await lockUpload(tx, id);
    if (upload === undefined || upload.memberId !== memberId) throw notFound('unknown-upload', `no upload "${id}" (it may have expired)`);
    return upload;
  }

  return new Hono<AppEnv>()
    .post('/', limitBody(MAX_BODY), async (c) => {
      const member = c.get('member');
      requireRole(member, ['admin'], 'upload accounts');
      const id = newId();
      const now = clock();
      await db.transaction((tx) => beginUpload(tx, id, member.id, now));
      return c.json({ id, createdAt: now.toISOString() }, 201);
    })
    .put('/:id/batches/:batch', limitBody(MAX_ACCOUNTS_BODY), async (c) => {
      const member = c.get('member');
      requireRole(member, ['admin'], 'upload accounts');
      const batch = Number(c.req.param('batch'));
      if (!/^\d{1,4}$/.test(c.req.param('batch')) || batch > MAX_BATCH)
        throw new HttpError(400, 'invalid-path', `the batch number must be 0 to ${MAX_BATCH}`);
      const parsed = AccountsUploadSchema.safeParse(await readJson(c));
      if (!parsed.success) {
        const errors = formatIssues(parsed.error);
        throw new HttpError(
          400,
          'invalid-accounts',
          `batch ${batch} was refused (${errors.length} errors); nothing of the upload is applied`,
          {
            errors,
          },
        );
      }
      await db.transaction(async (tx) => {
        const upload = await ownUpload(tx, c.req.param('id'), member.id);
        if (upload.result !== null) throw new HttpError(409, 'committed', 'this upload is already committed: begin a new one');
        await stageBatch(tx, upload.id, batch, parsed.data, clock());
      });
      return c.json({ ok: true, batch, accounts: parsed.data.length });
    })
    .post('/:id/commit', limitBody(MAX_BODY), async (c) => {
      const member = c.get('member');
      requireRole(member, ['admin'], 'upload accounts');
      const result = await db.transaction(async (tx) => {
        const upload = await ownUpload(tx, c.req.param('id'), member.id);
        // A commit retried after its answer was lost gets the same answer, and changes nothing twice.
        if (upload.result !== null) return upload.result;
        const staged = await stagedSummary(tx, upload.id);
        if (staged.batches === 0) throw new HttpError(409, 'empty-upload', 'this upload has no batches: nothing to commit');
        if (staged.repeated.length > 0) {
          const errors = staged.repeated.map(
            ({ id, first, again }) => `batch ${again[0]} [${again[1]}].id: duplicate id "${id}" (first in batch ${first[0]} [${first[1]}])`,
          );
          throw new HttpError(400, 'invalid-accounts', `the upload gives an id twice; nothing was applied`, { errors });
        }
        return commitUpload(tx, upload.id, clock());
      });
      return c.json({ ok: true, ...result });
    })
    .delete('/:id', limitBody(MAX_BODY), async (c) => {
      const member = c.get('member');
      requireRole(member, ['admin'], 'upload accounts');
      await db.transaction(async (tx) => {
        const upload = await ownUpload(tx, c.req.param('id'), member.id);
        if (upload.result !== null) throw new HttpError(409, 'committed', 'this upload is already committed; its accounts stay');
        await discardUpload(tx, upload.id);
      });
      return c.json({ ok: true });
    });
}
