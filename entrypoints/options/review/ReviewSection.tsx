import { useMemo } from 'react';
import { useI18n } from '@/components/i18n';
import type { Actor } from '@/lib/services/tal/tal-service';
import { playbookNames } from '../playbook/playbook-names';
import { useOpenedAt, useOptionsServices } from '../services';
import { ReviewQueue } from './ReviewQueue';
import { useReviewData } from './use-review-data';

export type ReviewSectionProps = { actor: Actor };

/** The Review section: the manager's queue of pending proposals, or a rep's own pending ones. */
export function ReviewSection({ actor }: ReviewSectionProps) {
  const { t } = useI18n();
  const { tal } = useOptionsServices();
  const now = useOpenedAt();
  const data = useReviewData(actor, now);
  const names = useMemo(() => playbookNames(data?.playbook), [data?.playbook]);
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  return (
    <>
      {actor.role === 'rep' && (
        <>
          <p className="muted">{t('gov.role.rep')}</p>
          <h2>{t('review.heading.mine')}</h2>
        </>
      )}
      <ReviewQueue items={data.items} actor={actor} now={now} service={tal} names={names} />
    </>
  );
}
