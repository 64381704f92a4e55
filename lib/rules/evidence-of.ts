import type { Evidence } from '../schema/proposal';
import type { AccountAnswers } from './answers';
import type { AccountEvaluation } from './result';

/**
 * An evaluation as the evidence a proposal carries to its reviewer (lib/schema's Evidence), with the
 * rep's judgments when given: each answered manual criterion and its description, so the reviewer
 * sees them beside the data. The panel, the suggestions and recertification all attach it.
 */
export function evidenceOf(evaluation: AccountEvaluation, judged?: { answers: AccountAnswers; notes: Record<string, string> }): Evidence {
  const judgments = evaluation.icp.criteria.flatMap((criterion) => {
    const answer = judged?.answers[criterion.id];
    if (!criterion.manual || typeof answer !== 'boolean') return [];
    const note = judged?.notes[criterion.id]?.trim();
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

/** The evidence of an account the current data lacks (on the TAL by its record alone): it needs data. */
export const NO_DATA_EVIDENCE: Evidence = { verdict: 'needs-data', score: null, coverage: 0, segments: [] };
