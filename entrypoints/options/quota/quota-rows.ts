import type { Playbook } from '@/lib/schema/playbook';
import type { Proposal } from '@/lib/schema/proposal';
import { countsTowardQuota, quotaScope, quotaUsage } from '@/lib/tal/quota';

/** One bar of the quota dashboard: a team's or a rep's adds this period, against its limit when it has one. */
export type QuotaRow = { key: string; label: string; used: number; limit?: number };

/**
 * Use of the add quota in the current period, per team and per rep (lib/tal's counting: pending and
 * approved adds; rejected and withdrawn ones free their place). A rep's limit is shown only where
 * the team's quota is per rep.
 */
export function quotaRows(
  proposals: readonly Proposal[],
  playbook: Pick<Playbook, 'tal'>,
  now: Date,
  personName: (id: string, name: string | undefined) => string = (id, name) => name ?? id,
) {
  const teams: QuotaRow[] = [];
  const reps: QuotaRow[] = [];
  for (const team of playbook.tal.teams) {
    const usage = quotaUsage(proposals, team, playbook, now);
    teams.push({ key: team.id, label: team.name, used: usage.used, ...(team.scope === 'team' ? { limit: team.addQuota } : {}) });
    const teamScope = quotaScope(team, playbook, now);
    const proposers = [...new Set(proposals.filter((p) => countsTowardQuota(p, teamScope)).map((p) => p.proposerId))].sort();
    for (const proposerId of proposers) {
      const used = proposals.filter((p) => p.proposerId === proposerId && countsTowardQuota(p, teamScope)).length;
      reps.push({
        key: `${team.id}/${proposerId}`,
        label: `${personName(proposerId, proposals.find((p) => p.proposerId === proposerId && p.proposerName)?.proposerName)} (${team.name})`,
        used,
        ...(team.scope === 'rep' ? { limit: team.addQuota } : {}),
      });
    }
  }
  return { teams, reps, period: playbook.tal.period };
}
