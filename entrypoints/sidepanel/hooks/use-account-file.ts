import { useLiveQuery } from 'dexie-react-hooks';
import type { AccountFile } from '../services';
import { usePanelServices } from '../services';

/**
 * The live file of one account: undefined while it loads, null when the account is not in the cache.
 * A live query keeps its last result while the next one loads, so the component using this is keyed by
 * the account id: the previous company never shows under the next one's page.
 */
export function useAccountFile(accountId: string): AccountFile | null | undefined {
  const { reads } = usePanelServices();
  return useLiveQuery(() => reads.accountFile(accountId), [reads, accountId]);
}
