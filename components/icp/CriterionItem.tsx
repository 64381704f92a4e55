import { useI18n } from '@/components/i18n';
import type { CriterionResult } from '@/lib/rules/result';
import { EvidenceText } from './EvidenceText';
import { ManualAnswer } from './ManualAnswer';
import { StatusMark } from './StatusMark';

export type CriterionItemProps = {
  criterion: CriterionResult;
  /** The playbook's currency, for money in the evidence. */
  currency: string;
  describe: boolean;
  note: string;
  /** Absent for a read-only checklist (the manager's review). */
  onAnswer?: (criterionId: string, value: boolean | null) => void;
  onNote?: (criterionId: string, text: string) => void;
};

/** One criterion: its status, and either the rule's evidence in words or the rep's yes/no answer. */
export function CriterionItem({ criterion, currency, describe, note, onAnswer, onNote }: CriterionItemProps) {
  const { t } = useI18n();
  const answerable = criterion.manual && onAnswer !== undefined;
  const required = criterion.required && <span className="tag">{t('icp.required')}</span>;
  return (
    <li className="criterion" data-criterion-id={criterion.id} data-status={criterion.status}>
      <StatusMark status={criterion.status} manual={criterion.manual} />
      <div className="criterion-body">
        {answerable ? (
          <ManualAnswer
            label={criterion.label}
            required={required}
            status={criterion.status}
            describe={describe}
            note={note}
            onAnswer={(value) => onAnswer(criterion.id, value)}
            onNote={(text) => onNote?.(criterion.id, text)}
          />
        ) : (
          <span className="criterion-label">
            {criterion.label}
            {required}
          </span>
        )}
        {criterion.evidence && <EvidenceText evidence={criterion.evidence} currency={currency} />}
        {!answerable && note !== '' && <p className="criterion-note">{note}</p>}
      </div>
    </li>
  );
}
