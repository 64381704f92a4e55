import { useState } from 'react';
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

/** A page whose company is not in the cache (or not the one shown): candidates, a name search, or a new account. */
export function FindCompany({ tab, recognition, back }: { tab: ActiveTab; recognition: Recognition; back: string | null }) {
  const { t } = useI18n();
  const { writes } = usePanelServices();
  const goBack = usePanel((s) => s.back);
  const choose = useChooseAccount(recognition);
  const [adding, setAdding] = useState(false);
  const what = recognition.name ?? recognition.domain ?? tab.url;
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
      <CandidateList candidates={recognition.candidates} onChoose={choose} />
      <AccountSearch initial={recognition.name ?? ''} onChoose={choose} />
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
