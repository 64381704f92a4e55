import { useI18n } from '@/components/i18n';
import { RefusalText } from '@/components/proposal/RefusalText';
import type { Outcome } from './use-decisions';

/** The result of the last decisions, announced to screen readers: what was done, and what was refused and why. */
export function OutcomeList({ outcomes }: { outcomes: readonly Outcome[] }) {
  const { t } = useI18n();
  return (
    <div role="status" className="outcomes" data-testid="review-outcomes">
      {outcomes.length > 0 && (
        <ul className="outcome-list">
          {outcomes.map((o) => (
            <li key={`${o.id}:${o.action}`} className={o.refusal ? 'refused' : 'done'}>
              {o.refusal ? (
                <>
                  {t('review.refused', { name: o.name })} <RefusalText refusal={o.refusal} />
                </>
              ) : (
                t(`review.done.${o.action}`, { name: o.name })
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
