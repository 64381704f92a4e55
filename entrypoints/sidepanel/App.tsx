import { useEffect } from 'react';
import { useI18n } from '@/components/i18n';
import { focusAccountItem } from '@/lib/settings/alerts';
import { activeTabItem } from '@/lib/settings/items';
import { periodOf } from '@/lib/tal/period';
import { AlertsSection } from './components/AlertsSection';
import { MyProposalsSection } from './components/MyProposalsSection';
import { PageContent } from './components/PageContent';
import { PanelHeader } from './components/PanelHeader';
import { RecertifyDue } from './components/RecertifyDue';
import { SuggestionsSection } from './components/SuggestionsSection';
import { useCacheRefresh } from './hooks/use-cache-refresh';
import { useCompiledPlaybook } from './hooks/use-compiled-playbook';
import { useMe } from './hooks/use-me';
import { useMyProposals } from './hooks/use-my-proposals';
import { usePanel } from './hooks/use-panel';
import { useSignalsRefresh } from './hooks/use-signals-refresh';
import { usePanelServices } from './services';
import './panel.css';

/** The rep's panel: follows the active tab and shows its company, its fit and the next step. */
export function App({ tabs = activeTabItem, focus = focusAccountItem }: { tabs?: typeof activeTabItem; focus?: typeof focusAccountItem }) {
  const { t } = useI18n();
  const { store, now } = usePanelServices();
  const view = usePanel((s) => s.view);
  const playbook = useCompiledPlaybook();
  const { me, error } = useMe(playbook);
  const mine = useMyProposals(me?.id);
  useSignalsRefresh();
  useCacheRefresh();

  useEffect(() => {
    const show = store.getState().showTab;
    // The first read may answer after a change was already watched: the change is newer, so it wins.
    let stale = false;
    tabs.getValue().then((tab) => {
      if (!stale) void show(tab);
    });
    const unwatch = tabs.watch((tab) => {
      stale = true;
      void show(tab);
    });
    return () => {
      stale = true;
      unwatch();
    };
  }, [tabs, store]);

  // A clicked alert notification names an account: it is shown as soon as a page is (the panel may
  // be opening), then forgotten, so the next opening of the panel shows the tab's company again.
  useEffect(() => {
    let pending: string | null = null;
    const apply = () => {
      const { view, showAccount } = store.getState();
      if (pending === null || (view.kind !== 'account' && view.kind !== 'find' && view.kind !== 'no-company')) return;
      const accountId = pending;
      // Cleared first: showing the account notifies this very subscriber.
      pending = null;
      showAccount(accountId);
      void focus.setValue(null);
    };
    const take = (value: { accountId: string } | null) => {
      if (!value) return;
      pending = value.accountId;
      apply();
    };
    focus.getValue().then(take);
    const unwatch = focus.watch(take);
    const unsubscribe = store.subscribe(apply);
    return () => {
      unwatch();
      unsubscribe();
    };
  }, [focus, store]);

  return (
    <>
      <PanelHeader />
      <main aria-busy={view.kind === 'loading'}>
        <PageContent view={view} playbook={playbook} me={me} quotaVersion={mine} />
        {/* The rules come from the playbook the panel already compiled. */}
        <AlertsSection rules={playbook?.playbook.alerts ?? []} />
        {me && playbook && <RecertifyDue me={me} period={periodOf(new Date(now()), playbook.playbook.tal.period).key} />}
        {me && <SuggestionsSection me={me} />}
        {error && <p role="alert">{t('common.error', { message: error })}</p>}
        {me && <MyProposalsSection rows={mine} />}
      </main>
    </>
  );
}
