import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useId, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { usePanelServices } from '../services';
import { AccountChoices } from './AccountChoices';

const MIN_LENGTH = 2;
const LIMIT = 8;

/** A name search of the account cache, results as the rep types. */
export function AccountSearch({ initial, onChoose }: { initial: string; onChoose(id: string): void }) {
  const { t } = useI18n();
  const { reads } = usePanelServices();
  const inputId = useId();
  const [text, setText] = useState(initial);
  const query = useDeferredValue(text.trim());
  const results = useLiveQuery(
    async () => ({ query, accounts: query.length < MIN_LENGTH ? [] : await reads.searchAccounts(query, LIMIT) }),
    [reads, query],
  );
  const shown = results?.query === query && query.length >= MIN_LENGTH ? results.accounts : null;
  return (
    <search aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('find.search')}</h2>
      <input
        id={inputId}
        type="search"
        value={text}
        autoComplete="off"
        aria-labelledby={`${inputId}-heading`}
        onChange={(event) => setText(event.target.value)}
      />
      <p role="status" className="muted">
        {shown?.length === 0 && t('find.search.noMatch', { query })}
      </p>
      {shown && shown.length > 0 && <AccountChoices accounts={shown} label={t('find.search.results', { query })} onChoose={onChoose} />}
    </search>
  );
}
