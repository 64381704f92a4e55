import type { Member } from '../schema/member';
import type { Decision, Proposal } from '../schema/proposal';
import { mayDecide, mayWithdraw } from './permissions';
import { type Checked, refuse } from './refusal';

/**
 * Approves or rejects a pending proposal: the manager of its team or an admin, once. With
 * `separateDuties` (team mode, spec §6) nobody decides their own proposal; solo mode's one person does.
 */
export function decide(
  proposal: Proposal,
  decision: Decision,
  decider: Member,
  now: Date,
  options: { separateDuties?: boolean } = {},
): Checked<{ proposal: Proposal }> {
  if (!mayDecide(decider, proposal))
    return refuse('forbidden', `only a manager of team "${proposal.team}" or an admin decides this proposal`);
  if (options.separateDuties && proposal.proposerId === decider.id) {
    return refuse('own-proposal', 'nobody decides their own proposal: another manager of the team, or an admin, does');
  }
  if (proposal.status !== 'pending') return refuse('already-decided', `this proposal is already ${proposal.status}`);
  return {
    ok: true,
    proposal: {
      ...proposal,
      status: decision.decision === 'approve' ? 'approved' : 'rejected',
      decidedAt: now.toISOString(),
      deciderId: decider.id,
      deciderName: decider.name,
      ...(decision.note === undefined ? {} : { note: decision.note }),
    },
  };
}

/** Takes back a pending proposal: only its proposer; its place in the quota is freed. */
export function withdraw(proposal: Proposal, member: Member, now: Date): Checked<{ proposal: Proposal }> {
  if (!mayWithdraw(member, proposal)) return refuse('forbidden', 'only the proposer withdraws a proposal');
  if (proposal.status !== 'pending') return refuse('already-decided', `this proposal is already ${proposal.status}`);
  return {
    ok: true,
    proposal: { ...proposal, status: 'withdrawn', decidedAt: now.toISOString(), deciderId: member.id, deciderName: member.name },
  };
}
