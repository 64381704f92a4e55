import type { Decision, Evidence, Proposal, ProposalInput } from '../../schema/proposal';
import type { Recertification, RecertifyRequest } from '../../schema/recertification';

/** Why a proposal or decision was refused: the codes of spec §6 plus the client-side ones. */
export type Refusal = {
  code:
    | 'missing-reason'
    | 'unknown-account'
    | 'duplicate'
    | 'quota-exceeded'
    | 'already-decided'
    | 'forbidden'
    | 'not-your-team'
    | 'own-proposal'
    | 'unknown-team'
    | 'invalid';
  message: string;
  used?: number;
  limit?: number;
};

export type QuotaView = { team: string; teamName?: string; period: string; used: number; limit: number };

export type ProposeResult =
  | { ok: true; proposal: Proposal; queued: boolean } // queued: waiting in the outbox until the server is reachable
  | { ok: false; refusal: Refusal };

export type DecideResult = { ok: true; proposal: Proposal } | { ok: false; refusal: Refusal };

/** What a recertification recorded (one record per account), or why nothing was. */
export type RecertifyResult = { ok: true; records: Recertification[] } | { ok: false; refusal: Refusal };

/** Who is acting: in solo mode one person is both rep and manager. */
export type Actor = { id: string; name: string; role: 'rep' | 'manager' | 'admin'; team: string };

/**
 * The writes of TAL governance. Reads go through Dexie live queries (proposals and TAL mirror the
 * server in team mode); writes go through this service: locally in solo mode, through the outbox
 * to the team server otherwise.
 */
export interface TalService {
  me(): Promise<Actor>;
  propose(input: ProposalInput, evidence: Evidence): Promise<ProposeResult>;
  withdraw(proposalId: string): Promise<DecideResult>;
  decide(proposalId: string, decision: Decision): Promise<DecideResult>;
  quota(team?: string): Promise<QuotaView>;
  /** Keeps TAL accounts for this period, or (a manager) takes them off now, with a reason: all of them or none. */
  recertify(request: RecertifyRequest): Promise<RecertifyResult>;
  /** Team mode: sends a proposal the server refused or failed on again (its words shown until then). */
  resend?(proposalId: string): Promise<ProposeResult>;
}

/**
 * A TalService that asks `current` for the service to use at each call (the solo user of the
 * playbook in force, or the mode the team server setting names), so a change made while a page is
 * open applies at once. Team mode's `resend` reaches the current service when it has one.
 */
export function forwardingTalService(current: () => Promise<TalService>): TalService {
  return {
    me: async () => (await current()).me(),
    propose: async (input, evidence) => (await current()).propose(input, evidence),
    withdraw: async (id) => (await current()).withdraw(id),
    decide: async (id, decision) => (await current()).decide(id, decision),
    quota: async (team) => (await current()).quota(team),
    recertify: async (request) => (await current()).recertify(request),
    async resend(id) {
      const service = await current();
      if (service.resend) return service.resend(id);
      return { ok: false, refusal: { code: 'invalid', message: 'solo mode sends nothing to a server' } };
    },
  };
}
