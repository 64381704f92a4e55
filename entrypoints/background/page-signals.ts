import { type Browser, browser } from 'wxt/browser';
import { z } from 'zod';
import { onMessage as onProtocolMessage } from '@/lib/messaging/protocol';
import { originPattern } from '@/lib/recognize/origin-pattern';
import { parsePageUrl } from '@/lib/recognize/parse-page-url';
import { PageSignalsSchema } from '@/lib/recognize/signals/schema';
import { createTabSignalsStore, type TabSignalsStore } from '@/lib/recognize/signals/tab-store';

/** Where WXT builds `entrypoints/company-page.content`. */
export const COMPANY_PAGE_SCRIPT = '/content-scripts/company-page.js';

type Api = Pick<typeof browser, 'tabs' | 'permissions' | 'scripting'>;

export type PageSignalsDeps = {
  api?: Api;
  store?: TabSignalsStore;
  onMessage?: typeof onProtocolMessage;
};

/**
 * Injects the company-page reader into a tab showing a company's own site, when the user granted this
 * site (or all sites) to the extension. With `requireGrant: false` it relies on `activeTab` instead, for
 * a tab the user has just invoked the extension on. Returns whether it injected.
 */
export async function injectCompanyPageReader(api: Api, tabId: number, url: string, { requireGrant = true } = {}): Promise<boolean> {
  const origin = originPattern(url);
  if (!origin || parsePageUrl(url).source !== 'website') return false;
  if (requireGrant && !(await api.permissions.contains({ origins: [origin] }))) return false;
  await api.scripting.executeScript({ target: { tabId }, files: [COMPANY_PAGE_SCRIPT] });
  return true;
}

/**
 * Keeps the latest page signals of each tab for the side panel: validates what content scripts report
 * (only from a tab's top frame), forgets a tab when it closes, and injects the company-page reader into
 * granted company sites when they finish loading or when the user grants more sites.
 */
export function setupPageSignals({ api = browser, store = createTabSignalsStore(), onMessage = onProtocolMessage }: PageSignalsDeps = {}) {
  const report = (what: string) => (error: unknown) => console.warn(`TAL Scout: could not ${what}`, error);

  onMessage('pageSignals', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0 || (sender.frameId ?? 0) !== 0) return;
    const parsed = PageSignalsSchema.safeParse(data);
    if (!parsed.success) {
      console.warn('TAL Scout: ignored page signals that are not in the expected shape', z.prettifyError(parsed.error));
      return;
    }
    await store.set(tabId, parsed.data);
  });

  api.tabs.onRemoved.addListener((tabId) => {
    store.remove(tabId).catch(report('forget a closed tab'));
  });

  const injectInto = (tab: Browser.tabs.Tab) => {
    if (tab.id === undefined || !tab.url) return;
    injectCompanyPageReader(api, tab.id, tab.url).catch(report(`read ${originPattern(tab.url) ?? 'this page'}`));
  };
  api.tabs.onUpdated.addListener((_tabId, change, tab) => {
    if (change.status === 'complete') injectInto(tab);
  });
  // Granting sites from the panel should take effect on the page the rep is looking at, without a reload.
  api.permissions.onAdded.addListener(() => {
    api.tabs
      .query({ active: true })
      .then((tabs) => tabs.forEach(injectInto))
      .catch(report('read the active tabs'));
  });
}
