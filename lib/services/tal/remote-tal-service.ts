import type { AccountCache } from '../../db/account-cache';
import type { TalDb } from '../../db/database';
import { mirrorTeamDecision } from '../../db/mirror-decision';
import { outboxProposalRow } from '../../db/mirror-proposals';
import { createDexieOutbox } from '../../db/outbox';
import { getActivePlaybook } from '../../db/playbooks';
import { putProposal } from '../../db/proposals';
import { putRecertifications } from '../../db/recertifications';
import type { Translate } from '../../i18n';
import { DecisionSchema, EvidenceSchema, type Proposal, ProposalInputSchema } from '../../schema/proposal';
import { RecertifyRequestSchema } from '../../schema/recertification';
import type { TeamServer } from '../../settings/team';
import type { TalClient } from '../../sync/client';
import { TalNetworkError } from '../../sync/errors';
import { enqueueProposal, retryOutboxItem } from '../../sync/outbox';
import { mayPropose } from '../../tal/permissions';
import { refusalFromServer } from './server-refusals';
import type { DecideResult, ProposeResult, TalService } from './tal-service';
import { periodKind, teamActor } from './team-actor';

export type RemoteTalServiceDeps = {
  db: TalDb;
  server: TeamServer;
  client: Pick<TalClient, 'decide' | 'withdraw' | 'quota' | 'recertify'>;
  accounts: Pick<AccountCache, 'getAccount'>;
  /** Asks the background to sync now (it sends the outbox); resolves when that sync is over. */
  askSync(): Promise<unknown>;
  /** The user's language, for the words of an offline decision. */
  translate(): Promise<Translate>;
  now?: () => Date;
  newKey?: () => string;
};

/**
 * The TAL service of team mode. A proposal goes into the outbox with its idempotency key, shows at
 * once as pending (waiting), and is sent by the background now or whenever the server is back,
 * exactly once. Decisions and withdrawals go to the server at once (they need its answer) and are
 * mirrored locally; `me` is the member the server named; `quota` is the server's.
 */
export function createRemoteTalService(deps: RemoteTalServiceDeps): TalService {
  const { db, server, client, accounts, now = () => new Date() } = deps;
  const member = server.member;
  const outbox = createDexieOutbox(db, { server: server.url, memberId: member.id });

  /** Calls the server; its refusals become results, and an unreachable server an error in the user's words. */
  const ask = async (act: () => Promise<Proposal>): Promise<DecideResult> => {
    try {
      const proposal = await act();
      await mirrorTeamDecision(db, proposal, now());
      return { ok: true, proposal };
    } catch (error) {
      const refusal = refusalFromServer(error);
      if (refusal) return { ok: false, refusal };
      if (error instanceof TalNetworkError) throw new Error((await deps.translate())('team.offline.action'), { cause: error });
      throw error;
    }
  };

  return {
    me: async () => teamActor(member),

    async propose(input, evidence): Promise<ProposeResult> {
      const parsed = ProposalInputSchema.safeParse(input);
      if (!parsed.success) {
        const reasonMissing = parsed.error.issues.some((issue) => issue.path[0] === 'reason');
        return { ok: false, refusal: { code: reasonMissing ? 'missing-reason' : 'invalid', message: parsed.error.message } };
      }
      if (!mayPropose(member)) return { ok: false, refusal: { code: 'forbidden', message: `a ${member.role} does not propose` } };
      if (!(await accounts.getAccount(parsed.data.accountId)))
        return { ok: false, refusal: { code: 'unknown-account', message: 'the account is not in the cache synced from the team server' } };
      const attached = EvidenceSchema.safeParse(evidence);
      const request = { ...parsed.data, ...(attached.success ? { evidence: attached.data } : {}) };
      const item = await enqueueProposal(outbox, request, { now: now(), ...(deps.newKey ? { newKey: deps.newKey } : {}) });
      const waiting = outboxProposalRow(item, member, now());
      await putProposal(db, waiting);
      await deps.askSync().catch((error: unknown) => console.warn('TAL Scout: the background did not sync the new proposal', error));
      const after = await outbox.get(item.idempotencyKey);
      if (after?.state === 'delivered' && after.proposal) return { ok: true, proposal: after.proposal, queued: false };
      if (after?.state === 'refused' && after.refusal) {
        // Refused at once: the rep reads why in the form; nothing is left waiting.
        await outbox.remove(item.idempotencyKey);
        await db.proposals.delete(item.idempotencyKey);
        return { ok: false, refusal: refusalFromServer(after.refusal) ?? { code: 'invalid', message: after.refusal.message } };
      }
      return { ok: true, proposal: waiting, queued: true };
    },

    async resend(proposalId): Promise<ProposeResult> {
      const item = await outbox.get(proposalId);
      if (!item || (item.state !== 'refused' && item.state !== 'failed')) {
        return { ok: false, refusal: { code: 'invalid', message: 'this proposal is not waiting to be sent again' } };
      }
      const queued = await retryOutboxItem(outbox, item, now());
      await putProposal(db, outboxProposalRow(queued, member, now()));
      await deps.askSync().catch((error: unknown) => console.warn('TAL Scout: the background did not sync the resent proposal', error));
      const after = await outbox.get(proposalId);
      if (after?.state === 'delivered' && after.proposal) return { ok: true, proposal: after.proposal, queued: false };
      if (after?.state === 'refused' && after.refusal) {
        return { ok: false, refusal: refusalFromServer(after.refusal) ?? { code: 'invalid', message: after.refusal.message } };
      }
      return { ok: true, proposal: outboxProposalRow(after ?? queued, member, now()), queued: true };
    },

    async withdraw(proposalId) {
      const item = await outbox.get(proposalId);
      if (item && item.state !== 'delivered') {
        // Never sent (or refused): taking it back is local, and nothing reaches the server.
        await outbox.remove(proposalId);
        await db.proposals.delete(proposalId);
        return { ok: true, proposal: { ...outboxProposalRow(item, member, now()), status: 'withdrawn' } };
      }
      const id = item?.proposal?.id ?? proposalId;
      return ask(() => client.withdraw(id));
    },

    async decide(proposalId, decision) {
      const parsed = DecisionSchema.safeParse(decision);
      if (!parsed.success) return { ok: false, refusal: { code: 'invalid', message: parsed.error.message } };
      return ask(() => client.decide(proposalId, parsed.data));
    },

    async recertify(request) {
      const parsed = RecertifyRequestSchema.safeParse(request);
      if (!parsed.success)
        return { ok: false, refusal: { code: 'invalid', message: parsed.error.issues.map((i) => i.message).join('; ') } };
      try {
        const { records } = await client.recertify(parsed.data);
        await putRecertifications(db, records);
        // A removal reaches the TAL mirror with the next sync: asked for now.
        if (parsed.data.action === 'remove') await deps.askSync().catch(() => undefined);
        return { ok: true, records };
      } catch (error) {
        const refusal = refusalFromServer(error);
        if (refusal) return { ok: false, refusal };
        if (error instanceof TalNetworkError) throw new Error((await deps.translate())('team.offline.action'), { cause: error });
        throw error;
      }
    },

    async quota(team) {
      const usage = await client.quota(team === undefined || team === member.team ? undefined : team);
      const teams = (await getActivePlaybook(db))?.playbook.tal.teams ?? [];
      const teamName = teams.find((t) => t.id === usage.team)?.name;
      return {
        team: usage.team,
        ...(teamName ? { teamName } : {}),
        period: periodKind(usage.period),
        used: usage.used,
        limit: usage.limit,
      };
    },
  };
}
