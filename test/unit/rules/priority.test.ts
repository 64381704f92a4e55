import { describe, expect, it } from 'vitest';
import { compilePriority, roundToTenth, tierFor } from '@/lib/rules/priority';
import { type Playbook, PlaybookSchema } from '@/lib/schema/playbook';
import { account } from './judge';

const TIERS = [
  { id: 'one-to-one', name: '1:1', min: 70 },
  { id: 'one-to-few', name: '1:few', min: 45 },
  { id: 'one-to-many', name: '1:many', min: 0 },
];

function priorityOf(priority: unknown): Playbook['priority'] {
  return PlaybookSchema.parse({ version: 1, name: 'T', icp: { criteria: [] }, priority }).priority;
}

describe('tiers', () => {
  it.each([
    [100, 'one-to-one'],
    [70, 'one-to-one'],
    [69.9, 'one-to-few'],
    [45, 'one-to-few'],
    [44.9, 'one-to-many'],
    [0, 'one-to-many'],
  ])('score %s is tier %s', (score, tier) => {
    expect(tierFor(score, TIERS)?.id).toBe(tier);
  });

  it('picks the highest min at or below the score whatever the list order, and none when no tier is low enough', () => {
    expect(tierFor(50, [...TIERS].reverse())?.id).toBe('one-to-few');
    expect(tierFor(10, [{ id: 'top', min: 70 }])).toBeNull();
    expect(tierFor(10, [])).toBeNull();
  });

  it('takes the first of two tiers with the same min', () => {
    expect(
      tierFor(80, [
        { id: 'a', min: 50 },
        { id: 'b', min: 50 },
      ])?.id,
    ).toBe('a');
  });
});

describe('priority score', () => {
  const score = compilePriority(
    priorityOf({
      factors: [
        { id: 'fit', source: 'icp', weight: 3 },
        { id: 'intent', field: 'intentScore', max: 100, weight: 2 },
        { id: 'engagement', field: 'engagementScore', max: 100, weight: 1 },
        { id: 'revenue', field: 'annualRevenue', max: 500000000, weight: 1 },
      ],
      tiers: TIERS,
    }),
  );

  it('is 100 × Σ(weight × value) / Σ(weight), rounded to one decimal, with each factor value', () => {
    // (3 × 2/3 + 2 × 0.4 + 1 × 0.7 + 1 × 1) / 7 = 4.5 / 7 = 64.2857…
    const result = score(account({ intentScore: 40, engagementScore: 70, annualRevenue: 1_800_000_000 }), 2 / 3);
    expect(result).toEqual({
      score: 64.3,
      tier: 'one-to-few',
      tierName: '1:few',
      factors: [
        { id: 'fit', weight: 3, value: 2 / 3 },
        { id: 'intent', weight: 2, value: 0.4 },
        { id: 'engagement', weight: 1, value: 0.7 },
        { id: 'revenue', weight: 1, value: 1 },
      ],
    });
  });

  it('counts a missing field, a field of the wrong kind and a null ICP score as 0', () => {
    expect(score(account({ engagementScore: 70 }), null).score).toBe(10);
    expect(score(account({ intentScore: 'high' as never }), 1).score).toBe(42.9);
  });

  it('chooses the tier from the rounded score, so the score shown and the tier agree', () => {
    // (3 × 1 + 2 × 0.949) / 7 × 100 = 69.971… → 70.0 → one-to-one, though 69.971 alone is below 70.
    const result = score(account({ intentScore: 94.9 }), 1);
    expect(result.score).toBe(70);
    expect(result.tier).toBe('one-to-one');
  });

  it('is 0 with no tier when the playbook has no factors or tiers', () => {
    expect(compilePriority(priorityOf({ factors: [], tiers: [] }))(account({}), 1)).toEqual({
      score: 0,
      tier: null,
      tierName: null,
      factors: [],
    });
  });

  it('rounds half away from zero on the exact value', () => {
    expect(roundToTenth(64.25)).toBe(64.3);
    expect(roundToTenth(0.05)).toBe(0.1);
    expect(roundToTenth(1.04999)).toBe(1);
    expect(roundToTenth(100)).toBe(100);
  });
});
