import type { Member } from '../../lib/schema/member';
import type { Decision, Proposal } from '../../lib/schema/proposal';
import { decide, withdraw } from '../../lib/tal/decide';
import { lockAccount, lockAccountWrites, touchAccount } from '../db/accounts';
import { findProposal, updateProposalStatus } from '../db/proposals';
import type { Db } from '../db/types';
import { notFound } from '../http/errors';
import { refusalError } from '../http/refusals';

/**
 * Approves or rejects a proposal (nobody their own: spec §6). The account writers' lock is taken
 * first (an approval moves the account into the next delta, as every account writer does), then the
 * account (the order proposal creation uses too), then the proposal row, so two managers deciding
 * at once get one 200 and one 409.
 */
export async function decideProposal(db: Db, id: string, decision: Decision, decider: Member, now: Date): Promise<Proposal> {
  return db.transaction(async (tx) => {
    const seen = await findProposal(tx, id);
    if (seen === undefined) throw notFound('unknown-proposal', `no proposal with id "${id}"`);
    await lockAccountWrites(tx);
    await lockAccount(tx, seen.accountId);
    const proposal = (await findProposal(tx, id, true)) ?? seen;
    const result = decide(proposal, decision, decider, now, { separateDuties: true });
    if (!result.ok) throw refusalError(result.refusal);
    await updateProposalStatus(tx, result.proposal);
    if (result.proposal.status === 'approved') await touchAccount(tx, proposal.accountId, now);
    return result.proposal;
  });
}

/** Withdraws a pending proposal on its proposer's behalf, freeing its place in the quota. */
export async function withdrawProposal(db: Db, id: string, member: Member, now: Date): Promise<Proposal> {
  return db.transaction(async (tx) => {
    const proposal = await findProposal(tx, id, true);
    if (proposal === undefined) throw notFound('unknown-proposal', `no proposal with id "${id}"`);
    const result = withdraw(proposal, member, now);
    if (!result.ok) throw refusalError(result.refusal);
    await updateProposalStatus(tx, result.proposal);
    return result.proposal;
  });
}
