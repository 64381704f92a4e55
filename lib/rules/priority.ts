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

/** One factor made ready: what it reads from an account (or the ICP score), and that as a share of its `max`. */
export type CompiledFactor = {
  id: string;
  weight: number;
  /** The account field the factor reads; undefined for the ICP score. */
  field: string | undefined;
  /** The value that counts as 100% (1 for the ICP score). */
  max: number;
  /** The value as the account has it (the ICP score as 0–1); undefined when there is none. */
  raw(account: Account, icpScore: number | null): number | undefined;
};

/** The factors of a playbook's priority, each able to read its value. */
export function compileFactors(settings: Playbook['priority']): CompiledFactor[] {
  return settings.factors.map((factor) => {
    const read = factor.field === undefined ? undefined : fieldReader(factor.field);
    return {
      id: factor.id,
      weight: factor.weight,
      field: factor.field,
      max: factor.field === undefined ? 1 : (factor.max ?? 1),
      raw: (account, icpScore) => (read === undefined ? (icpScore ?? undefined) : readNumber(read(account))),
    };
  });
}

/** A factor's value, 0–1: its raw value as a share of `max`, clamped; a missing value counts as 0 (spec §3). */
export const factorValue = (factor: CompiledFactor, raw: number | undefined): number =>
  raw === undefined ? 0 : clampUnit(raw / factor.max);

/**
 * Compiles the priority of spec §3: 100 × Σ(weight × value) / Σ(weight), a factor with no value counting as 0.
 * The tier is chosen from the rounded score, so the score shown and its tier always agree.
 */
export function compilePriority(settings: Playbook['priority'], factors = compileFactors(settings)): PriorityEvaluator {
  const totalWeight = factors.reduce((sum, f) => sum + f.weight, 0);
  return (account, icpScore) => {
    let weighted = 0;
    const values = factors.map((factor) => {
      const value = factorValue(factor, factor.raw(account, icpScore));
      weighted += factor.weight * value;
      return { id: factor.id, weight: factor.weight, value };
    });
    const score = totalWeight === 0 ? 0 : roundToTenth((100 * weighted) / totalWeight);
    const tier = tierFor(score, settings.tiers);
    return { score, tier: tier?.id ?? null, tierName: tier?.name ?? null, factors: values };
  };
}
