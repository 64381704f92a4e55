import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COMPANY_PAGE_SCRIPT, injectCompanyPageReader, setupPageSignals } from '@/entrypoints/background/page-signals';
import { originPattern } from '@/lib/recognize/origin-pattern';
import { createTabSignalsStore, tabSignalsKey } from '@/lib/recognize/signals/tab-store';

type Handler = (message: { data: unknown; sender: { tab?: { id?: number }; frameId?: number } }) => Promise<void>;

/** Tab events from WXT's fake browser; the active tabs, permissions and scripting are played here. */
function fakeApi(granted: string[] = [], activeTabs: { id: number; url: string }[] = []) {
  const injected: { tabId: number; files: string[] }[] = [];
  const permissionsAdded: (() => void)[] = [];
  const api = {
    tabs: { ...fakeBrowser.tabs, query: async () => activeTabs },
    permissions: {
      contains: async ({ origins }: { origins?: string[] }) =>
        (origins ?? []).every((o) => granted.includes(o) || granted.includes('https://*/*')),
      onAdded: { addListener: (listener: () => void) => permissionsAdded.push(listener) },
    },
    scripting: {
      executeScript: async ({ target, files }: { target: { tabId: number }; files: string[] }) => {
        injected.push({ tabId: target.tabId, files });
        return [];
      },
    },
  };
  const grant = (origin: string) => {
    granted.push(origin);
    for (const listener of permissionsAdded) listener();
  };
  return { api: api as never, injected, grant };
}

function start(granted: string[] = [], activeTabs: { id: number; url: string }[] = []) {
  let handler: Handler | undefined;
  const onMessage = ((type: string, callback: Handler) => {
    expect(type).toBe('pageSignals');
    handler = callback;
    return () => {};
  }) as never;
  const store = createTabSignalsStore();
  const fake = fakeApi(granted, activeTabs);
  setupPageSignals({ api: fake.api, store, onMessage });
  if (!handler) throw new Error('setupPageSignals registered no pageSignals handler');
  return { handler, store, ...fake };
}

const signals = { url: 'https://acme.com/', siteName: 'Acme', title: null, canonicalUrl: null, organizations: [], record: null };

describe('setupPageSignals', () => {
  it('keeps the latest signals of each tab in session storage', async () => {
    const { handler, store } = start();
    await handler({ data: signals, sender: { tab: { id: 7 }, frameId: 0 } });
    expect(await store.get(7)).toEqual(signals);
    expect(await fakeBrowser.storage.session.get(tabSignalsKey(7).replace('session:', ''))).toEqual({ 'pageSignals.7': signals });
  });

  it('cleans what it keeps and ignores what is not signals, frames and senders without a tab', async () => {
    const { handler, store } = start();
    await handler({ data: { ...signals, siteName: `<b>${'A'.repeat(5000)}</b>` }, sender: { tab: { id: 1 }, frameId: 0 } });
    expect((await store.get(1))?.siteName).toHaveLength(200);
    await handler({ data: { url: 42 }, sender: { tab: { id: 2 }, frameId: 0 } });
    await handler({ data: signals, sender: { tab: { id: 3 }, frameId: 5 } });
    await handler({ data: signals, sender: {} });
    expect(await store.get(2)).toBeNull();
    expect(await store.get(3)).toBeNull();
  });

  it('forgets a tab when it closes', async () => {
    const { handler, store } = start();
    await handler({ data: signals, sender: { tab: { id: 4 }, frameId: 0 } });
    expect(await store.get(4)).not.toBeNull();
    await fakeBrowser.tabs.onRemoved.trigger(4, { isWindowClosing: false, windowId: 1 });
    await expect.poll(() => store.get(4)).toBeNull();
  });

  it('injects the company-page reader into granted company sites once they load, and never elsewhere', async () => {
    const { injected } = start(['https://acme.com/*']);
    const trigger = (id: number, url: string) => fakeBrowser.tabs.onUpdated.trigger(id, { status: 'complete' }, { id, url } as never);
    await trigger(1, 'https://acme.com/about');
    await trigger(2, 'https://other.com/');
    await trigger(3, 'https://acme.lightning.force.com/lightning/r/Account/0015e00000AbCdEAAV/view');
    await trigger(4, 'chrome://settings/');
    await expect.poll(() => injected).toEqual([{ tabId: 1, files: [COMPANY_PAGE_SCRIPT] }]);
  });

  it('reads the active tab as soon as the user grants more sites', async () => {
    const { injected, grant } = start([], [{ id: 5, url: 'https://fabrikam.io/careers' }]);
    grant('https://fabrikam.io/*');
    await expect.poll(() => injected).toEqual([{ tabId: 5, files: [COMPANY_PAGE_SCRIPT] }]);
  });
});

describe('injectCompanyPageReader', () => {
  it('relies on activeTab when asked not to require a grant', async () => {
    const { api, injected } = fakeApi();
    expect(await injectCompanyPageReader(api, 9, 'https://acme.com/')).toBe(false);
    expect(await injectCompanyPageReader(api, 9, 'https://acme.com/', { requireGrant: false })).toBe(true);
    expect(injected).toEqual([{ tabId: 9, files: [COMPANY_PAGE_SCRIPT] }]);
  });

  it('names the origin permission of a page', () => {
    expect(originPattern('https://shop.acme.com:8443/x?y')).toBe('https://shop.acme.com/*');
    expect(originPattern('file:///x')).toBeNull();
    expect(originPattern('nonsense')).toBeNull();
  });
});
