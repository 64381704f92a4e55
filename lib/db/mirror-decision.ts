import type { Proposal } from '../schema/proposal';
import type { TalDb } from './database';
import { ProposalRowSchema } from './rows';
import { decisionRecord, getTalOverride } from './tal-overrides';

/**
 * Mirrors the server's answer to a decision or withdrawal at once, so the Review queue and the TAL
 * follow without waiting for the next sync: the proposal as the server has it, and for an approval
 * the account's TAL membership (source `server`, as the sync would write it).
 */
export async function mirrorTeamDecision(db: TalDb, proposal: Proposal, now: Date): Promise<void> {
  await db.transaction('rw', db.proposals, db.talOverrides, async () => {
    const before = await db.proposals.get(proposal.id);
    await db.proposals.put(ProposalRowSchema.parse({ ...proposal, syncedAt: before?.syncedAt ?? now.toISOString() }));
    if (proposal.status !== 'approved') return;
    await db.talOverrides.put(decisionRecord(proposal, await getTalOverride(db, proposal.accountId), 'server', now));
  });
}
