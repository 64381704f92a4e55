import type { Account } from '../schema/account';
import type { Playbook } from '../schema/playbook';
import type { AccountAnswers } from './answers';
import { compileIcp, type IcpEvaluator } from './icp';
import { compilePriority, type PriorityEvaluator } from './priority';
import type { AccountEvaluation } from './result';
import { compileSegments, type SegmentEvaluator } from './segments';

/** A playbook compiled once into evaluators; evaluating an account never re-reads the playbook's JSON. */
export interface CompiledPlaybook {
  playbook: Playbook;
  icp: IcpEvaluator;
  segments: SegmentEvaluator;
  priority: PriorityEvaluator;
  /** The ICP result, segments and priority of one account, with its rep's answers, at `now`. */
  evaluate(account: Account, answers: AccountAnswers | undefined, now: Date | number): AccountEvaluation;
}

/** Compiles a checked playbook (see parsePlaybook) into fast evaluators. */
export function compilePlaybook(playbook: Playbook): CompiledPlaybook {
  const icp = compileIcp(playbook.icp);
  const segments = compileSegments(playbook.segments);
  const priority = compilePriority(playbook.priority);
  return {
    playbook,
    icp,
    segments,
    priority,
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
