import { useLiveQuery } from 'dexie-react-hooks';
import { useI18n } from '@/components/i18n';
import { formatNumber } from '@/lib/i18n';
import type { AccountMatch } from '@/lib/recognize';
import { usePanelServices } from '../services';
import { AccountChoices } from './AccountChoices';

/** The accounts recognition found possible but not certain, with how each was found. */
export function CandidateList({ candidates, onChoose }: { candidates: AccountMatch[]; onChoose(id: string): void }) {
  const { t, locale } = useI18n();
  const { reads } = usePanelServices();
  const accounts = useLiveQuery(() => reads.accounts(candidates.map((c) => c.accountId)), [reads, candidates]);
  if (!accounts || accounts.length === 0) return null;
  const byId = new Map(candidates.map((c) => [c.accountId, c]));
  return (
    <section aria-labelledby="candidates-heading">
      <h2 id="candidates-heading">{t('find.candidates')}</h2>
      <AccountChoices
        accounts={accounts}
        onChoose={onChoose}
        note={(account) => {
          const match = byId.get(account.id);
          if (!match) return null;
          const confidence = formatNumber(locale, match.confidence, { style: 'percent', maximumFractionDigits: 0 });
          return `${t('panel.matchedBy', { by: t(`find.by.${match.by}`) })} · ${confidence}`;
        }}
      />
    </section>
  );
}
