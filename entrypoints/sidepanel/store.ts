import { createStore } from 'zustand/vanilla';
import type { Recognition } from '@/lib/recognize';
import type { RecognizeTab } from '@/lib/services/recognize-tab';
import type { ActiveTab } from '@/lib/settings/items';

/** What the panel shows for the tab the rep is looking at. */
export type PageView =
  | { kind: 'no-tab' }
  | { kind: 'loading'; tab: ActiveTab }
  /** The page names no company (a blank tab, a CRM list view, a search page). */
  | { kind: 'no-company'; tab: ActiveTab; recognition: Recognition }
  /** `chosen` when the rep picked the account (a later quiet recognition of the same page keeps it). */
  | { kind: 'account'; tab: ActiveTab; recognition: Recognition; accountId: string; chosen?: true }
  /** Not in the cache, or the rep asked to pick another company: `back` returns to the account shown before. */
  | { kind: 'find'; tab: ActiveTab; recognition: Recognition; back: string | null }
  | { kind: 'error'; tab: ActiveTab; message: string };

/** Which company a tab shows: injected, so tests and the extension supply their own. */
export type { RecognizeTab };

export type PanelState = {
  view: PageView;
  /** Increases with every page shown, so that a slow recognition never overwrites a newer page. */
  seq: number;
  /** Shows a tab; a newer tab that arrives while an older one is recognized wins (no flicker of the previous company). */
  showTab(tab: ActiveTab | null): Promise<void>;
  /** The rep says which account this page is about (a candidate, a search hit, or a new account). */
  chooseAccount(accountId: string): void;
  /** Shows an account whatever the page (an alert opened from its notification or the Alerts list). */
  showAccount(accountId: string): void;
  /** Opens the finder (candidates, search, new account) for the page shown. */
  findAnother(): void;
  /** Leaves the finder for the account shown before it. */
  back(): void;
  /** Recognizes the page shown again, quietly (its signals arrived or changed). */
  refresh(): Promise<void>;
  /** Whether the rep has the checklist's judgments open: kept from company to company while the panel is open. */
  judgmentsOpen: boolean;
  setJudgmentsOpen(open: boolean): void;
};

/** The panel's state: one store per panel, created with its recognizer. */
export function createPanelStore(recognizeTab: RecognizeTab) {
  return createStore<PanelState>()((set, get) => ({
    view: { kind: 'no-tab' },
    seq: 0,
    judgmentsOpen: false,
    setJudgmentsOpen: (judgmentsOpen) => set({ judgmentsOpen }),
    async showTab(tab) {
      const mine = get().seq + 1;
      set({ seq: mine });
      if (!tab) return set({ view: { kind: 'no-tab' } });
      const shown = get().view;
      const samePage = 'tab' in shown && shown.tab.tabId === tab.tabId && shown.tab.url === tab.url;
      // The same page again (a title change, signals read later): recognize quietly; anything else hides the old page at once.
      if (!samePage) set({ view: { kind: 'loading', tab } });
      try {
        const recognition = await recognizeTab(tab);
        if (mine !== get().seq) return;
        const next = viewOf(tab, recognition);
        const current = get().view;
        if (samePage && (repDecided(current) || sameView(current, next))) return;
        set({ view: next });
      } catch (error) {
        if (mine !== get().seq) return;
        // A failed quiet re-recognition keeps the page shown, which was recognized a moment ago.
        if (samePage && get().view.kind !== 'loading') return console.error('TAL Scout: could not recognize the page again', error);
        set({ view: { kind: 'error', tab, message: error instanceof Error ? error.message : String(error) } });
      }
    },
    chooseAccount(accountId) {
      const view = get().view;
      if (view.kind !== 'find' && view.kind !== 'account') return;
      set({ view: { kind: 'account', tab: view.tab, recognition: view.recognition, accountId, chosen: true } });
    },
    showAccount(accountId) {
      const view = get().view;
      if (view.kind !== 'account' && view.kind !== 'find' && view.kind !== 'no-company') return;
      set({ view: { kind: 'account', tab: view.tab, recognition: view.recognition, accountId, chosen: true } });
    },
    findAnother() {
      const view = get().view;
      if (view.kind !== 'account') return;
      set({ view: { kind: 'find', tab: view.tab, recognition: view.recognition, back: view.accountId } });
    },
    back() {
      const view = get().view;
      if (view.kind !== 'find' || !view.back) return;
      const chosen = view.back !== view.recognition.match?.accountId;
      set({ view: { kind: 'account', tab: view.tab, recognition: view.recognition, accountId: view.back, ...(chosen ? { chosen } : {}) } });
    },
    async refresh() {
      const view = get().view;
      if ('tab' in view) await get().showTab(view.tab);
    },
  }));
}

export type PanelStore = ReturnType<typeof createPanelStore>;

function viewOf(tab: ActiveTab, recognition: Recognition): PageView {
  if (recognition.match) return { kind: 'account', tab, recognition, accountId: recognition.match.accountId };
  if (recognition.source === 'unsupported' || !hasCompanyKey(recognition)) return { kind: 'no-company', tab, recognition };
  return { kind: 'find', tab, recognition, back: null };
}

/** A page that names a company somehow: a domain, a CRM account record, a directory slug, a name, or candidates. */
function hasCompanyKey(r: Recognition): boolean {
  return (
    r.domain !== null ||
    (r.recordId !== null && r.objectType === 'account') ||
    r.slug !== null ||
    r.name !== null ||
    r.candidates.length > 0
  );
}

/** The rep picked the account, or asked for another one: what the page says later does not overrule them. */
function repDecided(view: PageView): boolean {
  return (view.kind === 'account' && view.chosen === true) || (view.kind === 'find' && view.back !== null);
}

function sameView(a: PageView, b: PageView): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'account' && b.kind === 'account') return a.accountId === b.accountId;
  // A mail page's thread read later says more (a personal address): the page is shown again.
  if (a.kind === 'no-company' && b.kind === 'no-company')
    return JSON.stringify(a.recognition.thread) === JSON.stringify(b.recognition.thread);
  return true;
}
