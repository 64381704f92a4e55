import { Hono } from 'hono';
import type { TalSnapshot } from '../../lib/sync/contract';
import { talChanges, talMembership } from '../../lib/tal/membership';
import { talBase } from '../db/accounts';
import { approvedProposals } from '../db/proposals';
import type { AppDeps } from '../deps';
import type { AppEnv } from '../http/env';

/** `GET /api/tal` (an extension of spec §6): the accounts on the TAL now, and the approved changes that led there. */
export function talRoutes({ db }: AppDeps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const [accounts, approved] = await Promise.all([talBase(db), approvedProposals(db)]);
    const onTal = talMembership(accounts, approved);
    const snapshot: TalSnapshot = { accountIds: [...onTal].sort(), changes: talChanges(approved) };
    return c.json(snapshot);
  });
}
