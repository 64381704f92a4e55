import type { AccountCache } from '../../db/account-cache';
import type { TalDb } from '../../db/database';
import { openAccountCache } from '../../db/dexie-account-cache';
import { getActivePlaybook } from '../../db/playbooks';
import { getProposal, listProposals } from '../../db/proposals';
import { ProposalRowSchema } from '../../db/rows';
import { decisionRecord, getTalOverride, isOnTal } from '../../db/tal-overrides';
import { DecisionSchema, EvidenceSchema, ProposalInputSchema } from '../../schema/proposal';
import { checkProposal } from '../../tal/check-proposal';
import { decide, withdraw } from '../../tal/decide';
import { newProposal } from '../../tal/new-proposal';
import { mayPropose } from '../../tal/permissions';
import { proposingTeam } from '../../tal/proposing-team';
import { quotaUsage } from '../../tal/quota';
import { fromTalRefusal, invalid } from './refusals';
import type { Actor, DecideResult, TalService } from './tal-service';

export type LocalTalServiceDeps = {
  db: TalDb;
  now: () => Date;
  actor: Actor;
  /** Where accounts are looked up; the Dexie account cache by default. */
  accounts?: Pick<AccountCache, 'getAccount'>;
  newId?: () => string;
};

/**
 * The TAL service of solo mode, over the local Dexie database with lib/tal's rules. Each write reads
 * and writes in one read-write transaction over the proposals table, which IndexedDB runs one at a
 * time: two quick clicks cannot both take the last place in the quota, nor decide one proposal twice.
 */
export function createLocalTalService({
  db,
  now,
  actor,
  accounts = openAccountCache(db),
  newId = () => crypto.randomUUID(),
}: LocalTalServiceDeps): TalService {
  const change = (id: string, act: (proposal: NonNullable<Awaited<ReturnType<typeof getProposal>>>, at: Date) => Promise<DecideResult>) =>
    db.transaction('rw', db.proposals, db.talOverrides, async (): Promise<DecideResult> => {
      const proposal = await getProposal(db, id);
      return proposal ? act(proposal, now()) : { ok: false, refusal: invalid(`no proposal with id "${id}"`) };
    });

  return {
    me: async () => actor,

    async propose(input, evidence) {
      const parsed = ProposalInputSchema.safeParse(input);
      if (!parsed.success) {
        const reasonMissing = parsed.error.issues.some((issue) => issue.path[0] === 'reason');
        return {
          ok: false,
          refusal: reasonMissing ? { code: 'missing-reason', message: 'a proposal needs a reason' } : invalid(parsed.error.message),
        };
      }
      if (!mayPropose(actor)) return { ok: false, refusal: { code: 'forbidden', message: `a ${actor.role} does not propose` } };
      const account = await accounts.getAccount(parsed.data.accountId);
      const attached = EvidenceSchema.safeParse(evidence);
      return db.transaction('rw', db.proposals, db.playbooks, db.talOverrides, async () => {
        const at = now();
        const [active, proposals, override] = await Promise.all([
          getActivePlaybook(db),
          listProposals(db),
          account ? getTalOverride(db, account.id) : undefined,
        ]);
        // Solo mode proposes for the account's team (lib/tal/proposing-team); a team member for their own.
        const proposer = { ...actor, team: proposingTeam(actor, account, active?.playbook) };
        const checked = checkProposal(parsed.data, {
          account: account && { id: account.id, name: account.name, onTal: isOnTal(account, override) },
          proposals,
          playbook: active?.playbook,
          proposer,
          now: at,
        });
        if (!checked.ok) return { ok: false, refusal: fromTalRefusal(checked.refusal) };
        const request = { ...parsed.data, ...(attached.success ? { evidence: attached.data } : {}) };
        const proposal = newProposal(request, { ...actor, team: checked.team.id }, newId(), at, account);
        await db.proposals.add(ProposalRowSchema.parse(proposal));
        return { ok: true, proposal, queued: false };
      });
    },

    withdraw: (proposalId) =>
      change(proposalId, async (proposal, at) => {
        const result = withdraw(proposal, actor, at);
        if (!result.ok) return { ok: false, refusal: fromTalRefusal(result.refusal) };
        await db.proposals.put(result.proposal);
        return { ok: true, proposal: result.proposal };
      }),

    async decide(proposalId, decision) {
      const parsed = DecisionSchema.safeParse(decision);
      if (!parsed.success) return { ok: false, refusal: invalid(parsed.error.message) };
      return change(proposalId, async (proposal, at) => {
        const result = decide(proposal, parsed.data, actor, at);
        if (!result.ok) return { ok: false, refusal: fromTalRefusal(result.refusal) };
        await db.proposals.put(result.proposal);
        if (result.proposal.status === 'approved') {
          // Approving an add puts the account on the TAL, approving a removal takes it off; the record
          // keeps the name it was proposed under, whatever later data lacks.
          await db.talOverrides.put(decisionRecord(result.proposal, await getTalOverride(db, proposal.accountId), 'proposal', at));
        }
        return { ok: true, proposal: result.proposal };
      });
    },

    async quota(teamId = actor.team) {
      return db.transaction('r', db.proposals, db.playbooks, async () => {
        const [active, proposals] = await Promise.all([getActivePlaybook(db), listProposals(db)]);
        const team = active?.playbook.tal.teams.find((t) => t.id === teamId);
        if (!active || !team) throw new Error(`team "${teamId}" is not in the playbook's TAL teams`);
        const usage = quotaUsage(proposals, team, active.playbook, now(), actor.id);
        return { team: team.id, teamName: team.name, period: active.playbook.tal.period, used: usage.used, limit: usage.limit };
      });
    },
  };
}
