import { useCallback } from 'react';
import { choiceKey, type Recognition } from '@/lib/recognize';
import { usePanelServices } from '../services';

/** Picks the account a page is about and remembers the pick for that page, so the next visit knows it. */
export function useChooseAccount(recognition: Recognition): (accountId: string) => Promise<void> {
  const { store, writes } = usePanelServices();
  return useCallback(
    async (accountId: string) => {
      const key = choiceKey(recognition);
      store.getState().chooseAccount(accountId);
      if (key) await writes.rememberChoice(key, accountId);
    },
    [recognition, store, writes],
  );
}
