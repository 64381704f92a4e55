import { create } from 'zustand';
import type { Account } from '@/lib/schema/account';
import type { ActiveTab } from '@/lib/settings/items';

/** What the panel shows for the tab the rep is looking at. */
export type PageView =
  | { kind: 'no-tab' }
  | { kind: 'loading'; url: string }
  | { kind: 'no-domain'; url: string }
  | { kind: 'found'; url: string; domain: string | null; account: Account }
  | { kind: 'not-found'; url: string; domain: string | null }
  | { kind: 'error'; url: string; message: string };

/** Finds the company of a page: injected so tests and the real panel supply their own. */
export type PageLookup = (url: string) => Promise<{ domain: string | null; account: Account | null; recognized: boolean }>;

type PanelState = {
  view: PageView;
  /** Increases with every tab shown, so that a stale lookup never overwrites a newer one. */
  seq: number;
  /** Shows a tab; a newer tab that arrives while an older lookup runs wins (no flicker of the previous company). */
  showTab(tab: ActiveTab | null, lookup: PageLookup): Promise<void>;
};

export const usePanelStore = create<PanelState>((set, get) => ({
  view: { kind: 'no-tab' },
  seq: 0,
  async showTab(tab, lookup) {
    const mine = get().seq + 1;
    set({ seq: mine });
    if (!tab) return set({ view: { kind: 'no-tab' } });
    set({ view: { kind: 'loading', url: tab.url } });
    try {
      const result = await lookup(tab.url);
      if (mine !== get().seq) return;
      if (!result.recognized) set({ view: { kind: 'no-domain', url: tab.url } });
      else if (result.account) set({ view: { kind: 'found', url: tab.url, domain: result.domain, account: result.account } });
      else set({ view: { kind: 'not-found', url: tab.url, domain: result.domain } });
    } catch (error) {
      if (mine !== get().seq) return;
      set({ view: { kind: 'error', url: tab.url, message: error instanceof Error ? error.message : String(error) } });
    }
  },
}));
