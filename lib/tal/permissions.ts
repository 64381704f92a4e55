import type { Member } from '../schema/member';
import type { Proposal } from '../schema/proposal';
import { SOLO_ID } from './names';

/** Reps and managers propose; an admin runs the server and has no quota of its own. */
export function mayPropose(member: Member): boolean {
  return member.role === 'rep' || member.role === 'manager';
}

/** Solo mode's one person manages every team: their adds count against the account's team (proposing-team). */
function managesEveryTeam(member: Pick<Member, 'id'>): boolean {
  return member.id === SOLO_ID;
}

/** A manager decides the proposals of their own team; an admin (and solo mode's one person) decides any. */
export function mayDecide(member: Member, proposal: Pick<Proposal, 'team'>): boolean {
  if (managesEveryTeam(member)) return true;
  return member.role === 'admin' || (member.role === 'manager' && member.team === proposal.team);
}

/** Only the proposer takes a proposal back. */
export function mayWithdraw(member: Member, proposal: Pick<Proposal, 'proposerId'>): boolean {
  return member.id === proposal.proposerId;
}

/** Who sees a proposal: a rep its own, a manager its team's, an admin (and solo mode's one person) all. */
export function maySee(member: Member, proposal: Pick<Proposal, 'team' | 'proposerId'>): boolean {
  if (member.role === 'admin' || managesEveryTeam(member)) return true;
  if (member.role === 'manager') return member.team === proposal.team;
  return member.id === proposal.proposerId;
}

/** Admins and managers edit the playbook (spec §6). */
export function mayEditPlaybook(member: Member): boolean {
  return member.role === 'admin' || member.role === 'manager';
}
