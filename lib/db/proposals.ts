import type { ProposalStatus } from '../schema/proposal';
import type { TalDb } from './database';
import { type ProposalRow, ProposalRowSchema } from './rows';
import { parseStoredRow } from './stored-row';

/** Stores a proposal (new, or updated by a decision or a sync). */
export async function putProposal(db: TalDb, proposal: ProposalRow) {
  await db.proposals.put(ProposalRowSchema.parse(proposal));
}

/** One proposal by id. */
export async function getProposal(db: TalDb, id: string): Promise<ProposalRow | undefined> {
  return parseStoredRow(ProposalRowSchema, await db.proposals.get(id), 'proposals', id);
}

/** Proposals, optionally of one status or one account, oldest first. */
export async function listProposals(db: TalDb, filter: { status?: ProposalStatus; accountId?: string } = {}): Promise<ProposalRow[]> {
  const collection = filter.status
    ? db.proposals.where('status').equals(filter.status)
    : filter.accountId
      ? db.proposals.where('accountId').equals(filter.accountId)
      : db.proposals.toCollection();
  const rows = (await collection.toArray()).map((row) => parseStoredRow(ProposalRowSchema, row, 'proposals', row.id) as ProposalRow);
  return rows
    .filter((row) => !filter.accountId || row.accountId === filter.accountId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
