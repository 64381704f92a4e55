import { describe, expect, it, vi } from 'vitest';
import { createPanelStore, type RecognizeTab } from '@/entrypoints/sidepanel/store';
import type { Recognition } from '@/lib/recognize';
import type { ActiveTab } from '@/lib/settings/items';

const tab = (tabId: number, url: string): ActiveTab => ({ tabId, windowId: 1, url, at: 0 });
const site = (domain: string | null, accountId: string | null): Recognition => ({
  source: domain ? 'website' : 'unsupported',
  domain,
  recordId: null,
  objectType: null,
  slug: null,
  name: null,
  match: accountId ? { accountId, by: 'domain', confidence: 0.95 } : null,
  candidates: [],
});

/** A recognizer whose answers the test releases one by one, in any order. */
function controlledRecognizer() {
  const waiting = new Map<string, (r: Recognition) => void>();
  const recognize: RecognizeTab = (t) => new Promise((resolve) => waiting.set(t.url, resolve));
  const answer = (url: string, recognition: Recognition) => waiting.get(url)?.(recognition);
  return { recognize, answer };
}

describe('panel store', () => {
  it('hides the previous company at once and ignores a slow answer for a page left behind', async () => {
    const r = controlledRecognizer();
    const store = createPanelStore(r.recognize);
    const first = store.getState().showTab(tab(1, 'https://a.com/'));
    expect(store.getState().view.kind).toBe('loading');
    const second = store.getState().showTab(tab(2, 'https://b.com/'));
    r.answer('https://b.com/', site('b.com', 'B'));
    await second;
    r.answer('https://a.com/', site('a.com', 'A'));
    await first;
    expect(store.getState().view).toMatchObject({ kind: 'account', accountId: 'B' });
  });

  it('recognizes the same page again quietly, and keeps the rep in the finder', async () => {
    const r = controlledRecognizer();
    const store = createPanelStore(r.recognize);
    const shown = store.getState().showTab(tab(1, 'https://a.com/'));
    r.answer('https://a.com/', site('a.com', 'A'));
    await shown;
    const again = store.getState().showTab({ ...tab(1, 'https://a.com/'), title: 'A, Inc.' });
    expect(store.getState().view).toMatchObject({ kind: 'account', accountId: 'A' });
    r.answer('https://a.com/', site('a.com', 'A'));
    await again;
    expect(store.getState().view).toMatchObject({ kind: 'account', accountId: 'A' });

    store.getState().findAnother();
    expect(store.getState().view).toMatchObject({ kind: 'find', back: 'A' });
    const third = store.getState().showTab(tab(1, 'https://a.com/'));
    r.answer('https://a.com/', site('a.com', 'A'));
    await third;
    expect(store.getState().view.kind).toBe('find');
    store.getState().chooseAccount('A2');
    expect(store.getState().view).toMatchObject({ kind: 'account', accountId: 'A2' });
    // Signals read later do not overrule the rep's pick.
    const refreshed = store.getState().refresh();
    r.answer('https://a.com/', site('a.com', 'A'));
    await refreshed;
    expect(store.getState().view).toMatchObject({ kind: 'account', accountId: 'A2' });
    store.getState().findAnother();
    store.getState().back();
    expect(store.getState().view).toMatchObject({ kind: 'account', accountId: 'A2' });
  });

  it('tells a page with no company from one not in the cache, and shows a failure', async () => {
    const answers: Record<string, Recognition> = { 'about:blank': site(null, null), 'https://new.com/': site('new.com', null) };
    const store = createPanelStore(async (t) => {
      const found = answers[t.url];
      if (!found) throw new Error('index unavailable');
      return found;
    });
    await store.getState().showTab(tab(1, 'about:blank'));
    expect(store.getState().view.kind).toBe('no-company');
    await store.getState().showTab(tab(1, 'https://new.com/'));
    expect(store.getState().view).toMatchObject({ kind: 'find', back: null });
    await store.getState().showTab(tab(1, 'https://broken.com/'));
    expect(store.getState().view).toMatchObject({ kind: 'error', message: 'index unavailable' });
    await store.getState().showTab(null);
    expect(store.getState().view.kind).toBe('no-tab');
  });

  it('keeps a recognized page when recognizing it again fails, and says so in the console', async () => {
    let fail = false;
    const store = createPanelStore(async () => {
      if (fail) throw new Error('storage unavailable');
      return site('a.com', 'A');
    });
    await store.getState().showTab(tab(1, 'https://a.com/'));
    fail = true;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await store.getState().refresh();
    expect(store.getState().view).toMatchObject({ kind: 'account', accountId: 'A' });
    expect(logged).toHaveBeenCalledWith('TAL Scout: could not recognize the page again', expect.any(Error));
    logged.mockRestore();
  });
});
