import { randomUUID } from 'node:crypto';
import type { Member } from '../../../lib/schema/member';
import type { Playbook, Team } from '../../../lib/schema/playbook';
import type { Proposal } from '../../../lib/schema/proposal';

/** A playbook whose only part that matters here is `tal`. */
export function talPlaybook(period: Playbook['tal']['period'], teams: Team[]): Pick<Playbook, 'tal'> {
  return { tal: { period, teams } };
}

export const emea: Team = { id: 'emea', name: 'EMEA', addQuota: 3, scope: 'team' };
export const apacPerRep: Team = { id: 'apac', name: 'APAC', addQuota: 2, scope: 'rep' };

export const rep: Member = { id: 'rep-1', name: 'Rita Rep', role: 'rep', team: 'emea' };
export const otherRep: Member = { id: 'rep-2', name: 'Otto Rep', role: 'rep', team: 'emea' };
export const manager: Member = { id: 'mgr-1', name: 'Mona Manager', role: 'manager', team: 'emea' };
export const foreignManager: Member = { id: 'mgr-9', name: 'Fred Manager', role: 'manager', team: 'apac' };
export const admin: Member = { id: 'adm-1', name: 'Ada Admin', role: 'admin', team: null };

/** A proposal with sensible defaults; pass what the test is about. */
export function proposal(overrides: Partial<Proposal> = {}): Proposal {
  const id = randomUUID();
  return {
    id,
    type: 'add',
    accountId: `acc-${id}`,
    reason: 'fits the ICP',
    status: 'pending',
    proposerId: rep.id,
    team: 'emea',
    createdAt: '2026-11-02T10:00:00.000Z',
    ...overrides,
  };
}
