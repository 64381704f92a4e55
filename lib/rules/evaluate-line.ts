import type { AccountEvaluation } from './result';

/** One line of `tal evaluate` (spec §5): exactly the contract's keys, in its order. */
export function toEvaluateLine(evaluation: AccountEvaluation) {
  return {
    accountId: evaluation.accountId,
    icp: {
      verdict: evaluation.icp.verdict,
      score: evaluation.icp.score,
      coverage: evaluation.icp.coverage,
      criteria: evaluation.icp.criteria.map((c) => ({ id: c.id, status: c.status })),
    },
    segments: evaluation.segments.map((s) => s.id),
    priority: { score: evaluation.priority.score, tier: evaluation.priority.tier },
  };
}
