import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n';
import type { CriterionStatus } from '@/lib/rules/result';

const SYMBOLS: Record<CriterionStatus, string> = { pass: '✓', fail: '✗', unknown: '?', unanswered: '–' };
const WORDS: Record<CriterionStatus, MessageKey> = {
  pass: 'icp.status.pass',
  fail: 'icp.status.fail',
  unknown: 'icp.status.unknown',
  unanswered: 'icp.status.unanswered',
};

/** A criterion's status as a symbol and a word, so its meaning never rests on colour alone. */
export function StatusMark({ status }: { status: CriterionStatus }) {
  const { t } = useI18n();
  return (
    <span className="status-mark" data-status={status}>
      <span aria-hidden="true">{SYMBOLS[status]}</span> {t(WORDS[status])}
    </span>
  );
}
