import { describe, expect, it } from 'vitest';
import { isOnTal, talChanges, talMembership } from '../../../lib/tal/membership';
import { proposal } from './builders';

const accounts = [{ id: 'a', onTal: true }, { id: 'b', onTal: false }, { id: 'c' }];

describe('talMembership', () => {
  it("takes the accounts' own onTal when nothing was decided", () => {
    expect(talMembership(accounts, [])).toEqual(new Set(['a']));
  });

  it('lets the latest approved decision win over the onTal field', () => {
    const proposals = [
      proposal({ accountId: 'a', type: 'remove', status: 'approved', decidedAt: '2026-11-02T00:00:00Z' }),
      proposal({ accountId: 'b', type: 'add', status: 'approved', decidedAt: '2026-11-02T00:00:00Z' }),
      proposal({ accountId: 'c', type: 'add', status: 'approved', decidedAt: '2026-11-01T00:00:00Z' }),
      proposal({ accountId: 'c', type: 'remove', status: 'approved', decidedAt: '2026-11-03T00:00:00Z' }),
    ];
    expect(talMembership(accounts, proposals)).toEqual(new Set(['b']));
  });

  it('orders decisions by when they were made, not by list order or time zone notation', () => {
    const proposals = [
      proposal({ accountId: 'c', type: 'remove', status: 'approved', decidedAt: '2026-11-03T01:00:00+02:00' }),
      proposal({ accountId: 'c', type: 'add', status: 'approved', decidedAt: '2026-11-03T00:30:00Z' }),
    ];
    expect(talMembership(accounts, proposals).has('c')).toBe(true);
  });

  it('ignores pending, rejected and withdrawn proposals', () => {
    const proposals = (['pending', 'rejected', 'withdrawn'] as const).map((status) => proposal({ accountId: 'b', status }));
    expect(talMembership(accounts, proposals)).toEqual(new Set(['a']));
    expect(isOnTal({ id: 'b', onTal: false }, proposals)).toBe(false);
  });
});

describe('talChanges', () => {
  it('lists approved proposals oldest decision first', () => {
    const late = proposal({ status: 'approved', decidedAt: '2026-11-05T00:00:00Z' });
    const early = proposal({ status: 'approved', decidedAt: '2026-11-01T00:00:00Z' });
    expect(talChanges([late, proposal(), early]).map((p) => p.id)).toEqual([early.id, late.id]);
  });
});
