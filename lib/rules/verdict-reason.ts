import type { CriterionResult, Verdict } from './result';

/** What a reason needs of a criterion: a proposal's captured evidence has these too, with the playbook's labels. */
export type ReasonCriterion = Pick<CriterionResult, 'label' | 'required' | 'status'>;

/**
 * The main reason for a verdict, as data (worded by the catalog's `verdict.reason.*` messages):
 * - `required`: no fit because required criteria fail (their labels);
 * - `unknown`: needs data, too little is decided (the criteria whose data is missing, first ones);
 * - `checks`: fit, partial or no fit by score (how many decided criteria pass, and the rep's
 *   judgments still unanswered).
 * The score means something only with `checks`; the other reasons replace it.
 */
export type VerdictReason =
  | { kind: 'required'; labels: string[] }
  | { kind: 'unknown'; labels: string[]; more: number; unanswered: number }
  | { kind: 'checks'; passed: number; decided: number; unanswered: number };

/** How many missing-data criteria a reason names before "and N more". */
const NAMED = 2;

export function verdictReason(icp: { verdict: Verdict; criteria: readonly ReasonCriterion[] }): VerdictReason {
  const failedRequired = icp.criteria.filter((criterion) => criterion.required && criterion.status === 'fail');
  const unanswered = icp.criteria.filter((criterion) => criterion.status === 'unanswered').length;
  if (icp.verdict === 'no-fit' && failedRequired.length > 0) return { kind: 'required', labels: failedRequired.map((c) => c.label) };
  if (icp.verdict === 'needs-data') {
    const unknown = icp.criteria.filter((criterion) => criterion.status === 'unknown').map((c) => c.label);
    return { kind: 'unknown', labels: unknown.slice(0, NAMED), more: Math.max(0, unknown.length - NAMED), unanswered };
  }
  const decided = icp.criteria.filter((criterion) => criterion.status === 'pass' || criterion.status === 'fail');
  return { kind: 'checks', passed: decided.filter((c) => c.status === 'pass').length, decided: decided.length, unanswered };
}
