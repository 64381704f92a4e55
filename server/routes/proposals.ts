import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { DecisionSchema, PROPOSAL_STATUSES } from '../../lib/schema/proposal';
import { ProposalRequestSchema } from '../../lib/tal/new-proposal';
import { maySee } from '../../lib/tal/permissions';
import { findProposal, visibleProposals } from '../db/proposals';
import type { AppDeps } from '../deps';
import { requireRole } from '../http/auth';
import { limitBody, MAX_BODY, readBody } from '../http/body';
import type { AppEnv } from '../http/env';
import { badRequest, HttpError, notFound } from '../http/errors';
import { createProposal } from '../services/create-proposal';
import { decideProposal, withdrawProposal } from '../services/decide-proposal';

const ListQuerySchema = z.strictObject({
  status: z.enum(PROPOSAL_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).optional(),
});
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** Spec §6 proposals: create (rep or manager), list (by visibility), decide (manager of the team or admin), withdraw (proposer). */
export function proposalsRoutes({ db, clock, newId = randomUUID }: AppDeps) {
  return new Hono<AppEnv>()
    .post('/', limitBody(MAX_BODY), async (c) => {
      const member = c.get('member');
      requireRole(member, ['rep', 'manager'], 'make proposals');
      const key = c.req.header('idempotency-key');
      if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) throw badRequest('Idempotency-Key must be 1 to 200 visible ASCII characters');
      const request = await readBody(c, ProposalRequestSchema);
      if (member.team === null) throw new HttpError(409, 'unknown-team', 'this member belongs to no team');
      const { proposal, replayed } = await createProposal(db, {
        request,
        proposer: { ...member, team: member.team },
        idempotencyKey: key,
        now: clock(),
        newId,
      });
      if (replayed) c.header('Idempotent-Replayed', 'true');
      return c.json(proposal, 201);
    })
    .get('/', async (c) => {
      const query = ListQuerySchema.safeParse(c.req.query());
      if (!query.success)
        throw badRequest(`status must be one of ${PROPOSAL_STATUSES.join(', ')}, and limit a whole number from 1 to 10000`);
      return c.json(await visibleProposals(db, c.get('member'), query.data.status, query.data.limit ?? null));
    })
    .get('/:id', async (c) => {
      const proposal = await findProposal(db, c.req.param('id'));
      if (proposal === undefined || !maySee(c.get('member'), proposal)) throw notFound('unknown-proposal', 'no such proposal');
      return c.json(proposal);
    })
    .post('/:id/decision', limitBody(MAX_BODY), async (c) => {
      const member = c.get('member');
      requireRole(member, ['manager', 'admin'], 'decide proposals');
      const decision = await readBody(c, DecisionSchema);
      return c.json(await decideProposal(db, c.req.param('id'), decision, member, clock()));
    })
    .post('/:id/withdraw', limitBody(MAX_BODY), async (c) => {
      // No body is needed; one that is sent must be empty or `{}`.
      if ((await c.req.text()).trim() !== '') await readBody(c, z.strictObject({}));
      return c.json(await withdrawProposal(db, c.req.param('id'), c.get('member'), clock()));
    });
}
