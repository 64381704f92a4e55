import { useI18n } from '@/components/i18n';
import { formatNumber } from '@/lib/i18n';
import type { PriorityExplanation } from '@/lib/rules/priority-explain';
import type { PriorityResult } from '@/lib/rules/result';
import { priorityReasons } from './priority-words';

export type PriorityLineProps = {
  priority: Pick<PriorityResult, 'score' | 'tier' | 'tierName'>;
  /** With the explanation, the line says why: "— ICP fit 100%, Intent score 81 and Engagement score 55". */
  why?: PriorityExplanation;
  currency?: string;
};

/** The account's tier and priority score (0–100) in one line, and the factors that put it there: "Tier 1:1 · priority 80.7 — ICP fit 100%, …". */
export function PriorityLine({ priority, why, currency = 'USD' }: PriorityLineProps) {
  const { t, locale } = useI18n();
  const reasons = why ? priorityReasons(why, locale, currency, t) : '';
  return (
    <p className="priority" data-tier={priority.tier ?? ''} data-testid="priority-line">
      <strong>
        {t('priority.line', {
          tier: priority.tierName ?? priority.tier ?? 'none',
          score: formatNumber(locale, priority.score, { maximumFractionDigits: 1 }),
        })}
      </strong>
      {reasons !== '' && ` — ${reasons}`}
    </p>
  );
}
