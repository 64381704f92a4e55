import type { Member } from '../schema/member';
import type { Proposal } from '../schema/proposal';

/** Reps and managers propose; an admin runs the server and has no quota of its own. */
export function mayPropose(member: Member): boolean {
  return member.role === 'rep' || member.role === 'manager';
}

/** A manager decides the proposals of their own team; an admin decides any. */
export function mayDecide(member: Member, proposal: Pick<Proposal, 'team'>): boolean {
  return member.role === 'admin' || (member.role === 'manager' && member.team === proposal.team);
}

/** Only the proposer takes a proposal back. */
export function mayWithdraw(member: Member, proposal: Pick<Proposal, 'proposerId'>): boolean {
  return member.id === proposal.proposerId;
}

/** Who sees a proposal: a rep its own, a manager its team's, an admin all. */
export function maySee(member: Member, proposal: Pick<Proposal, 'team' | 'proposerId'>): boolean {
  if (member.role === 'admin') return true;
  if (member.role === 'manager') return member.team === proposal.team;
  return member.id === proposal.proposerId;
}

/** Admins and managers edit the playbook (spec §6). */
export function mayEditPlaybook(member: Member): boolean {
  return member.role === 'admin' || member.role === 'manager';
}
