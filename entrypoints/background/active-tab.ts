import { type Browser, browser } from 'wxt/browser';
import { type ActiveTab, activeTabItem } from '@/lib/settings/items';

type Tab = Browser.tabs.Tab;

/** The extension's own pages (the panel opened as a tab, the options page) are not pages a rep browses. */
export function isOwnPage(url: string | undefined, extensionOrigin: string): boolean {
  return url?.startsWith(extensionOrigin) === true;
}

/** The record the side panel follows for a tab, or null for a tab we do not describe. */
export function activeTabOf(tab: Tab, extensionOrigin: string, now = Date.now()): ActiveTab | null {
  if (tab.id === undefined || tab.id < 0 || isOwnPage(tab.url, extensionOrigin)) return null;
  return { tabId: tab.id, windowId: tab.windowId ?? -1, url: tab.url ?? tab.pendingUrl ?? '', title: tab.title?.slice(0, 500), at: now };
}

/**
 * Keeps `session:activeTab` on the tab the rep is looking at: on tab switches, navigations (including
 * single-page apps that change the URL without reloading) and window focus changes.
 */
export function setupActiveTab(api = browser, item = activeTabItem) {
  const origin = api.runtime.getURL('/');
  const publish = async (tab: Tab | undefined) => {
    if (!tab) return;
    const next = activeTabOf(tab, origin);
    if (!next) return;
    const current = await item.getValue();
    if (current && current.tabId === next.tabId && current.url === next.url && current.title === next.title) return;
    await item.setValue(next);
  };
  const publishActive = async (windowId?: number) => {
    const query = windowId === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId };
    const [tab] = await api.tabs.query(query);
    await publish(tab);
  };
  const report = (error: unknown) => console.error('TAL Scout: could not follow the active tab', error);

  api.tabs.onActivated.addListener(({ tabId }) => {
    api.tabs.get(tabId).then(publish).catch(report);
  });
  api.tabs.onUpdated.addListener((_tabId, change, tab) => {
    if (!tab.active || (change.url === undefined && change.title === undefined && change.status !== 'complete')) return;
    publish(tab).catch(report);
  });
  api.windows.onFocusChanged.addListener((windowId) => {
    if (windowId === api.windows.WINDOW_ID_NONE) return;
    publishActive(windowId).catch(report);
  });
  publishActive().catch(report);
}
