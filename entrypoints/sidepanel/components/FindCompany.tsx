import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { Recognition } from '@/lib/recognize';
import type { ActiveTab } from '@/lib/settings/items';
import { useChooseAccount } from '../hooks/use-choose-account';
import { usePanel } from '../hooks/use-panel';
import { usePanelServices } from '../services';
import { AccountSearch } from './AccountSearch';
import { CandidateList } from './CandidateList';
import { NewAccountForm } from './NewAccountForm';
import { ReadSiteAccess } from './ReadSiteAccess';

/**
 * A page whose company is not in the cache, or not the one shown ("Not this company?"): the other
 * candidates, a name search, or a new account. The account shown (`back`) is never offered again;
 * the search starts from the page's name, else from the first word of the shown account's name,
 * where a sister company or subsidiary would be found.
 */
export function FindCompany({ tab, recognition, back }: { tab: ActiveTab; recognition: Recognition; back: string | null }) {
  const { t } = useI18n();
  const { writes, reads } = usePanelServices();
  const goBack = usePanel((s) => s.back);
  const choose = useChooseAccount(recognition);
  const [adding, setAdding] = useState(false);
  const what = recognition.name ?? recognition.domain ?? tab.url;
  const shown = useLiveQuery(async () => (back ? ((await reads.accounts([back]))[0] ?? null) : null), [reads, back]);
  const others = useMemo(() => recognition.candidates.filter((c) => c.accountId !== back), [recognition, back]);
  if (back && shown === undefined) return null;
  const initialSearch = recognition.name ?? firstWord(shown?.name) ?? '';
  return (
    <article className="find" aria-labelledby="find-heading">
      <h1 id="find-heading">{what}</h1>
      {back ? (
        <button type="button" onClick={goBack}>
          {t('panel.back')}
        </button>
      ) : (
        <p data-testid="not-found">{t('panel.notInCache', { domain: recognition.domain ?? what })}</p>
      )}
      {!back && <ReadSiteAccess url={tab.url} />}
      {back && others.length === 0 && <p data-testid="no-other-candidates">{t('find.noOthers')}</p>}
      <CandidateList candidates={others} onChoose={choose} />
      <AccountSearch initial={initialSearch} exclude={back} autoFocus={back !== null} onChoose={choose} />
      {adding ? (
        <NewAccountForm
          initial={{ name: recognition.name ?? '', domain: recognition.domain ?? '' }}
          onCancel={() => setAdding(false)}
          onSubmit={async (draft) => {
            const account = await writes.addAccount(draft);
            await choose(account.id);
          }}
        />
      ) : (
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          {t('find.new')}
        </button>
      )}
    </article>
  );
}

/** A name's first word, when it is long enough to search by ("Fabrikam Software" → "Fabrikam"). */
function firstWord(name: string | undefined): string | undefined {
  const word = name?.trim().split(/\s+/)[0];
  return word && word.length >= 3 ? word : undefined;
}
