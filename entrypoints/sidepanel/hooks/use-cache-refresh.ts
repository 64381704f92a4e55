import { useEffect } from 'react';
import { usePanelServices } from '../services';

/**
 * Recognizes the shown page again when another account cache becomes active: a page opened while the
 * demo data or an import was still loading shows its account once it is there, not "not in the cache".
 */
export function useCacheRefresh() {
  const { store, watchCache } = usePanelServices();
  useEffect(() => watchCache(() => void store.getState().refresh()), [store, watchCache]);
}
