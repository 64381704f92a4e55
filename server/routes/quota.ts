import { Hono } from 'hono';
import { z } from 'zod';
import { type QuotaUsage, quotaScope } from '../../lib/tal/quota';
import { currentTalSettings } from '../db/playbooks';
import { countQuotaUse } from '../db/proposals';
import type { AppDeps } from '../deps';
import type { AppEnv } from '../http/env';
import { badRequest, forbidden, notFound } from '../http/errors';

const QuotaQuerySchema = z.strictObject({ team: z.string().min(1).max(200).optional() });

/**
 * `GET /api/quota` → `{team, period, used, limit, scope}` for the caller's team (with scope `rep`,
 * the caller's own adds). An admin, who has no team, names one with `?team=<id>`.
 */
export function quotaRoutes({ db, clock }: AppDeps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const member = c.get('member');
    const query = QuotaQuerySchema.safeParse(c.req.query());
    if (!query.success) throw badRequest('the only query parameter is team');
    const teamId = query.data.team ?? member.team;
    if (teamId === null) throw badRequest('an admin names the team: GET /api/quota?team=<id>');
    if (member.role !== 'admin' && teamId !== member.team) throw forbidden('only an admin reads the quota of another team');
    const playbook = await currentTalSettings(db);
    const team = playbook?.tal.teams.find((t) => t.id === teamId);
    if (playbook === undefined || team === undefined) throw notFound('unknown-team', `team "${teamId}" is not in the playbook's TAL teams`);
    const scope = quotaScope(team, playbook, clock(), member.id);
    const usage: QuotaUsage = {
      team: team.id,
      period: scope.window.key,
      used: await countQuotaUse(db, scope),
      limit: team.addQuota,
      scope: team.scope,
    };
    return c.json(usage);
  });
}
