import { useI18n } from '@/components/i18n';
import { useAlerts } from '../hooks/use-alerts';
import { usePanelServices } from '../services';

/** Notices shown before "Show all": the newest few keep the panel short. */
const SHOWN = 5;

/**
 * The alerts that fired for this person (computed in this browser on every import and sync): the
 * unread count in the heading, each alert with its account to open, "Mark all read", and each rule
 * with a switch to mute it for oneself. Nothing appears when the playbook has no alerts.
 */
export function AlertsSection({ rules }: { rules: readonly { id: string; label: string }[] }) {
  const { t, locale } = useI18n();
  const { writes, store } = usePanelServices();
  const alerts = useAlerts();
  if (!alerts || (rules.length === 0 && alerts.notices.length === 0)) return null;
  const unread = alerts.notices.filter((notice) => !notice.read).length;
  const muted = new Set(alerts.muted);
  const open = (id: string, accountId: string) => {
    store.getState().showAccount(accountId);
    void writes.markAlertsRead([id]);
  };
  return (
    // Below the company, folded: the glance stays first; the heading counts what is new.
    <details className="alerts card" data-testid="alerts">
      <summary>
        <h2>{unread > 0 ? t('alerts.heading.unread', { count: unread }) : t('alerts.heading')}</h2>
      </summary>
      {alerts.notices.length === 0 ? (
        <p className="muted">{t('alerts.none')}</p>
      ) : (
        <ul className="alert-list">
          {alerts.notices.slice(0, SHOWN).map((notice) => (
            <li key={notice.id} data-read={notice.read ? 'yes' : 'no'}>
              {!notice.read && <span className="visually-hidden">{t('alerts.new')} </span>}
              <strong>{notice.label}</strong> —{' '}
              <button type="button" className="link-button" onClick={() => open(notice.id, notice.accountId)}>
                {notice.accountName}
              </button>{' '}
              <span className="muted">{new Date(notice.firedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })}</span>
            </li>
          ))}
        </ul>
      )}
      {unread > 0 && (
        <button type="button" onClick={() => void writes.markAlertsRead()}>
          {t('alerts.markRead')}
        </button>
      )}
      {rules.length > 0 && (
        <fieldset className="alert-rules">
          <legend>{t('alerts.rules')}</legend>
          {rules.map((rule) => (
            <label key={rule.id}>
              <input
                type="checkbox"
                checked={!muted.has(rule.id)}
                onChange={(event) => void writes.muteAlert(rule.id, !event.target.checked)}
              />{' '}
              {rule.label}
            </label>
          ))}
        </fieldset>
      )}
    </details>
  );
}
