import type { ReactNode } from 'react';
import { useI18n } from '@/components/i18n';
import type { Account } from '@/lib/schema/account';

export type AccountChoicesProps = {
  accounts: Account[];
  /** Names the list for assistive technology when no heading does. */
  label?: string;
  note?: (account: Account) => ReactNode;
  onChoose(id: string): void;
};

/** Accounts to pick from, each a button named after its company, with its domain and industry and an optional note. */
export function AccountChoices({ accounts, label, note, onChoose }: AccountChoicesProps) {
  const { t } = useI18n();
  return (
    <ul className="account-choices" aria-label={label}>
      {accounts.map((account) => (
        <li key={account.id}>
          <button
            type="button"
            className="choice"
            aria-label={t('find.choose', { name: account.name })}
            onClick={() => onChoose(account.id)}
          >
            <span className="choice-name">{account.name}</span>
            <span className="muted">{[account.domain, account.industry].filter(Boolean).join(' · ')}</span>
            {note && <span className="muted">{note(account)}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
