import type { Member } from '../schema/member';
import type { OutboxItem } from '../schema/outbox-item';
import type { Proposal } from '../schema/proposal';
import type { TalDb } from './database';
import { type ProposalRow, ProposalRowSchema } from './rows';
import { sameJson } from './same-json';
import { isTeamProposal } from './team-mode';

/** Words around the server's reason for a refused proposal, in the user's language (the panel shows them as its note). */
export type RefusalNote = (serverMessage: string) => string;

/**
 * How an outbox item shows among the proposals before the server has it: pending while it waits
 * (no `syncedAt`: not on the server yet), rejected with the server's words once refused.
 */
export function outboxProposalRow(
  item: OutboxItem,
  proposer: Pick<Member, 'id' | 'team'>,
  now: Date,
  refusalNote: RefusalNote = (message) => message,
): ProposalRow {
  const { type, accountId, reason, evidence } = item.request;
  const base: ProposalRow = {
    id: item.idempotencyKey,
    type,
    accountId,
    reason,
    status: 'pending',
    proposerId: proposer.id,
    team: proposer.team ?? 'none',
    createdAt: item.createdAt,
    ...(evidence === undefined ? {} : { evidence }),
  };
  if (item.state !== 'refused' && item.state !== 'failed') return base;
  // Failed: the server's words about its own fault, as refusals carry theirs.
  const words = item.state === 'refused' ? (item.refusal?.message ?? '') : (item.lastError ?? '');
  return { ...base, status: 'rejected', decidedAt: now.toISOString(), note: refusalNote(words) };
}

export type ProposalMirror = {
  /** The proposals the server lists for this member; undefined when the pull did not get that far. */
  server?: readonly Proposal[];
  /** This member's outbox items. */
  outbox: readonly OutboxItem[];
  proposer: Pick<Member, 'id' | 'team'>;
  now: Date;
  refusalNote?: RefusalNote;
};

/**
 * Makes the proposals table show the team: the server's proposals, the outbox items still waiting
 * or refused, and, before the next pull, delivered ones as the server answered. Only rows that
 * changed are written, so live queries stay quiet when nothing happened; solo rows are never touched.
 */
export async function mirrorProposals(db: TalDb, { server, outbox, proposer, now, refusalNote }: ProposalMirror): Promise<void> {
  await db.transaction('rw', db.proposals, async () => {
    const existing = new Map((await db.proposals.toArray()).map((row) => [row.id, ProposalRowSchema.parse(row)]));
    const keys = new Set(outbox.map((item) => item.idempotencyKey));
    const wanted = new Map<string, ProposalRow>();
    const synced = (proposal: Proposal): ProposalRow => ({
      ...proposal,
      syncedAt: existing.get(proposal.id)?.syncedAt ?? now.toISOString(),
    });
    for (const item of outbox) {
      if (item.state !== 'delivered') {
        const before = existing.get(item.idempotencyKey);
        const row = outboxProposalRow(item, proposer, now, refusalNote);
        // A refusal keeps the moment and the words it was first shown with (a later language change does not rewrite it).
        wanted.set(
          row.id,
          before?.status === 'rejected' && row.status === 'rejected' ? { ...row, decidedAt: before.decidedAt, note: before.note } : row,
        );
      } else if (item.proposal && !server) wanted.set(item.proposal.id, synced(item.proposal));
    }
    for (const proposal of server ?? []) wanted.set(proposal.id, synced(proposal));

    const gone = [...existing.values()]
      .filter((row) => isTeamProposal(row, keys) && !wanted.has(row.id))
      // Without the server's list, only outbox rows that were delivered are known to be replaced.
      .filter((row) => server !== undefined || keys.has(row.id))
      .map((row) => row.id);
    const changed = [...wanted.values()].filter((row) => !sameJson(existing.get(row.id), row));
    await db.proposals.bulkDelete(gone);
    await db.proposals.bulkPut(changed.map((row) => ProposalRowSchema.parse(row)));
  });
}
