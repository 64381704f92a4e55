import { useI18n } from '@/components/i18n';
import { IcpChangeList } from './IcpChangeList';
import { IcpFacts } from './IcpFacts';
import { icpChanges } from './icp-changes';
import type { ReviewItem } from './review-item';

type Props = { item: ReviewItem; segmentName(id: string): string; criterionLabel(id: string): string };

/** The ICP result captured when the account was proposed beside its result now, and what changed. */
export function IcpComparison({ item, segmentName, criterionLabel }: Props) {
  const { t } = useI18n();
  const { evidence } = item.proposal;
  const { current, account } = item;
  return (
    <div className="icp-comparison">
      <section aria-label={t('review.then')}>
        <h4>{t('review.then')}</h4>
        {evidence ? <IcpFacts facts={evidence} segmentName={segmentName} /> : <p className="muted">{t('review.noEvidence')}</p>}
      </section>
      <section aria-label={t('review.now')}>
        <h4>{t('review.now')}</h4>
        {!account && <p className="muted">{t('review.accountGone')}</p>}
        {account && !current && <p className="muted">{t('review.noPlaybook')}</p>}
        {current && (
          <IcpFacts
            facts={{ ...current.icp, segments: current.segments.map((s) => s.id), tier: current.priority.tier }}
            segmentName={segmentName}
          />
        )}
        {current && evidence && (
          <IcpChangeList changes={icpChanges(evidence, current)} segmentName={segmentName} criterionLabel={criterionLabel} />
        )}
      </section>
    </div>
  );
}
