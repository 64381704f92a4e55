import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { NO_DATA_EVIDENCE } from '@/lib/rules/evidence-of';
import type { Actor } from '@/lib/services/tal/tal-service';
import { type PanelReads, usePanelServices } from '../services';

/** Accounts listed: the panel stays short; the options page has the whole view. */
const SHOWN = 6;

type Due = Awaited<ReturnType<PanelReads['recertifyDueList']>>[number];

/**
 * "Your TAL accounts to recertify (2026-Q4): 6": this period's TAL accounts of the rep's team not yet
 * kept. The count is read from the TAL's records alone on every page; the list (evaluated, flagged
 * first) only when the rep opens it. The rep keeps one for the period or proposes its removal, with
 * one reason for either; the manager's whole view is the options page's Recertify section.
 */
export function RecertifyDue({ me, period }: { me: Actor; period: string }) {
  const { t } = useI18n();
  const { reads, tal, store, openOptions } = usePanelServices();
  const count = useLiveQuery(() => reads.recertifyDue(me, period), [reads, me, period]);
  const [open, setOpen] = useState(false);
  const [list, setList] = useState<Due[] | null>(null);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  useEffect(() => {
    // Read again when opened and whenever the count moves (an account kept here, a sync).
    if (!open || count === undefined) return;
    let live = true;
    reads.recertifyDueList(me, SHOWN).then(
      (found) => live && setList(found),
      () => live && setList([]),
    );
    return () => {
      live = false;
    };
  }, [open, reads, me, count]);
  if (!count) return null;

  const act = async ({ id, name, evidence }: Due, action: 'keep' | 'propose') => {
    if (reason.trim() === '') return setMessage({ kind: 'alert', text: t('recertify.reasonNeeded') });
    const result =
      action === 'keep'
        ? await tal.recertify({ accountIds: [id], action: 'keep', reason: reason.trim() })
        : // An account the data lacks has no evaluation to attach: its evidence says it needs data.
          await tal.propose({ type: 'remove', accountId: id, reason: reason.trim() }, evidence ?? NO_DATA_EVIDENCE);
    setMessage(
      result.ok
        ? {
            kind: 'status',
            text: t(action === 'keep' ? 'recertify.panel.kept' : 'recertify.panel.proposed', { name, period: period }),
          }
        : { kind: 'alert', text: result.refusal.message },
    );
  };

  return (
    <details className="recertify-due card" data-testid="recertify-due" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <h2>{t('recertify.panel.heading', { count: count, period: period })}</h2>
      </summary>
      <label className="recertify-reason">
        {t('recertify.panel.reason')} <input type="text" value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} />
      </label>
      {message && <p role={message.kind}>{message.text}</p>}
      {list === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <ul className="recertify-due-list">
          {list.map((account) => (
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
      )}
      {count > SHOWN && (
        <p>
          <button type="button" className="link-button" onClick={openOptions}>
            {t('recertify.panel.more', { count: count - SHOWN })}
          </button>
        </p>
      )}
    </details>
  );
}
