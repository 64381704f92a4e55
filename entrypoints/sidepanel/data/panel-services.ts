import { storage } from '@wxt-dev/storage';
import { createTalDb, openAccountCache } from '@/lib/db';
import { createTabSignalsStore, tabSignalsKey } from '@/lib/recognize/signals/tab-store';
import type { PanelServices } from '../services';
import { createPanelStore } from '../store';
import { createChoiceStore } from './choices';
import { createPanelReads } from './panel-reads';
import { createPanelWrites } from './panel-writes';
import { createRecognizeTab } from './recognize-tab';
import { createSoloTalService } from './solo-tal-service';

/** The panel's services in the extension: the Dexie database and account cache, solo-mode TAL service. */
export function createExtensionPanelServices(): PanelServices {
  const db = createTalDb();
  const cache = openAccountCache(db);
  const choices = createChoiceStore();
  const signals = createTabSignalsStore();
  const recognizeTab = createRecognizeTab({
    index: cache,
    choices: choices.lookup(async (id) => (await cache.getAccount(id)) !== undefined),
    signalsOf: (tab) => signals.get(tab.tabId),
  });
  return {
    store: createPanelStore(recognizeTab),
    reads: createPanelReads(db, cache),
    writes: createPanelWrites({ db, choices, cacheChanged: () => cache.refresh() }),
    tal: createSoloTalService(db, cache),
    now: Date.now,
    watchPageSignals: (tabId, onChange) => storage.watch(tabSignalsKey(tabId), onChange),
  };
}
