import type { Account } from '../schema/account';
import type { Playbook } from '../schema/playbook';
import type { AccountAnswers } from './answers';
import { type CompiledRule, compileRule } from './compile-rule';
import type { CriterionResult, CriterionStatus, IcpResult, Verdict } from './result';

type IcpSettings = Playbook['icp'];
/** The ICP checklist compiled once: evaluates one account with its rep's answers at `now`. */
export type IcpEvaluator = (account: Account, answers: AccountAnswers | undefined, now: number) => IcpResult;

/** What the verdict of spec §3 depends on. */
export interface VerdictInputs {
  requiredFailed: boolean;
  score: number | null;
  coverage: number;
}

/**
 * The verdict of spec §3, in its order: a failed required criterion, then too little coverage, then the
 * score against the thresholds. A score of null (nothing decided) needs data even when minCoverage is 0.
 */
export function decideVerdict(
  { requiredFailed, score, coverage }: VerdictInputs,
  icp: Pick<IcpSettings, 'thresholds' | 'minCoverage'>,
): Verdict {
  if (requiredFailed) return 'no-fit';
  if (coverage < icp.minCoverage || score === null) return 'needs-data';
  if (score >= icp.thresholds.fit) return 'fit';
  if (score >= icp.thresholds.partial) return 'partial';
  return 'no-fit';
}

/** Compiles the checklist: rules into closures, weights and order fixed once. */
export function compileIcp(icp: IcpSettings): IcpEvaluator {
  const criteria = icp.criteria.map((c) => ({ criterion: c, rule: c.rule ? compileRule(c.rule) : undefined }));
  const totalWeight = icp.criteria.reduce((sum, c) => sum + c.weight, 0);
  return (account, answers, now) => {
    let passedWeight = 0;
    let decidedWeight = 0;
    let requiredFailed = false;
    const results = criteria.map(({ criterion, rule }): CriterionResult => {
      const { status, evidence } = judge(rule, criterion.id, account, answers, now);
      if (status === 'pass' || status === 'fail') {
        decidedWeight += criterion.weight;
        if (status === 'pass') passedWeight += criterion.weight;
        else if (criterion.required) requiredFailed = true;
      }
      return {
        id: criterion.id,
        label: criterion.label,
        section: criterion.section,
        weight: criterion.weight,
        required: criterion.required,
        manual: rule === undefined,
        status,
        evidence,
      };
    });
    // Divide the summed weights once, as spec §3 defines them, so the floats match exactly (2/3 → 0.6666666666666666).
    const score = decidedWeight === 0 ? null : passedWeight / decidedWeight;
    const coverage = totalWeight === 0 ? 0 : decidedWeight / totalWeight;
    return { verdict: decideVerdict({ requiredFailed, score, coverage }, icp), score, coverage, criteria: results };
  };
}

function judge(rule: CompiledRule | undefined, id: string, account: Account, answers: AccountAnswers | undefined, now: number) {
  if (rule) {
    const evidence = rule.explain(account, now);
    return { status: evidence.status as CriterionStatus, evidence };
  }
  const answer = answers?.[id];
  return { status: (answer === true ? 'pass' : answer === false ? 'fail' : 'unanswered') as CriterionStatus, evidence: null };
}
