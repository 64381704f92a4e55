import { storage } from '@wxt-dev/storage';
import { liveQuery, type Subscription } from 'dexie';
import { browser } from 'wxt/browser';
import { openAccountCache, readAlerts, type TalDb } from '@/lib/db';
import { tabSignalsKey } from '@/lib/recognize/signals/tab-store';
import { currentTranslator } from '@/lib/services/current-translator';
import { createExtensionRecognizeTab } from '@/lib/services/recognize-tab';
import { badgeOf, createTabVerdict, type TabVerdict } from '@/lib/services/tab-badge';
import { type ActiveTab, activeTabItem } from '@/lib/settings/items';

type ActionApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'>;

/**
 * The toolbar answers before the panel opens: the action icon's badge shows the verdict for the tab
 * the rep looks at (✓ fit, ~ partial, ✗ no fit, ? needs data, nothing for an unknown company) and its
 * title says it in words. It follows the active tab (as the panel does, from `session:activeTab`),
 * what the tab's content script reads, and every change to the cache, the playbook and the rep's
 * answers (a Dexie live query), with the panel's own recognition. No permission beyond today's: the
 * badge is per tab and needs none.
 */
export function setupBadge(db: TalDb, action: ActionApi = browser.action, item = activeTabItem) {
  const cache = openAccountCache(db);
  const recognizeTab = createExtensionRecognizeTab(cache);
  const tabVerdict = createTabVerdict({ db, cache, recognizeTab, now: Date.now });
  const report = (error: unknown) => console.error('TAL Scout: could not set the toolbar badge', error);

  const show = async (tabId: number, { verdict, unread }: { verdict: TabVerdict; unread: number }) => {
    const badge = badgeOf(verdict, await currentTranslator(), unread);
    await Promise.all([
      action.setBadgeText({ tabId, text: badge.text }),
      action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      action.setTitle({ tabId, title: badge.title }),
    ]);
  };

  let subscription: Subscription | undefined;
  let unwatchSignals: (() => void) | undefined;
  let followed: ActiveTab | null = null;
  const evaluate = (tab: ActiveTab) => {
    subscription?.unsubscribe();
    // The unread alerts are read in the same live query, so a new alert or a read one shows at once.
    subscription = liveQuery(async () => {
      const [verdict, unread] = await Promise.all([tabVerdict(tab), unreadAlertCount(db)]);
      return { verdict, unread };
    }).subscribe({
      // A tab closed meanwhile has no badge to set: its error is expected.
      next: (verdict) => void show(tab.tabId, verdict).catch(() => undefined),
      error: report,
    });
  };
  const follow = (tab: ActiveTab | null) => {
    if (tab && followed && tab.tabId === followed.tabId && tab.url === followed.url) return;
    followed = tab;
    subscription?.unsubscribe();
    unwatchSignals?.();
    unwatchSignals = undefined;
    if (!tab) return;
    evaluate(tab);
    // What the content script reads arrives after the navigation: recognize again with it.
    unwatchSignals = storage.watch(tabSignalsKey(tab.tabId), () => evaluate(tab));
  };
  item.watch((tab) => follow(tab));
  item.getValue().then(follow, report);
}

/** How many alert notices this person has not read. */
async function unreadAlertCount(db: TalDb): Promise<number> {
  return (await readAlerts(db))?.notices.filter((notice) => !notice.read).length ?? 0;
}
