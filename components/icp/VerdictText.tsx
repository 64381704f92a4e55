import { useI18n } from '@/components/i18n';
import type { IcpResult } from '@/lib/rules/result';
import type { ReasonCriterion } from '@/lib/rules/verdict-reason';
import { verdictWords } from './verdict-words';

/**
 * "No fit — Not yet a customer fails (required)" or "Fit — 5 of 5 checks pass · score 100% · coverage
 * 40%" in one line, for summaries such as a proposal's evidence: the panel's words.
 */
export function VerdictText({
  icp,
}: {
  icp: Pick<IcpResult, 'verdict' | 'score' | 'coverage'> & { criteria: readonly ReasonCriterion[] };
}) {
  const { t, locale } = useI18n();
  const words = verdictWords(icp, t, locale);
  return (
    <span className="verdict-text" data-verdict={icp.verdict}>
      <strong>{words.word}</strong> — {words.reason}
      {words.figures && <span className="muted"> · {words.figures}</span>}
    </span>
  );
}
