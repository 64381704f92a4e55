import type { AccountCache } from '../../db/account-cache';
import type { TalDb } from '../../db/database';
import { openAccountCache } from '../../db/dexie-account-cache';
import { getActivePlaybook } from '../../db/playbooks';
import { getProposal, listProposals } from '../../db/proposals';
import { putRecertifications } from '../../db/recertifications';
import { ProposalRowSchema } from '../../db/rows';
import { decisionRecord, getTalOverride, isOnTal } from '../../db/tal-overrides';
import { DecisionSchema, EvidenceSchema, ProposalInputSchema } from '../../schema/proposal';
import { type Recertification, RecertifyRequestSchema } from '../../schema/recertification';
import { checkProposal } from '../../tal/check-proposal';
import { decide, withdraw } from '../../tal/decide';
import { newProposal } from '../../tal/new-proposal';
import { periodOf } from '../../tal/period';
import { mayPropose } from '../../tal/permissions';
import { proposingTeam } from '../../tal/proposing-team';
import { quotaUsage } from '../../tal/quota';
import { entryAccount, readTalEntries } from '../tal-entries';
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

    async recertify(request) {
      const parsed = RecertifyRequestSchema.safeParse(request);
      if (!parsed.success) return { ok: false, refusal: invalid(parsed.error.issues.map((i) => i.message).join('; ')) };
      const { accountIds, action, reason } = parsed.data;
      if (action === 'remove' && actor.role === 'rep') {
        return { ok: false, refusal: { code: 'forbidden', message: 'a rep proposes a removal; a manager removes now' } };
      }
      const entries = new Map((await readTalEntries(db)).map((entry) => [entry.accountId, entry]));
      const missing = accountIds.filter((id) => !entries.has(id));
      if (missing.length > 0) return { ok: false, refusal: invalid(`not on the TAL: ${missing.join(', ')}; nothing was recorded`) };
      return db.transaction('rw', db.proposals, db.talOverrides, db.meta, db.playbooks, async () => {
        const at = now();
        const period = periodOf(at, (await getActivePlaybook(db))?.playbook.tal.period ?? 'quarter').key;
        const records: Recertification[] = [];
        for (const id of new Set(accountIds)) {
          const account = entryAccount(entries.get(id) as Parameters<typeof entryAccount>[0]);
          const team = account.team ?? null;
          if (action === 'remove') {
            // Taken off now, as an approved removal: the change log and the TAL's record say who, when and why.
            const removal = {
              ...newProposal({ type: 'remove', accountId: id, reason }, { ...actor, team: team ?? actor.team }, newId(), at, account),
              status: 'approved' as const,
              decidedAt: at.toISOString(),
              deciderId: actor.id,
              deciderName: actor.name,
              note: `Recertification ${period}: ${reason}`,
            };
            await db.proposals.add(ProposalRowSchema.parse(removal));
            await db.talOverrides.put(decisionRecord(removal, await getTalOverride(db, id), 'proposal', at));
          }
          records.push({ accountId: id, period, action, reason, actorId: actor.id, actorName: actor.name, team, at: at.toISOString() });
        }
        await putRecertifications(db, records);
        return { ok: true, records };
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
