import type { Account } from '../schema/account';
import type { Playbook } from '../schema/playbook';
import type { AccountAnswers } from './answers';
import { compileIcp, type IcpEvaluator } from './icp';
import { fieldsUsedBy } from './playbook-fields';
import { compileFactors, compilePriority, type PriorityEvaluator } from './priority';
import { compileExplanation, type PriorityExplainer } from './priority-explain';
import type { AccountEvaluation } from './result';
import { compileSegments, type SegmentEvaluator } from './segments';

/** A playbook compiled once into evaluators; evaluating an account never re-reads the playbook's JSON. */
export interface CompiledPlaybook {
  playbook: Playbook;
  icp: IcpEvaluator;
  segments: SegmentEvaluator;
  priority: PriorityEvaluator;
  /** Why an account has its priority (factor by factor, and what would move it up a tier). */
  explainPriority: PriorityExplainer;
  /** Every field path the playbook reads, in the order it first reads them (the company card shows each). */
  fieldsUsed: readonly string[];
  /** The ICP result, segments and priority of one account, with its rep's answers, at `now`. */
  evaluate(account: Account, answers: AccountAnswers | undefined, now: Date | number): AccountEvaluation;
}

/** Compiles a checked playbook (see parsePlaybook) into fast evaluators. */
export function compilePlaybook(playbook: Playbook): CompiledPlaybook {
  const icp = compileIcp(playbook.icp);
  const segments = compileSegments(playbook.segments);
  const factors = compileFactors(playbook.priority);
  const priority = compilePriority(playbook.priority, factors);
  return {
    playbook,
    icp,
    segments,
    priority,
    explainPriority: compileExplanation(playbook.priority, factors),
    fieldsUsed: fieldsUsedBy(playbook),
    evaluate(account, answers, now) {
      const at = typeof now === 'number' ? now : now.getTime();
      const icpResult = icp(account, answers, at);
      return {
        accountId: account.id,
        icp: icpResult,
        segments: segments.matches(account, at),
        priority: priority(account, icpResult.score),
      };
    },
  };
}
