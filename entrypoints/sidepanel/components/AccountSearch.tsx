import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useId, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { usePanelServices } from '../services';
import { AccountChoices } from './AccountChoices';

const MIN_LENGTH = 2;
const LIMIT = 8;

export type AccountSearchProps = {
  initial: string;
  /** An account not to offer (the one the rep said this page is not about). */
  exclude?: string | null;
  /** Takes the keyboard at once (the rep asked to find another company). */
  autoFocus?: boolean;
  onChoose(id: string): void;
};

/** A name search of the account cache, results as the rep types. */
export function AccountSearch({ initial, exclude = null, autoFocus = false, onChoose }: AccountSearchProps) {
  const { t } = useI18n();
  const { reads } = usePanelServices();
  const inputId = useId();
  const [text, setText] = useState(initial);
  const query = useDeferredValue(text.trim());
  const results = useLiveQuery(
    async () => ({
      query,
      accounts:
        query.length < MIN_LENGTH ? [] : (await reads.searchAccounts(query, LIMIT + 1)).filter((a) => a.id !== exclude).slice(0, LIMIT),
    }),
    [reads, query, exclude],
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
        // biome-ignore lint/a11y/noAutofocus: the rep just asked to find another company; the search is what they came for.
        autoFocus={autoFocus}
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
