import type { AccountCache } from '@/lib/db';
import { type ChoiceLookup, type PageSignals, type Recognition, recognize } from '@/lib/recognize';
import type { ActiveTab } from '@/lib/settings/items';

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
