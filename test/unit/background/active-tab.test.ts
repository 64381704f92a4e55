import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeTabOf, setupActiveTab } from '@/entrypoints/background/active-tab';
import { activeTabItem } from '@/lib/settings/items';

const ORIGIN = 'chrome-extension://abc/';

describe('activeTabOf', () => {
  it('describes an ordinary tab', () => {
    expect(activeTabOf({ id: 4, windowId: 1, url: 'https://fabrikam.io/', title: 'Fabrikam' } as never, ORIGIN, 10)).toEqual({
      tabId: 4,
      windowId: 1,
      url: 'https://fabrikam.io/',
      title: 'Fabrikam',
      at: 10,
    });
  });

  it('ignores the extension’s own pages and tabs without an id', () => {
    expect(activeTabOf({ id: 4, windowId: 1, url: `${ORIGIN}sidepanel.html` } as never, ORIGIN)).toBeNull();
    expect(activeTabOf({ windowId: 1, url: 'https://a.com' } as never, ORIGIN)).toBeNull();
  });

  it('keeps chrome:// pages so the panel can say they have no domain', () => {
    expect(activeTabOf({ id: 2, windowId: 1, url: 'chrome://settings/' } as never, ORIGIN)?.url).toBe('chrome://settings/');
  });
});

describe('setupActiveTab', () => {
  it('publishes the activated tab and follows its navigation', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://fabrikam.io/', active: true });
    setupActiveTab(browser, activeTabItem);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: tab.id!, windowId: tab.windowId! });
    await expect.poll(async () => (await activeTabItem.getValue())?.url).toBe('https://fabrikam.io/');

    const moved = { ...tab, url: 'https://contosobank.com/pricing', active: true };
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { url: moved.url }, moved);
    await expect.poll(async () => (await activeTabItem.getValue())?.url).toBe('https://contosobank.com/pricing');
  });
});
