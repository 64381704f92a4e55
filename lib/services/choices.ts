import { storage } from '@wxt-dev/storage';
import { z } from 'zod';
import type { ChoiceLookup } from '@/lib/recognize';

/** The rep's picks of which account a page is about, by page key (`choiceKey()` of lib/recognize). */
export const ChoicesSchema = z.record(z.string(), z.string());
export const choicesItem = storage.defineItem<z.infer<typeof ChoicesSchema>>('local:recognitionChoices', { fallback: {} });

export interface ChoiceStore {
  remember(pageKey: string, accountId: string): Promise<void>;
  /** The lookup recognition takes; only ids of accounts that still exist are returned. */
  lookup(exists: (accountId: string) => Promise<boolean>): ChoiceLookup;
}

/** Remembered choices in extension storage (a few hundred short entries at most). */
export function createChoiceStore(item = choicesItem): ChoiceStore {
  const read = async () => {
    const parsed = ChoicesSchema.safeParse(await item.getValue());
    return parsed.success ? parsed.data : {};
  };
  return {
    async remember(pageKey, accountId) {
      await item.setValue({ ...(await read()), [pageKey]: accountId });
    },
    lookup: (exists) => async (key) => {
      const accountId = (await read())[key];
      return accountId && (await exists(accountId)) ? accountId : null;
    },
  };
}
