import type { Account } from '../schema/account';
import type { Member } from '../schema/member';
import type { Playbook, Team } from '../schema/playbook';
import type { Proposal, ProposalInput } from '../schema/proposal';
import { isOnTal, owningTeam } from './membership';
import { countsTowardQuota, type QuotaUsage, quotaScope } from './quota';
import { type Checked, refuse } from './refusal';

/** What a proposal is checked against. */
export interface ProposalContext {
  /** The account proposed, or undefined when no such account is known. */
  account: (Pick<Account, 'id' | 'name' | 'onTal'> & Partial<Pick<Account, 'team'>>) | undefined;
  /** The proposals that concern this account, and (unless `used` is given) those that count toward the quota. */
  proposals: readonly Proposal[];
  playbook: Pick<Playbook, 'tal'> | undefined;
  proposer: Member;
  now: Date;
  /** Adds already counted against the quota, when the caller counted them itself (the server, in SQL). */
  used?: number;
  /**
   * Team mode's boundaries (spec §6): a removal only by the team the account belongs to on the TAL.
   * Solo mode has one person, who owns every account.
   */
  teamBoundaries?: boolean;
}

/**
 * Whether a rep may make this proposal now (spec §6): a reason, a known account, a known team, no
 * duplicate, and for an add a place left in the quota. On success, the team and the usage before it.
 */
export function checkProposal(input: ProposalInput, context: ProposalContext): Checked<{ team: Team; usage: QuotaUsage | null }> {
  const { account, proposals, playbook, proposer, now } = context;
  if (input.reason.trim() === '') return refuse('missing-reason', 'a proposal needs a reason');
  if (account === undefined) return refuse('unknown-account', `no account with id "${input.accountId}"`);
  const team = playbook?.tal.teams.find((t) => t.id === proposer.team);
  if (playbook === undefined || team === undefined) {
    return refuse('unknown-team', `team "${proposer.team ?? ''}" is not in the playbook's TAL teams`);
  }

  const own = proposals.filter((p) => p.accountId === account.id);
  if (own.some((p) => p.type === input.type && p.status === 'pending')) {
    return refuse('duplicate', `"${account.name}" already has an open ${input.type} proposal`);
  }
  const onTal = isOnTal(account, own);
  if (input.type === 'add' && onTal) return refuse('duplicate', `"${account.name}" is already on the TAL`);
  if (input.type === 'remove' && !onTal) return refuse('duplicate', `"${account.name}" is not on the TAL`);
  if (input.type === 'remove') {
    const owner = owningTeam(account, own);
    if (context.teamBoundaries && owner !== undefined && owner !== proposer.team) {
      return refuse('not-your-team', `"${account.name}" is on the TAL for team "${owner}"; only that team proposes its removal`);
    }
    return { ok: true, team, usage: null };
  }

  const scope = quotaScope(team, playbook, now, proposer.id);
  const used = context.used ?? proposals.filter((p) => countsTowardQuota(p, scope)).length;
  const usage: QuotaUsage = { team: team.id, period: scope.window.key, used, limit: team.addQuota, scope: team.scope };
  if (used >= team.addQuota) {
    const whose = team.scope === 'rep' ? 'your' : `team ${team.name}'s`;
    return refuse('quota-exceeded', `${whose} add quota for ${scope.window.key} is spent (${used} of ${team.addQuota})`, {
      used,
      limit: team.addQuota,
    });
  }
  return { ok: true, team, usage };
}
