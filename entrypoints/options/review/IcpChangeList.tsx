import { useI18n } from '@/components/i18n';
import { formatNumber } from '@/lib/i18n';
import { CRITERION_STATUSES, type CriterionStatus } from '@/lib/rules/result';
import type { PlaybookNames } from '../playbook/playbook-names';
import type { IcpChange } from './icp-changes';

const isStatus = (value: string): value is CriterionStatus => (CRITERION_STATUSES as readonly string[]).includes(value);

/** What changed in the account's ICP result since it was proposed, in words. */
export function IcpChangeList({ changes, names }: { changes: readonly IcpChange[]; names: PlaybookNames }) {
  const { t, locale } = useI18n();
  const status = (value: string) => (isStatus(value) ? t(`icp.status.${value}`) : value);
  if (changes.length === 0) return <p className="muted">{t('review.changes.none')}</p>;
  const pct = (value: number | null) => (value === null ? t('gov.none') : formatNumber(locale, value, { style: 'percent' }));
  const say = (change: IcpChange): string => {
    switch (change.kind) {
      case 'verdict':
        return t('review.changes.verdict', { from: t(`icp.verdict.${change.from}`), to: t(`icp.verdict.${change.to}`) });
      case 'score':
      case 'coverage':
        return t(`review.changes.${change.kind}`, { from: pct(change.from), to: pct(change.to) });
      case 'tier':
        return t('review.changes.tier', {
          from: change.from === null ? t('gov.none') : names.tierName(change.from),
          to: change.to === null ? t('gov.none') : names.tierName(change.to),
        });
      case 'segment-added':
      case 'segment-removed':
        return t(`review.changes.${change.kind}`, { segment: names.segmentName(change.segment) });
      case 'criterion':
        return t('review.changes.criterion', {
          criterion: names.criterionLabel(change.criterion),
          from: status(change.from),
          to: status(change.to),
        });
    }
  };
  return (
    <ul className="icp-changes">
      {changes.map((change) => (
        <li key={JSON.stringify(change)}>{say(change)}</li>
      ))}
    </ul>
  );
}
