import { describe, expect, it } from 'vitest';
import { compilePriority } from '@/lib/rules/priority';
import { explainPriority } from '@/lib/rules/priority-explain';
import type { Account } from '@/lib/schema/account';
import { exampleAccounts, examplePlaybook } from './example-accounts';
import { account, NOW } from './judge';

const compiled = examplePlaybook();
const settings = compiled.playbook.priority;

/** The account with one factor set to a value (the ICP score stays as it is unless the factor is the ICP's). */
function withFactor(subject: Account, field: string | undefined, value: number, icpScore: number | null) {
  return field === undefined ? { subject, icpScore: value } : { subject: { ...subject, [field]: value } as Account, icpScore };
}

describe('explainPriority', () => {
  it('splits the score into each factor’s points, largest first, adding up to the score of spec §3', () => {
    for (const subject of exampleAccounts()) {
      const evaluation = compiled.evaluate(subject, {}, NOW);
      const why = explainPriority(settings, subject, evaluation.icp.score);
      expect(why.score, subject.id).toBe(evaluation.priority.score);
      expect(why.tier?.id ?? null, subject.id).toBe(evaluation.priority.tier);
      expect(why.factors.reduce((sum, f) => sum + f.points, 0)).toBeCloseTo(evaluation.priority.score, 1);
      const points = why.factors.map((f) => f.points);
      expect(points).toEqual([...points].sort((a, b) => b - a));
    }
  });

  it('gives each factor its value, weight, points and the points at its max', () => {
    const subject = account({ intentScore: 81, engagementScore: 55, annualRevenue: 240_000_000 });
    const why = explainPriority(settings, subject, 1);
    // Weights 3, 2, 1, 1 of 7: the ICP factor is worth 42.9 points, intent 28.6, the others 14.3.
    expect(why.factors.map((f) => [f.id, f.raw, f.weight, Number(f.points.toFixed(1)), Number(f.maxPoints.toFixed(1))])).toEqual([
      ['fit', 1, 3, 42.9, 42.9],
      ['intent', 81, 2, 23.1, 28.6],
      ['engagement', 55, 1, 7.9, 14.3],
      ['revenue-potential', 240_000_000, 1, 6.9, 14.3],
    ]);
    expect(why.score).toBe(80.7);
    expect(why.tier?.name).toBe('1:1');
    expect(why.next).toBeNull();
  });

  it('counts a missing factor as 0 and says which value alone would reach the next tier', () => {
    const subject = account({ intentScore: 40 });
    const why = explainPriority(settings, subject, 1);
    expect(why.factors.find((f) => f.id === 'engagement')).toMatchObject({ raw: undefined, points: 0 });
    expect(why.tier?.name).toBe('1:few');
    expect(why.next?.tier.name).toBe('1:1');
    expect(why.next?.gap).toBe(15.7);
    // Intent alone needs 95 of 100; engagement or revenue alone cannot close 15.7 points (14.3 at most).
    expect(why.next?.moves.map((m) => [m.factor.id, m.needed])).toEqual([['intent', 95]]);
  });

  it('asks of each move only what reaches the tier, and no less: re-scoring with the value lands in it', () => {
    const evaluate = compilePriority(settings);
    let moves = 0;
    for (const subject of exampleAccounts()) {
      const icp = compiled.evaluate(subject, {}, NOW).icp.score;
      const why = explainPriority(settings, subject, icp);
      for (const move of why.next?.moves ?? []) {
        moves += 1;
        const moved = withFactor(subject, move.factor.field, move.needed, icp);
        expect(evaluate(moved.subject, moved.icpScore).score, `${subject.id} ${move.factor.id}`).toBeGreaterThanOrEqual(
          why.next?.tier.min ?? 0,
        );
        const step = move.factor.field === undefined ? 0.01 : move.needed >= 10_000 ? 10 ** (Math.floor(Math.log10(move.needed)) - 1) : 1;
        const short = withFactor(subject, move.factor.field, move.needed - step, icp);
        expect(evaluate(short.subject, short.icpScore).score, `${subject.id} ${move.factor.id} short`).toBeLessThan(
          why.next?.tier.min ?? 0,
        );
      }
    }
    expect(moves).toBeGreaterThan(3);
  });

  it('has no next tier at the top or without tiers, and scores 0 without factors', () => {
    expect(explainPriority({ factors: [], tiers: [] }, account({}), null)).toEqual({ score: 0, tier: null, factors: [], next: null });
  });
});
