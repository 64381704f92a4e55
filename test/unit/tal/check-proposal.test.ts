import { describe, expect, it } from 'vitest';
import type { Proposal, ProposalInput } from '../../../lib/schema/proposal';
import { checkProposal, type ProposalContext } from '../../../lib/tal/check-proposal';
import { apacPerRep, emea, otherRep, proposal, rep, talPlaybook } from './builders';

const acme = { id: 'acme', name: 'Acme', onTal: false };
const now = new Date('2026-11-23T00:00:00Z');
const add: ProposalInput = { type: 'add', accountId: 'acme', reason: 'fits the ICP' };
const remove: ProposalInput = { type: 'remove', accountId: 'acme', reason: 'churned' };

function context(overrides: Partial<ProposalContext> = {}): ProposalContext {
  return { account: acme, proposals: [], playbook: talPlaybook('quarter', [emea, apacPerRep]), proposer: rep, now, ...overrides };
}

const errorOf = (result: ReturnType<typeof checkProposal>) => (result.ok ? 'ok' : result.refusal.error);

describe('checkProposal', () => {
  it('accepts an add with a reason for a known account, with the usage before it', () => {
    expect(checkProposal(add, context())).toEqual({
      ok: true,
      team: emea,
      usage: { team: 'emea', period: '2026-Q4', used: 0, limit: 3, scope: 'team' },
    });
  });

  it('refuses a blank reason', () => {
    expect(errorOf(checkProposal({ ...add, reason: '   ' }, context()))).toBe('missing-reason');
  });

  it('refuses an unknown account', () => {
    const result = checkProposal(add, context({ account: undefined }));
    expect(result).toMatchObject({ ok: false, refusal: { error: 'unknown-account', message: expect.stringContaining('acme') } });
  });

  it('refuses a proposer whose team is not in the playbook, or when there is no playbook', () => {
    expect(errorOf(checkProposal(add, context({ proposer: { ...rep, team: 'nowhere' } })))).toBe('unknown-team');
    expect(errorOf(checkProposal(add, context({ playbook: undefined })))).toBe('unknown-team');
  });

  it('refuses adding an account already on the TAL, by its own field or by an approved add', () => {
    expect(errorOf(checkProposal(add, context({ account: { ...acme, onTal: true } })))).toBe('duplicate');
    const approved = proposal({ accountId: 'acme', status: 'approved', decidedAt: '2026-11-10T00:00:00Z' });
    expect(errorOf(checkProposal(add, context({ proposals: [approved] })))).toBe('duplicate');
  });

  it('refuses a second open proposal of the same type, but not after the first was rejected or withdrawn', () => {
    expect(errorOf(checkProposal(add, context({ proposals: [proposal({ accountId: 'acme', proposerId: otherRep.id })] })))).toBe(
      'duplicate',
    );
    const closed = [proposal({ accountId: 'acme', status: 'rejected' }), proposal({ accountId: 'acme', status: 'withdrawn' })];
    expect(errorOf(checkProposal(add, context({ proposals: closed })))).toBe('ok');
  });

  it('refuses removing an account that is not on the TAL, or that was taken off by an approved remove', () => {
    expect(errorOf(checkProposal(remove, context()))).toBe('duplicate');
    const takenOff = proposal({ type: 'remove', accountId: 'acme', status: 'approved', decidedAt: '2026-11-10T00:00:00Z' });
    expect(errorOf(checkProposal(remove, context({ account: { ...acme, onTal: true }, proposals: [takenOff] })))).toBe('duplicate');
  });

  it('accepts a removal of an account on the TAL without touching the add quota, even when it is spent', () => {
    const spent = [proposal(), proposal(), proposal()];
    const result = checkProposal(remove, context({ account: { ...acme, onTal: true }, proposals: spent }));
    expect(result).toEqual({ ok: true, team: emea, usage: null });
  });

  it('refuses an add once pending and approved adds fill the quota, with used and limit', () => {
    const full = [proposal(), proposal({ status: 'approved' }), proposal()];
    expect(checkProposal(add, context({ proposals: full }))).toMatchObject({
      ok: false,
      refusal: { error: 'quota-exceeded', used: 3, limit: 3 },
    });
    const freed = [proposal(), proposal({ status: 'rejected' }), proposal({ status: 'withdrawn' }), proposal()];
    expect(errorOf(checkProposal(add, context({ proposals: freed })))).toBe('ok');
  });

  it("frees the quota when the period rolls over, and ignores last quarter's adds", () => {
    const lastQuarter = [1, 2, 3].map(() => proposal({ createdAt: '2026-09-30T23:59:59.999Z' }));
    expect(errorOf(checkProposal(add, context({ proposals: lastQuarter })))).toBe('ok');
  });

  it('keeps refusing adds while a lowered quota stays below use, without undoing anything', () => {
    const lowered = talPlaybook('quarter', [{ ...emea, addQuota: 1 }]);
    const approved: Proposal[] = [proposal({ status: 'approved' }), proposal({ status: 'approved' })];
    expect(checkProposal(add, context({ playbook: lowered, proposals: approved }))).toMatchObject({
      refusal: { error: 'quota-exceeded', used: 2, limit: 1 },
    });
    expect(approved.every((p) => p.status === 'approved')).toBe(true);
  });

  it('refuses every add when the quota is 0', () => {
    const zero = talPlaybook('quarter', [{ ...emea, addQuota: 0 }]);
    expect(checkProposal(add, context({ playbook: zero }))).toMatchObject({ refusal: { error: 'quota-exceeded', used: 0, limit: 0 } });
  });

  it('counts per rep when the team scope is rep', () => {
    const apacRep = { ...rep, team: 'apac' };
    const mine = [proposal({ team: 'apac' }), proposal({ team: 'apac' })];
    expect(errorOf(checkProposal(add, context({ proposer: apacRep, proposals: mine })))).toBe('quota-exceeded');
    expect(errorOf(checkProposal(add, context({ proposer: { ...otherRep, team: 'apac' }, proposals: mine })))).toBe('ok');
  });

  it('takes a count made by the caller instead of counting itself', () => {
    expect(checkProposal(add, context({ used: 3 }))).toMatchObject({ refusal: { error: 'quota-exceeded', used: 3, limit: 3 } });
    expect(checkProposal(add, context({ used: 2 }))).toMatchObject({ ok: true, usage: { used: 2 } });
  });
});
