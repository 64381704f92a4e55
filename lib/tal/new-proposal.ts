import type { Member } from '../schema/member';
import type { Proposal, ProposalRequest } from '../schema/proposal';

export { type ProposalRequest, ProposalRequestSchema } from '../schema/proposal';

/** The account a proposal is about, as it was known when proposed. */
export type ProposedAccount = { name: string; domain?: string | undefined };

/** A new pending proposal, as the server stores it and an offline client shows it. */
export function newProposal(
  request: ProposalRequest,
  proposer: Member & { team: string },
  id: string,
  now: Date,
  account?: ProposedAccount,
): Proposal {
  return {
    id,
    type: request.type,
    accountId: request.accountId,
    reason: request.reason,
    status: 'pending',
    proposerId: proposer.id,
    team: proposer.team,
    createdAt: now.toISOString(),
    ...(request.evidence === undefined ? {} : { evidence: request.evidence }),
    proposerName: proposer.name,
    ...(account === undefined ? {} : { accountName: account.name }),
    ...(account?.domain ? { accountDomain: account.domain } : {}),
  };
}
