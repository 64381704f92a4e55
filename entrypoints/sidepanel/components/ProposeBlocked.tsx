import type { ReactNode } from 'react';
import { useI18n } from '@/components/i18n';
import { RefusalText } from '@/components/proposal/RefusalText';
import { usePeriodWords } from '@/entrypoints/sidepanel/components/proposal/QuotaMeter';
import type { Proposal } from '@/lib/schema/proposal';
import type { QuotaView, Refusal } from '@/lib/services/tal/tal-service';

export type ProposeBlockedProps = {
  id: string;
  refusal: Refusal;
  pending: Proposal | null;
  who(proposerId: string, name?: string): string;
  quota: QuotaView | null;
};

/** Why the propose button is disabled, in words: an open proposal and whose it is, a spent quota, or the service's reason. */
export function ProposeBlocked({ id, refusal, pending, who, quota }: ProposeBlockedProps) {
  const { t } = useI18n();
  const period = usePeriodWords(quota?.period ?? '');
  let text: ReactNode = <RefusalText refusal={refusal} />;
  if (refusal.code === 'duplicate' && pending) text = t('tal.blocked.pending', { who: who(pending.proposerId, pending.proposerName) });
  else if (refusal.code === 'duplicate') text = t('tal.blocked.onTal');
  else if (refusal.code === 'quota-exceeded' && quota) text = t('tal.blocked.quota', { limit: quota.limit, period });
  return (
    <p id={id} className="why" data-testid="propose-blocked" data-code={refusal.code}>
      {text}
    </p>
  );
}
