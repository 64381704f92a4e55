import type { Account } from '../schema/account';
import type { Playbook, Tier } from '../schema/playbook';
import { type CompiledFactor, compileFactors, factorValue, roundToTenth, tierFor } from './priority';

/** One factor's part in an account's priority. */
export type FactorContribution = {
  id: string;
  /** The account field the factor reads; undefined for the ICP score. */
  field: string | undefined;
  weight: number;
  /** The value as the account has it (the ICP score as 0–1); undefined when missing, which counts as 0. */
  raw: number | undefined;
  /** The value that counts as 100%. */
  max: number;
  /** Points this factor adds to the score (0–100 in all): 100 × weight × value / Σ weight. */
  points: number;
  /** The points it would add at its max. */
  maxPoints: number;
};

/** What one factor alone would need for the account to reach the next tier. */
export type TierMove = {
  factor: FactorContribution;
  /** The raw value that reaches the tier (an ICP score as 0–1), rounded up to what the factor can hold. */
  needed: number;
};

export type PriorityExplanation = {
  score: number;
  tier: Tier | null;
  /** Every factor, largest contribution first. */
  factors: FactorContribution[];
  /** The next tier up and how far away it is; null at the top tier or with no tiers. */
  next: { tier: Tier; gap: number; moves: TierMove[] } | null;
};

/**
 * Why an account has its priority: each factor's value, weight and points, and, when a single
 * factor could lift the account to the next tier on its own, the value it would take. The score and
 * tier are the ones `compilePriority` gives (spec §3): the points add up to the unrounded score.
 */
export function explainPriority(settings: Playbook['priority'], account: Account, icpScore: number | null): PriorityExplanation {
  return compileExplanation(settings)(account, icpScore);
}

/** An account's priority explained: made once per playbook (CompiledPlaybook.explainPriority). */
export type PriorityExplainer = (account: Account, icpScore: number | null) => PriorityExplanation;

/** Compiles the explanation of a playbook's priority once: its factors' readers are made here, not per account. */
export function compileExplanation(settings: Playbook['priority'], compiled = compileFactors(settings)): PriorityExplainer {
  const totalWeight = compiled.reduce((sum, f) => sum + f.weight, 0);
  const share = (weight: number) => (totalWeight === 0 ? 0 : (100 * weight) / totalWeight);
  return (account, icpScore) => explainWith(compiled, settings.tiers, share, account, icpScore);
}

function explainWith(
  compiled: readonly CompiledFactor[],
  tiers: readonly Tier[],
  share: (weight: number) => number,
  account: Account,
  icpScore: number | null,
): PriorityExplanation {
  const rows = compiled.map((factor) => {
    const raw = factor.raw(account, icpScore);
    return {
      compiled: factor,
      contribution: {
        id: factor.id,
        field: factor.field,
        weight: factor.weight,
        raw,
        max: factor.max,
        points: share(factor.weight) * factorValue(factor, raw),
        maxPoints: share(factor.weight),
      },
    };
  });
  const exact = rows.reduce((sum, row) => sum + row.contribution.points, 0);
  const score = roundToTenth(exact);
  const tier = tierFor(score, tiers);
  const above = tiers.filter((t) => t.min > score).sort((a, b) => a.min - b.min)[0];
  const next = above
    ? {
        tier: above,
        gap: roundToTenth(above.min - score),
        moves: rows.flatMap(({ compiled: factor, contribution }) => {
          const needed = neededValue(factor, contribution, exact - contribution.points, above.min, share(factor.weight));
          return needed === undefined ? [] : [{ factor: contribution, needed }];
        }),
      }
    : null;
  return { score, tier, factors: rows.map((r) => r.contribution).sort((a, b) => b.points - a.points), next };
}

/**
 * The least raw value of one factor that lifts the score to `min` (the others unchanged), on a step
 * people use: whole numbers for counts and scores, a whole percent for the ICP score, two significant
 * digits for large amounts. The tier is chosen from the score rounded to a tenth, so the value is
 * checked by scoring it. Undefined when even the factor's max would not do.
 */
function neededValue(factor: CompiledFactor, now: FactorContribution, others: number, min: number, maxPoints: number): number | undefined {
  const scoreAt = (raw: number) => roundToTenth(others + maxPoints * factorValue(factor, raw));
  if (maxPoints === 0 || scoreAt(factor.max) < min) return undefined;
  const estimate = Math.max(((min - 0.05 - others) / maxPoints) * factor.max, 0);
  const step = factor.field === undefined ? 0.01 : estimate >= 10_000 ? 10 ** (Math.floor(Math.log10(estimate)) - 1) : 1;
  // Steps are counted in whole numbers so that 0.01 steps do not gather binary rounding errors.
  let steps = Math.ceil(estimate / step - 1e-9);
  while (steps > 0 && scoreAt((steps - 1) * step) >= min) steps -= 1;
  while (scoreAt(steps * step) < min) steps += 1;
  const needed = Math.min(Number((steps * step).toPrecision(12)), factor.max);
  return needed > (now.raw ?? Number.NEGATIVE_INFINITY) ? needed : undefined;
}
