import { z } from 'zod';
import type { Playbook, Team } from '../schema/playbook';
import type { Proposal } from '../schema/proposal';
import { isWithin, type PeriodWindow, periodOf } from './period';

/** What `GET /api/quota` answers: the caller's team, the current period's key, adds used and the limit. */
export const QuotaUsageSchema = z.object({
  team: z.string(),
  period: z.string(),
  used: z.number().int().nonnegative(),
  limit: z.number().int().nonnegative(),
  scope: z.enum(['team', 'rep']),
});
export type QuotaUsage = z.infer<typeof QuotaUsageSchema>;

/** Which proposals share one quota: a team's (or, with scope `rep`, one proposer's) adds in one period. */
export interface QuotaScope {
  team: Team;
  proposerId: string | null;
  window: PeriodWindow;
}

/** The quota that a new add by `proposerId` in `team` at `now` draws on. */
export function quotaScope(team: Team, playbook: Pick<Playbook, 'tal'>, now: Date, proposerId?: string): QuotaScope {
  return {
    team,
    proposerId: team.scope === 'rep' ? (proposerId ?? null) : null,
    window: periodOf(now, playbook.tal.period),
  };
}

/** A key naming one quota scope, e.g. `emea/2026-Q4` or `emea/rep-7/2026-Q4`: the server locks on it. */
export function quotaScopeKey(scope: QuotaScope): string {
  return [scope.team.id, ...(scope.proposerId === null ? [] : [scope.proposerId]), scope.window.key].map(encodeURIComponent).join('/');
}

/**
 * Pending and approved adds created in the scope's period count; rejected and withdrawn ones free
 * their place, and removals never count. The server's SQL count mirrors this predicate exactly.
 */
export function countsTowardQuota(proposal: Proposal, scope: QuotaScope): boolean {
  return (
    proposal.type === 'add' &&
    (proposal.status === 'pending' || proposal.status === 'approved') &&
    proposal.team === scope.team.id &&
    (scope.proposerId === null || proposal.proposerId === scope.proposerId) &&
    isWithin(scope.window, new Date(proposal.createdAt))
  );
}

/**
 * How much of a team's (or, with scope `rep`, of `proposerId`'s) add quota the current period has used.
 * With scope `rep` and no proposer, the whole team's adds are counted against the per-rep limit.
 */
export function quotaUsage(
  proposals: readonly Proposal[],
  team: Team,
  playbook: Pick<Playbook, 'tal'>,
  now: Date,
  proposerId?: string,
): QuotaUsage {
  const scope = quotaScope(team, playbook, now, proposerId);
  const used = proposals.filter((p) => countsTowardQuota(p, scope)).length;
  return { team: team.id, period: scope.window.key, used, limit: team.addQuota, scope: team.scope };
}
