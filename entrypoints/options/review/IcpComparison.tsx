import { useI18n } from '@/components/i18n';
import type { PlaybookNames } from '../playbook/playbook-names';
import { IcpChangeList } from './IcpChangeList';
import { IcpFacts } from './IcpFacts';
import { icpChanges } from './icp-changes';
import type { ReviewItem } from './review-item';

type Props = { item: ReviewItem; names: PlaybookNames };

/** The ICP result captured when the account was proposed beside its result now, and what changed. */
export function IcpComparison({ item, names }: Props) {
  const { t } = useI18n();
  const { evidence } = item.proposal;
  const { current, account } = item;
  return (
    <div className="icp-comparison">
      <section aria-label={t('review.then')}>
        <h4>{t('review.then')}</h4>
        {evidence ? <IcpFacts facts={evidence} names={names} /> : <p className="muted">{t('review.noEvidence')}</p>}
      </section>
      <section aria-label={t('review.now')}>
        <h4>{t('review.now')}</h4>
        {!account && <p className="muted">{t('review.notInData')}</p>}
        {account && !current && <p className="muted">{t('review.noPlaybook')}</p>}
        {current && (
          <IcpFacts facts={{ ...current.icp, segments: current.segments.map((s) => s.id), tier: current.priority.tier }} names={names} />
        )}
        {current && evidence && <IcpChangeList changes={icpChanges(evidence, current)} names={names} />}
      </section>
    </div>
  );
}
