import { useId } from 'react';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n';
import type { QuotaView } from '@/lib/services/tal/tal-service';
import './proposal.css';

/** How full a quota is: the word is shown beside the bar, so the state never rests on colour alone. */
export type QuotaState = 'ok' | 'low' | 'spent';

/** Spent when nothing is left; low when at most a fifth (or one place) is left. */
export function quotaState({ used, limit }: Pick<QuotaView, 'used' | 'limit'>): QuotaState {
  const left = limit - used;
  if (left <= 0) return 'spent';
  return left <= Math.max(1, limit / 5) ? 'low' : 'ok';
}

const PERIOD_WORDS: Record<string, MessageKey> = {
  quarter: 'quota.period.quarter',
  month: 'quota.period.month',
  year: 'quota.period.year',
  none: 'quota.period.none',
};
const STATE_WORDS: Record<QuotaState, MessageKey> = { ok: 'quota.state.ok', low: 'quota.state.low', spent: 'quota.state.spent' };

/** The words of a quota's period ("this quarter"); a period the playbook does not know is shown as is. */
export function usePeriodWords(period: string): string {
  const { t } = useI18n();
  const key = PERIOD_WORDS[period];
  return key ? t(key) : period;
}

/** "12 of 15 used this quarter — Key accounts", with a bar and its state in words. */
export function QuotaMeter({ quota }: { quota: QuotaView }) {
  const { t } = useI18n();
  const labelId = useId();
  const state = quotaState(quota);
  const period = usePeriodWords(quota.period);
  return (
    <div className="quota-meter" data-testid="quota-meter" data-state={state} data-used={quota.used} data-limit={quota.limit}>
      <p id={labelId} className="quota-text">
        {t('quota.text', { used: quota.used, limit: quota.limit, period, team: quota.teamName ?? quota.team })}
        {state !== 'ok' && <span className="quota-state"> ({t(STATE_WORDS[state])})</span>}
      </p>
      <meter
        aria-labelledby={labelId}
        min={0}
        max={Math.max(quota.limit, 1)}
        value={Math.min(quota.used, Math.max(quota.limit, 1))}
        low={Math.max(quota.limit * 0.8, 0)}
        high={Math.max(quota.limit - 0.5, 0)}
        optimum={0}
      />
    </div>
  );
}
