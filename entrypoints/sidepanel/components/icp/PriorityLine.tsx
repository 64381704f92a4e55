import { useI18n } from '@/components/i18n';
import { formatNumber } from '@/lib/i18n';
import type { PriorityResult } from '@/lib/rules/result';

/** The account's priority score (0–100) and tier, e.g. "Priority 64.3 · tier 1:few". */
export function PriorityLine({ priority }: { priority: Pick<PriorityResult, 'score' | 'tier' | 'tierName'> }) {
  const { t, locale } = useI18n();
  const tier = priority.tierName ?? priority.tier;
  return (
    <p className="priority" data-tier={priority.tier ?? ''}>
      <strong>{t('icp.priority', { score: formatNumber(locale, priority.score, { maximumFractionDigits: 1 }) })}</strong>
      {' · '}
      {tier === null ? t('icp.tier.none') : t('icp.tier', { tier })}
    </p>
  );
}
