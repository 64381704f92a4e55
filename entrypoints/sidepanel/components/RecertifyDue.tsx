import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { Actor } from '@/lib/services/tal/tal-service';
import { usePanelServices } from '../services';

/** Accounts listed before "and N more": the panel stays short; the options page has the whole view. */
const SHOWN = 6;

/**
 * "Your TAL accounts to recertify: 6": this period's TAL accounts of the rep's team not yet kept,
 * flagged first. The rep keeps one for the period or proposes its removal, with one reason for
 * either; the manager's whole view is the options page's Recertify section.
 */
export function RecertifyDue({ me }: { me: Actor }) {
  const { t } = useI18n();
  const { reads, tal, store, openOptions } = usePanelServices();
  const state = useLiveQuery(() => reads.recertifyDue(me), [reads, me]);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  if (!state || state.due.length === 0) return null;

  const act = async ({ id, name, evidence }: (typeof state.due)[number], action: 'keep' | 'propose') => {
    if (reason.trim() === '') return setMessage({ kind: 'alert', text: t('recertify.reasonNeeded') });
    const result =
      action === 'keep'
        ? await tal.recertify({ accountIds: [id], action: 'keep', reason: reason.trim() })
        : // An account the data lacks has no evaluation to attach: its evidence says it needs data.
          await tal.propose(
            { type: 'remove', accountId: id, reason: reason.trim() },
            evidence ?? { verdict: 'needs-data', score: null, coverage: 0, segments: [] },
          );
    setMessage(
      result.ok
        ? {
            kind: 'status',
            text: t(action === 'keep' ? 'recertify.panel.kept' : 'recertify.panel.proposed', { name, period: state.period }),
          }
        : { kind: 'alert', text: result.refusal.message },
    );
  };

  return (
    <details className="recertify-due card" data-testid="recertify-due">
      <summary>
        <h2>{t('recertify.panel.heading', { count: state.due.length, period: state.period })}</h2>
      </summary>
      <label className="recertify-reason">
        {t('recertify.panel.reason')} <input type="text" value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} />
      </label>
      {message && <p role={message.kind}>{message.text}</p>}
      <ul className="recertify-due-list">
        {state.due.slice(0, SHOWN).map((account) => (
          <li key={account.id}>
            <button type="button" className="link-button" onClick={() => store.getState().showAccount(account.id)}>
              {account.name}
            </button>
            {account.flags.length > 0 && (
              <span className="muted"> · {account.flags.map((flag) => t(`recertify.flag.${flag}`)).join(', ')}</span>
            )}
            <span className="recertify-due-actions">
              <button type="button" onClick={() => void act(account, 'keep')}>
                {t('recertify.panel.keep', { name: account.name })}
              </button>{' '}
              <button type="button" onClick={() => void act(account, 'propose')}>
                {t('recertify.panel.propose', { name: account.name })}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {state.due.length > SHOWN && (
        <p>
          <button type="button" className="link-button" onClick={openOptions}>
            {t('recertify.panel.more', { count: state.due.length - SHOWN })}
          </button>
        </p>
      )}
    </details>
  );
}
