import { useEffect } from 'react';
import { useI18n } from '@/components/i18n';
import { activeTabItem } from '@/lib/settings/items';
import { CompanySummary } from './components/CompanySummary';
import { type PageLookup, usePanelStore } from './store';

/** The rep's panel: follows the active tab and shows what the cache knows of its company. */
export function App({ lookup, tabs = activeTabItem }: { lookup: PageLookup; tabs?: typeof activeTabItem }) {
  const { t } = useI18n();
  const view = usePanelStore((s) => s.view);
  const showTab = usePanelStore((s) => s.showTab);

  useEffect(() => {
    tabs.getValue().then((tab) => showTab(tab, lookup));
    return tabs.watch((tab) => void showTab(tab, lookup));
  }, [tabs, lookup, showTab]);

  return (
    <main aria-live="polite" style={{ padding: '0.75rem' }}>
      {view.kind === 'no-tab' && <p>{t('panel.noTab')}</p>}
      {view.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {view.kind === 'no-domain' && <p data-testid="no-domain">{t('panel.noDomain', { url: shortUrl(view.url) })}</p>}
      {view.kind === 'error' && <p role="alert">{t('common.error', { message: view.message })}</p>}
      {view.kind === 'not-found' && <p data-testid="not-found">{t('panel.notInCache', { domain: view.domain ?? shortUrl(view.url) })}</p>}
      {view.kind === 'found' && <CompanySummary account={view.account} domain={view.domain} />}
    </main>
  );
}

function shortUrl(url: string): string {
  return url.length > 80 ? `${url.slice(0, 77)}…` : url;
}
