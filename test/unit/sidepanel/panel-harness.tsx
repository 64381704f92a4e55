import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from '@testing-library/react';
import { storage } from '@wxt-dev/storage';
import { I18nProvider } from '@/components/i18n';
import { App } from '@/entrypoints/sidepanel/App';
import { createChoiceStore } from '@/entrypoints/sidepanel/data/choices';
import { createPanelReads } from '@/entrypoints/sidepanel/data/panel-reads';
import { createPanelWrites } from '@/entrypoints/sidepanel/data/panel-writes';
import { createRecognizeTab } from '@/entrypoints/sidepanel/data/recognize-tab';
import { createSoloTalService } from '@/entrypoints/sidepanel/data/solo-tal-service';
import { type PanelServices, PanelServicesProvider } from '@/entrypoints/sidepanel/services';
import { createPanelStore, type RecognizeTab } from '@/entrypoints/sidepanel/store';
import { createTalDb, openAccountCache, seedDemoData, type TalDb } from '@/lib/db';
import type { Locale } from '@/lib/i18n';
import { createTabSignalsStore, tabSignalsKey } from '@/lib/recognize/signals/tab-store';
import { activeTabItem, localeSetting } from '@/lib/settings/items';

const EXAMPLES = path.resolve(import.meta.dirname, '../../fixtures/examples');

/** The demo data (the shared examples' playbook and accounts), read from test/fixtures; a missing file fails the test. */
export function demoTexts() {
  return {
    playbookJson: readFileSync(path.join(EXAMPLES, 'playbook.json'), 'utf8'),
    accountsCsv: readFileSync(path.join(EXAMPLES, 'accounts.csv'), 'utf8'),
  };
}

/** A fresh database (fake-indexeddb) with the demo data loaded, and the real panel services over it. */
export type PanelTestOptions = {
  seed?: boolean;
  /** Holds recognition of a URL until the promise settles (to catch what shows meanwhile). */
  slowRecognition?: (url: string) => Promise<void>;
  /** Replaces recognition altogether (to give candidates without page signals). */
  recognize?: RecognizeTab;
};

export async function panelServices(options: PanelTestOptions = {}) {
  const db: TalDb = createTalDb(`panel-test-${crypto.randomUUID()}`);
  if (options.seed !== false) await seedDemoData(db, demoTexts());
  const cache = openAccountCache(db);
  const choices = createChoiceStore();
  const signals = createTabSignalsStore();
  const recognize = createRecognizeTab({
    index: cache,
    choices: choices.lookup(async (id) => (await cache.getAccount(id)) !== undefined),
    signalsOf: (tab) => signals.get(tab.tabId),
  });
  const recognizeTab: RecognizeTab =
    options.recognize ??
    (async (tab) => {
      await options.slowRecognition?.(tab.url);
      return recognize(tab);
    });
  const services: PanelServices = {
    store: createPanelStore(recognizeTab),
    reads: createPanelReads(db, cache),
    writes: createPanelWrites({ db, choices, cacheChanged: () => cache.refresh() }),
    tal: createSoloTalService(db, cache),
    now: Date.now,
    watchPageSignals: (tabId, onChange) => storage.watch(tabSignalsKey(tabId), onChange),
  };
  return { db, services };
}

/** Renders the panel over the services in a locale; `open(url)` makes a page the active tab. */
export async function renderPanel(services: PanelServices, locale: Locale = 'en') {
  await localeSetting.setValue(locale);
  let tabIds = 0;
  const view = render(
    <I18nProvider initial={locale}>
      <PanelServicesProvider services={services}>
        <App />
      </PanelServicesProvider>
    </I18nProvider>,
  );
  return {
    ...view,
    /** Makes a page the active tab; returns the tab's id. */
    async open(url: string, tabId = ++tabIds) {
      await activeTabItem.setValue({ tabId, windowId: 1, url, at: Date.now() });
      return tabId;
    },
  };
}
