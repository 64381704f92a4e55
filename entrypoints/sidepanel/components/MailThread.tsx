import { useLiveQuery } from 'dexie-react-hooks';
import { useI18n } from '@/components/i18n';
import type { Recognition } from '@/lib/recognize';
import type { Account } from '@/lib/schema/account';
import { usePanel } from '../hooks/use-panel';
import { usePanelServices } from '../services';

/**
 * On a mail page: how many people of the shown company the thread has ("2 people from Fabrikam Software
 * in this thread"), and the other companies in it that the cache knows, to switch to with one click.
 */
export function MailThread({ recognition, account }: { recognition: Recognition; account: Account }) {
  const { t } = useI18n();
  const { reads } = usePanelServices();
  const choose = usePanel((s) => s.chooseAccount);
  const others = recognition.candidates.filter((c) => c.accountId !== account.id);
  const accounts = useLiveQuery(() => reads.accounts(others.map((c) => c.accountId)), [reads, recognition, account.id]);
  const thread = recognition.thread;
  if (!thread) return null;
  const mine = thread.companies.find((company) => company.domain === account.domain || company.domain === recognition.domain);
  return (
    <div className="mail-thread" data-testid="mail-thread">
      {mine && <p className="muted">{t('mail.people', { count: mine.people, name: account.name })}</p>}
      {accounts && accounts.length > 0 && (
        <p className="muted">
          {t('mail.alsoInThread')}{' '}
          {accounts.map((other, i) => (
            <span key={other.id}>
              {i > 0 && ', '}
              <button type="button" className="link-button" onClick={() => choose(other.id)}>
                {other.name}
              </button>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
