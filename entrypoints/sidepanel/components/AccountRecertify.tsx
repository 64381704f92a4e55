import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { usePanelServices } from '../services';

/**
 * On a TAL account's page: whether it is recertified this period ("Kept for 2026-Q4 by Lena:
 * renewal signed"), or, when it is due, a reason and *Keep for this period* (its removal is the TAL
 * section's own *Propose removal*).
 */
export function AccountRecertify({ accountId, period }: { accountId: string; period: string }) {
  const { t, locale } = useI18n();
  const { reads, tal } = usePanelServices();
  // undefined while read, null while due.
  const record = useLiveQuery(async () => (await reads.recertification(accountId, period)) ?? null, [reads, accountId, period]);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  if (record === undefined) return null;
  if (record) {
    return (
      <p className="muted" data-testid="account-recertified">
        {t('recertify.account.kept', {
          period,
          who: record.actorName ?? record.actorId,
          when: new Date(record.at).toLocaleDateString(locale, { dateStyle: 'medium' }),
          reason: record.reason,
        })}
      </p>
    );
  }
  const keep = async () => {
    if (reason.trim() === '') return setError(t('recertify.reasonNeeded'));
    const result = await tal.recertify({ accountIds: [accountId], action: 'keep', reason: reason.trim() });
    setError(result.ok ? null : result.refusal.message);
  };
  return (
    // Folded to one line: the TAL section is part of the glance.
    <details className="account-recertify" data-testid="account-recertify">
      <summary>{t('recertify.account.due', { period })}</summary>
      <label htmlFor={id}>{t('recertify.panel.reason')}</label>
      <input id={id} type="text" value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} />{' '}
      <button type="button" onClick={() => void keep()}>
        {t('recertify.keep')}
      </button>
      {error && <p role="alert">{error}</p>}
    </details>
  );
}
