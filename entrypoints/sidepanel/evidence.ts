import type { AccountEvaluation } from '@/lib/rules/result';
import type { Evidence } from '@/lib/schema/proposal';

/** The evaluation as the evidence a proposal carries to its reviewer (lib/schema's Evidence). */
export function evidenceOf(evaluation: AccountEvaluation): Evidence {
  return {
    verdict: evaluation.icp.verdict,
    score: evaluation.icp.score,
    coverage: evaluation.icp.coverage,
    segments: evaluation.segments.map((segment) => segment.id),
    priorityScore: evaluation.priority.score,
    tier: evaluation.priority.tier,
    criteria: evaluation.icp.criteria.map((criterion) => ({ id: criterion.id, status: criterion.status })),
  };
}
