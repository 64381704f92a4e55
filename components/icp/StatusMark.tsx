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
/** A judgment's pass and fail are the rep's own yes and no. */
const ANSWERS: Record<CriterionStatus, MessageKey> = { ...WORDS, pass: 'common.yes', fail: 'common.no' };

/**
 * A criterion's status as a symbol in a coloured chip, with the word for screen readers and as a
 * tooltip: the meaning never rests on colour alone, and the checklist's rows stay narrow.
 */
export function StatusMark({ status, manual = false }: { status: CriterionStatus; manual?: boolean }) {
  const { t } = useI18n();
  const word = t((manual ? ANSWERS : WORDS)[status]);
  return (
    <span className="status-mark" data-status={status} title={word}>
      <span aria-hidden="true">{SYMBOLS[status]}</span>
      <span className="visually-hidden">{word}</span>
    </span>
  );
}
