import { Hono } from 'hono';
import type { Member } from '../../lib/schema/member';
import type { Proposal } from '../../lib/schema/proposal';
import type { TalEntry, TalSnapshot } from '../../lib/schema/sync-contract';
import { owningTeam, talChanges, talMembership } from '../../lib/tal/membership';
import { type TalBaseAccount, talBase } from '../db/accounts';
import { approvedProposals } from '../db/proposals';
import type { AppDeps } from '../deps';
import type { AppEnv } from '../http/env';

/**
 * `GET /api/tal` (spec §6): every account on the TAL now with its team, and the approved changes
 * that led there. Everyone sees what is listed; the reasons, notes and evidence behind an entry
 * only its own team's members and admins.
 */
export function talRoutes({ db }: AppDeps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const member = c.get('member');
    const [accounts, approved] = await Promise.all([talBase(db), approvedProposals(db)]);
    const onTal = talMembership(accounts, approved);
    const changes = talChanges(approved);
    const seesAll = member.role === 'admin';
    const byId = new Map(accounts.map((a) => [a.id, a]));
    const accountIds = [...onTal].sort();
    const snapshot: TalSnapshot = {
      accountIds,
      entries: accountIds.map((id) => talEntry(byId.get(id) as TalBaseAccount, changes, member)),
      changes: changes.filter((p) => seesAll || p.team === member.team),
    };
    return c.json(snapshot);
  });
}

function talEntry(account: TalBaseAccount, changes: readonly Proposal[], member: Member): TalEntry {
  const own = changes.filter((p) => p.accountId === account.id);
  const team = owningTeam(account, own);
  const added = own.at(-1)?.type === 'add' ? own.at(-1) : undefined;
  const mayRead = member.role === 'admin' || (team !== undefined && member.team === team);
  return {
    accountId: account.id,
    ...(team === undefined ? {} : { team }),
    accountName: account.name,
    ...(account.domain === undefined ? {} : { accountDomain: account.domain }),
    ...(added === undefined
      ? {}
      : {
          ...(added.decidedAt === undefined ? {} : { since: added.decidedAt }),
          ...(added.proposerName === undefined ? {} : { proposerName: added.proposerName }),
          ...(added.deciderName === undefined ? {} : { deciderName: added.deciderName }),
          ...(mayRead ? { reason: added.reason, ...(added.note === undefined ? {} : { note: added.note }) } : {}),
          ...(mayRead && added.evidence !== undefined ? { evidence: added.evidence } : {}),
        }),
  };
}
