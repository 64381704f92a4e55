import type { Account } from '../schema/account';
import type { Playbook, Tier } from '../schema/playbook';
import { fieldReader } from './field-reader';
import type { PriorityResult } from './result';
import { readNumber } from './values';

/** The priority compiled once: scores an account given its ICP score. */
export type PriorityEvaluator = (account: Account, icpScore: number | null) => PriorityResult;

/**
 * Rounds half away from zero on the number's exact decimal value (64.25 → 64.3), which is what a
 * reader expects; `Math.round(x * 10) / 10` would be thrown off by the multiplication's own rounding.
 */
export function roundToTenth(value: number): number {
  return Number(value.toFixed(1));
}

/** The tier with the highest `min` at or below the score (the first such tier on a tie); null when none. */
export function tierFor(score: number, tiers: readonly Tier[]): Tier | null {
  let best: Tier | null = null;
  for (const tier of tiers) if (tier.min <= score && (best === null || tier.min > best.min)) best = tier;
  return best;
}

const clampUnit = (value: number) => Math.min(Math.max(value, 0), 1);

/**
 * Compiles the priority of spec §3: 100 × Σ(weight × value) / Σ(weight), a factor with no value counting as 0.
 * The tier is chosen from the rounded score, so the score shown and its tier always agree.
 */
export function compilePriority(settings: Playbook['priority']): PriorityEvaluator {
  const factors = settings.factors.map((factor) => {
    const read = factor.field === undefined ? undefined : fieldReader(factor.field);
    const max = factor.max ?? 1;
    const factorValue = (account: Account, icpScore: number | null): number => {
      if (read === undefined) return icpScore ?? 0;
      const value = readNumber(read(account));
      return value === undefined ? 0 : clampUnit(value / max);
    };
    return { id: factor.id, weight: factor.weight, factorValue };
  });
  const totalWeight = factors.reduce((sum, f) => sum + f.weight, 0);
  return (account, icpScore) => {
    let weighted = 0;
    const values = factors.map((factor) => {
      const value = factor.factorValue(account, icpScore);
      weighted += factor.weight * value;
      return { id: factor.id, weight: factor.weight, value };
    });
    const score = totalWeight === 0 ? 0 : roundToTenth((100 * weighted) / totalWeight);
    const tier = tierFor(score, settings.tiers);
    return { score, tier: tier?.id ?? null, tierName: tier?.name ?? null, factors: values };
  };
}
