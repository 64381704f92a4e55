import { useEffect } from 'react';
import { usePanelServices } from '../services';
import { usePanel } from './use-panel';

/** Recognizes the shown page again when its content script reports what it read (a name, a website field). */
export function useSignalsRefresh() {
  const { store, watchPageSignals } = usePanelServices();
  const tabId = usePanel((s) => ('tab' in s.view ? s.view.tab.tabId : null));
  useEffect(() => {
    if (tabId === null) return;
    return watchPageSignals(tabId, () => void store.getState().refresh());
  }, [tabId, store, watchPageSignals]);
}
