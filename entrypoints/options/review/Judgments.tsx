import { useI18n } from '@/components/i18n';
import type { Evidence } from '@/lib/schema/proposal';
import type { PlaybookNames } from '../playbook/playbook-names';

/**
 * The proposer's judgments captured with the proposal: each manual criterion they answered, yes or no,
 * with their description, beside the data evidence. Text from the rep is shown as text, never as HTML.
 */
export function Judgments({ judgments, proposer, names }: { judgments: Evidence['judgments']; proposer: string; names: PlaybookNames }) {
  const { t } = useI18n();
  if (!judgments || judgments.length === 0) return null;
  return (
    <section className="judgments" aria-label={t('review.judgments', { rep: proposer })}>
      <h4>{t('review.judgments', { rep: proposer })}</h4>
      <ul>
        {judgments.map((judgment) => (
          <li key={judgment.id} data-answer={judgment.answer ? 'yes' : 'no'}>
            <span aria-hidden="true">{judgment.answer ? '✓' : '✗'}</span> {names.criterionLabel(judgment.id)}:{' '}
            <strong>{t(judgment.answer ? 'review.judgment.yes' : 'review.judgment.no')}</strong>
            {judgment.note && <q className="muted"> {judgment.note}</q>}
          </li>
        ))}
      </ul>
    </section>
  );
}
