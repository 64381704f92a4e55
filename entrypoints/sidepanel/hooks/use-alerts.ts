import { useLiveQuery } from 'dexie-react-hooks';
import { usePanelServices } from '../services';

/** The alerts that fired for this person and the rules they muted, live; undefined while loading. */
export function useAlerts() {
  const { reads } = usePanelServices();
  return useLiveQuery(() => reads.alerts(), [reads]);
}
