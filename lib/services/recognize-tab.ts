import type { AccountCache } from '@/lib/db';
import { type ChoiceLookup, type PageSignals, type Recognition, recognize } from '@/lib/recognize';
import { createTabSignalsStore } from '@/lib/recognize/signals/tab-store';
import type { ActiveTab } from '@/lib/settings/items';
import { type ChoiceStore, createChoiceStore } from './choices';

/** Recognizes the page a tab shows (the panel and the toolbar badge use the same). */
export type RecognizeTab = (tab: ActiveTab) => Promise<Recognition>;

export type RecognizeTabDeps = {
  index: Pick<AccountCache, 'find'>;
  choices: ChoiceLookup;
  /** What the page's content script read, kept by the background per tab; null when there is none (yet). */
  signalsOf(tab: ActiveTab): Promise<PageSignals | null>;
};

/** Recognition of a tab's page against the account cache, with the page's signals and the rep's earlier picks. */
export function createRecognizeTab({ index, choices, signalsOf }: RecognizeTabDeps): RecognizeTab {
  return async (tab) => recognize(tab.url, { index, choices, signals: await signalsOf(tab) });
}

/**
 * The extension's recognition of a tab, as the panel and the toolbar badge both run it: the account
 * cache, the rep's picks kept in extension storage (only of accounts that still exist), and the
 * signals the background keeps per tab.
 */
export function createExtensionRecognizeTab(cache: Pick<AccountCache, 'find' | 'getAccount'>, choices: ChoiceStore = createChoiceStore()) {
  const signals = createTabSignalsStore();
  return createRecognizeTab({
    index: cache,
    choices: choices.lookup(async (id) => (await cache.getAccount(id)) !== undefined),
    signalsOf: (tab) => signals.get(tab.tabId),
  });
}
