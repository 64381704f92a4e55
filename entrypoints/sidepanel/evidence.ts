import type { AccountEvaluation } from '@/lib/rules/result';
import type { Evidence } from '@/lib/schema/proposal';
import type { AccountFile } from './services';

/**
 * The evaluation as the evidence a proposal carries to its reviewer (lib/schema's Evidence), with the
 * rep's judgments: each answered manual criterion and its description, so the reviewer sees them beside the data.
 */
export function evidenceOf(evaluation: AccountEvaluation, file?: Pick<AccountFile, 'answers' | 'notes'>): Evidence {
  const judgments = evaluation.icp.criteria.flatMap((criterion) => {
    const answer = file?.answers[criterion.id];
    if (!criterion.manual || typeof answer !== 'boolean') return [];
    const note = file?.notes[criterion.id]?.trim();
    return [{ id: criterion.id, answer, ...(note ? { note } : {}) }];
  });
  return {
    verdict: evaluation.icp.verdict,
    score: evaluation.icp.score,
    coverage: evaluation.icp.coverage,
    segments: evaluation.segments.map((segment) => segment.id),
    priorityScore: evaluation.priority.score,
    tier: evaluation.priority.tier,
    criteria: evaluation.icp.criteria.map((criterion) => ({ id: criterion.id, status: criterion.status })),
    ...(judgments.length > 0 ? { judgments } : {}),
  };
}
