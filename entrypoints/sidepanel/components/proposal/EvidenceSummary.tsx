import { useI18n } from '@/components/i18n';
import { PriorityLine } from '@/components/icp/PriorityLine';
import { VerdictText } from '@/components/icp/VerdictText';
import type { AccountEvaluation } from '@/lib/rules/result';

/** The ICP result, segment and priority a proposal carries to its reviewer. */
export function EvidenceSummary({ evaluation }: { evaluation: Pick<AccountEvaluation, 'icp' | 'segments' | 'priority'> }) {
  const { t } = useI18n();
  const segments = evaluation.segments.map((segment) => segment.name).join(' › ');
  return (
    <div className="evidence-summary">
      <p>
        <VerdictText icp={evaluation.icp} />
      </p>
      <p>{segments === '' ? t('proposal.evidence.noSegment') : t('proposal.evidence.segments', { segments })}</p>
      <PriorityLine priority={evaluation.priority} />
    </div>
  );
}
