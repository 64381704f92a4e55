import { describe, expect, it } from 'vitest';
import { decide, withdraw } from '../../../lib/tal/decide';
import { admin, foreignManager, manager, otherRep, proposal, rep } from './builders';

const now = new Date('2026-11-24T09:30:00Z');

describe('decide', () => {
  it('approves a pending proposal, recording who decided, when and why', () => {
    const result = decide(proposal({ id: 'p1' }), { decision: 'approve', note: 'good fit' }, manager, now);
    expect(result).toEqual({
      ok: true,
      proposal: expect.objectContaining({
        id: 'p1',
        status: 'approved',
        decidedAt: '2026-11-24T09:30:00.000Z',
        deciderId: manager.id,
        note: 'good fit',
      }),
    });
  });

  it('rejects without a note', () => {
    const result = decide(proposal(), { decision: 'reject' }, admin, now);
    expect(result.ok && result.proposal.status).toBe('rejected');
    expect(result.ok && 'note' in result.proposal).toBe(false);
  });

  it('refuses a proposal that is no longer pending', () => {
    for (const status of ['approved', 'rejected', 'withdrawn'] as const) {
      expect(decide(proposal({ status }), { decision: 'approve' }, manager, now)).toMatchObject({
        ok: false,
        refusal: { error: 'already-decided' },
      });
    }
  });

  it('lets only a manager of the same team or an admin decide', () => {
    expect(decide(proposal(), { decision: 'approve' }, rep, now)).toMatchObject({ refusal: { error: 'forbidden' } });
    expect(decide(proposal(), { decision: 'approve' }, foreignManager, now)).toMatchObject({ refusal: { error: 'forbidden' } });
    expect(decide(proposal({ team: 'apac' }), { decision: 'approve' }, admin, now).ok).toBe(true);
  });
});

describe('withdraw', () => {
  it('lets the proposer take back a pending proposal', () => {
    const result = withdraw(proposal(), rep, now);
    expect(result).toMatchObject({ ok: true, proposal: { status: 'withdrawn', decidedAt: now.toISOString(), deciderId: rep.id } });
  });

  it('refuses anyone else, a manager included', () => {
    expect(withdraw(proposal(), otherRep, now)).toMatchObject({ refusal: { error: 'forbidden' } });
    expect(withdraw(proposal(), manager, now)).toMatchObject({ refusal: { error: 'forbidden' } });
  });

  it('refuses a proposal that was already decided or withdrawn', () => {
    expect(withdraw(proposal({ status: 'approved' }), rep, now)).toMatchObject({ refusal: { error: 'already-decided' } });
    expect(withdraw(proposal({ status: 'withdrawn' }), rep, now)).toMatchObject({ refusal: { error: 'already-decided' } });
  });
});
