import { describe, expect, it } from 'vitest';
import { PROPOSAL_STATUSES } from '../../../lib/schema/proposal';
import { quotaScope, quotaScopeKey, quotaUsage } from '../../../lib/tal/quota';
import { apacPerRep, emea, otherRep, proposal, rep, talPlaybook } from './builders';

const quarterly = talPlaybook('quarter', [emea, apacPerRep]);

describe('quotaUsage', () => {
  it('counts pending and approved adds; rejected and withdrawn ones free their place', () => {
    const byStatus = PROPOSAL_STATUSES.map((status) => proposal({ status }));
    expect(quotaUsage(byStatus, emea, quarterly, new Date('2026-11-23T00:00:00Z'))).toEqual({
      team: 'emea',
      period: '2026-Q4',
      used: 2,
      limit: 3,
      scope: 'team',
    });
  });

  it('never counts removals, whatever their status', () => {
    const removals = PROPOSAL_STATUSES.map((status) => proposal({ type: 'remove', status }));
    expect(quotaUsage(removals, emea, quarterly, new Date('2026-11-23T00:00:00Z')).used).toBe(0);
  });

  it("counts only the team's own proposals", () => {
    const proposals = [proposal(), proposal({ team: 'apac' })];
    expect(quotaUsage(proposals, emea, quarterly, new Date('2026-11-23T00:00:00Z')).used).toBe(1);
  });

  it('rolls over at the quarter edge: Dec 31 23:59:59.999Z belongs to Q4, Jan 1 to a fresh Q1', () => {
    const proposals = [proposal({ createdAt: '2026-12-31T23:59:59.999Z' }), proposal({ createdAt: '2026-10-01T00:00:00.000Z' })];
    expect(quotaUsage(proposals, emea, quarterly, new Date('2026-12-31T23:59:59.999Z')).used).toBe(2);
    const january = quotaUsage(proposals, emea, quarterly, new Date('2027-01-01T00:00:00.000Z'));
    expect(january).toMatchObject({ period: '2027-Q1', used: 0 });
    expect(quotaUsage([proposal({ createdAt: '2027-01-01T00:00:00.000Z' })], emea, quarterly, new Date('2027-01-01T00:00:00Z')).used).toBe(
      1,
    );
  });

  it('leaves out an add made one millisecond before the quarter began', () => {
    const proposals = [proposal({ createdAt: '2026-09-30T23:59:59.999Z' }), proposal({ createdAt: '2026-10-01T00:00:00.000Z' })];
    expect(quotaUsage(proposals, emea, quarterly, new Date('2026-10-15T00:00:00Z')).used).toBe(1);
  });

  it('rolls over at month edges with period month', () => {
    const monthly = talPlaybook('month', [emea]);
    const proposals = [proposal({ createdAt: '2026-02-28T23:59:59.999Z' }), proposal({ createdAt: '2026-03-01T00:00:00.000Z' })];
    expect(quotaUsage(proposals, emea, monthly, new Date('2026-02-28T12:00:00Z'))).toMatchObject({ period: '2026-02', used: 1 });
    expect(quotaUsage(proposals, emea, monthly, new Date('2026-03-31T23:59:59.999Z'))).toMatchObject({ period: '2026-03', used: 1 });
    expect(quotaUsage(proposals, emea, monthly, new Date('2026-04-01T00:00:00Z'))).toMatchObject({ period: '2026-04', used: 0 });
  });

  it('rolls over at the year edge with period year', () => {
    const yearly = talPlaybook('year', [emea]);
    const proposals = [proposal({ createdAt: '2026-01-01T00:00:00.000Z' }), proposal({ createdAt: '2026-12-31T23:59:59.999Z' })];
    expect(quotaUsage(proposals, emea, yearly, new Date('2026-06-01T00:00:00Z'))).toMatchObject({ period: '2026', used: 2 });
    expect(quotaUsage(proposals, emea, yearly, new Date('2027-01-01T00:00:00Z'))).toMatchObject({ period: '2027', used: 0 });
  });

  it('never rolls over with period none', () => {
    const forever = talPlaybook('none', [emea]);
    const proposals = [proposal({ createdAt: '2019-05-05T00:00:00Z' }), proposal({ createdAt: '2026-12-31T23:59:59.999Z' })];
    expect(quotaUsage(proposals, emea, forever, new Date('2031-01-01T00:00:00Z'))).toMatchObject({ period: 'all', used: 2 });
  });

  it('counts each rep apart when the team scope is rep', () => {
    const apac = (proposerId: string) => proposal({ team: 'apac', proposerId });
    const proposals = [apac(rep.id), apac(rep.id), apac(otherRep.id)];
    const now = new Date('2026-11-23T00:00:00Z');
    expect(quotaUsage(proposals, apacPerRep, quarterly, now, rep.id)).toMatchObject({ used: 2, limit: 2, scope: 'rep' });
    expect(quotaUsage(proposals, apacPerRep, quarterly, now, otherRep.id)).toMatchObject({ used: 1, limit: 2 });
  });

  it('counts the whole team when the scope is team, whoever proposed', () => {
    const proposals = [proposal({ proposerId: rep.id }), proposal({ proposerId: otherRep.id })];
    expect(quotaUsage(proposals, emea, quarterly, new Date('2026-11-23T00:00:00Z'), rep.id).used).toBe(2);
  });
});

describe('quotaScopeKey', () => {
  it('names the team and period, and the rep only when the scope is rep', () => {
    const now = new Date('2026-11-23T00:00:00Z');
    expect(quotaScopeKey(quotaScope(emea, quarterly, now, rep.id))).toBe('emea/2026-Q4');
    expect(quotaScopeKey(quotaScope(apacPerRep, quarterly, now, rep.id))).toBe('apac/rep-1/2026-Q4');
  });

  it('cannot be confused by ids that contain the separator', () => {
    const now = new Date('2026-11-23T00:00:00Z');
    const slashy = { ...apacPerRep, id: 'a/b' };
    expect(quotaScopeKey(quotaScope(slashy, quarterly, now, 'c'))).not.toBe(
      quotaScopeKey(quotaScope({ ...apacPerRep, id: 'a' }, quarterly, now, 'b/c')),
    );
  });
});
