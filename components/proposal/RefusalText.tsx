import { useI18n } from '@/components/i18n';
import type { Refusal } from '@/lib/services/tal/tal-service';

/** Why the TAL service refused a proposal or a withdrawal, in the rep's language. */
export function RefusalText({ refusal }: { refusal: Refusal }) {
  const { t } = useI18n();
  switch (refusal.code) {
    case 'quota-exceeded':
      return <>{t('proposal.refused.quota-exceeded', { used: refusal.used ?? '?', limit: refusal.limit ?? '?' })}</>;
    case 'invalid':
      return <>{t('proposal.refused.invalid', { message: refusal.message })}</>;
    default:
      return <>{t(`proposal.refused.${refusal.code}`)}</>;
  }
}
