import { useI18n } from '@/components/i18n';
import type { CriterionResult } from '@/lib/rules/result';
import { EvidenceText } from './EvidenceText';
import { ManualAnswer } from './ManualAnswer';
import { StatusMark } from './StatusMark';

export type CriterionItemProps = {
  criterion: CriterionResult;
  describe: boolean;
  note: string;
  /** Absent for a read-only checklist (the manager's review). */
  onAnswer?: (criterionId: string, value: boolean | null) => void;
  onNote?: (criterionId: string, text: string) => void;
};

/** One criterion: its status, and either the rule's evidence or the rep's yes/no answer. */
export function CriterionItem({ criterion, describe, note, onAnswer, onNote }: CriterionItemProps) {
  const { t } = useI18n();
  const answerable = criterion.manual && onAnswer !== undefined;
  return (
    <li className="criterion" data-criterion-id={criterion.id} data-status={criterion.status}>
      <StatusMark status={criterion.status} />
      <div className="criterion-body">
        {answerable ? (
          <ManualAnswer
            label={criterion.label}
            status={criterion.status}
            describe={describe}
            note={note}
            onAnswer={(value) => onAnswer(criterion.id, value)}
            onNote={(text) => onNote?.(criterion.id, text)}
          />
        ) : (
          <span className="criterion-label">{criterion.label}</span>
        )}
        {criterion.required && <span className="tag">{t('icp.required')}</span>}
        {criterion.evidence && <EvidenceText evidence={criterion.evidence} />}
        {!answerable && note !== '' && <p className="criterion-note">{note}</p>}
      </div>
    </li>
  );
}
