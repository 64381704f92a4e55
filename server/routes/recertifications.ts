import { Hono } from 'hono';
import { z } from 'zod';
import type { Proposal } from '../../lib/schema/proposal';
import { type Recertification, RecertifyRequestSchema } from '../../lib/schema/recertification';
import { owningTeam, talMembership } from '../../lib/tal/membership';
import { periodOf } from '../../lib/tal/period';
import { lockAccountWrites, talBase, touchAccount } from '../db/accounts';
import { currentTalSettings } from '../db/playbooks';
import { insertProposalWithKey } from '../db/proposal-writes';
import { approvedProposals } from '../db/proposals';
import { listRecertifications, upsertRecertification } from '../db/recertifications';
import type { AppDeps } from '../deps';
import { limitBody, MAX_BODY, readBody } from '../http/body';
import type { AppEnv } from '../http/env';
import { badRequest, forbidden, HttpError } from '../http/errors';

const ListQuerySchema = z.strictObject({ period: z.string().min(1).max(20).optional() });

/**
 * Recertification of the TAL each period (issue 28): `GET /api/recertifications?period=` lists the
 * records the caller may see (their team's; an admin all); `POST /api/recertifications` keeps
 * (confirms for this period) or removes TAL accounts at once, with a reason. Keep: a rep or manager
 * of the account's TAL team, or an admin; remove now: a manager of that team or an admin, as an
 * approved removal in the record (quota-neutral, as removals are). The whole request is refused when
 * one account is not on the TAL or not the caller's team's: nothing is half done.
 */
export function recertificationsRoutes({ db, clock, newId }: AppDeps & { newId: () => string }) {
  const periodNow = async () => periodOf(clock(), (await currentTalSettings(db))?.tal.period ?? 'quarter').key;
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const member = c.get('member');
      const query = ListQuerySchema.safeParse(c.req.query());
      if (!query.success) throw badRequest('the only query parameter is period');
      const period = query.data.period ?? (await periodNow());
      const records = await listRecertifications(db, period, member.role === 'admin' ? null : member.team);
      return c.json({ period, records });
    })
    .post('/', limitBody(MAX_BODY), async (c) => {
      const member = c.get('member');
      const request = await readBody(c, RecertifyRequestSchema);
      if (request.action === 'remove' && member.role === 'rep')
        throw forbidden('a rep proposes a removal; a manager or an admin removes now');
      const now = clock();
      const period = await periodNow();
      const records = await db.transaction(async (tx) => {
        // A removal moves the account into the next delta: the account writers' lock, as every account writer takes.
        await lockAccountWrites(tx);
        const [accounts, approved] = await Promise.all([talBase(tx), approvedProposals(tx)]);
        const onTal = talMembership(accounts, approved);
        const byId = new Map(accounts.map((a) => [a.id, a]));
        const ids = [...new Set(request.accountIds)];
        const missing = ids.filter((id) => !onTal.has(id));
        if (missing.length > 0) {
          throw new HttpError(409, 'not-on-tal', `not on the TAL: ${missing.slice(0, 10).join(', ')}; nothing was recorded`, {
            accountIds: missing,
          });
        }
        const teams = new Map(ids.map((id) => [id, owningTeam(byId.get(id) as { id: string; team?: string }, approved) ?? null]));
        const foreign = ids.filter((id) => member.role !== 'admin' && teams.get(id) !== member.team);
        if (foreign.length > 0) {
          throw new HttpError(403, 'not-your-team', `on another team's TAL: ${foreign.slice(0, 10).join(', ')}; nothing was recorded`, {
            accountIds: foreign,
          });
        }
        const made: Recertification[] = [];
        for (const id of ids) {
          const account = byId.get(id) as { id: string; name: string; domain?: string; team?: string };
          const team = teams.get(id) ?? null;
          const record: Recertification = {
            accountId: id,
            period,
            action: request.action,
            reason: request.reason,
            actorId: member.id,
            actorName: member.name,
            team,
            at: now.toISOString(),
          };
          if (request.action === 'remove') {
            const removal: Proposal = {
              id: newId(),
              type: 'remove',
              accountId: id,
              reason: request.reason,
              status: 'approved',
              proposerId: member.id,
              proposerName: member.name,
              team: team ?? member.team ?? 'none',
              createdAt: now.toISOString(),
              accountName: account.name,
              ...(account.domain === undefined ? {} : { accountDomain: account.domain }),
            };
            await insertProposalWithKey(tx, removal, undefined, now);
            await tx.query(`UPDATE proposals SET decided_at = $2, decider_id = $3, decider_name = $4, note = $5 WHERE id = $1`, [
              removal.id,
              now,
              member.id,
              member.name,
              `Recertification ${period}: ${request.reason}`,
            ]);
            await touchAccount(tx, id, now);
          }
          await upsertRecertification(tx, record);
          made.push(record);
        }
        return made;
      });
      return c.json({ period, records }, 201);
    });
}
