import { storage } from '@wxt-dev/storage';
import { createTalDb, openAccountCache, type TalDb } from '@/lib/db';
import { createTabSignalsStore, tabSignalsKey } from '@/lib/recognize/signals/tab-store';
import { createSoloTalService } from '@/lib/services/solo-tal-service';
import type { PanelServices } from '../services';
import { createPanelStore, type RecognizeTab } from '../store';
import { createChoiceStore } from './choices';
import { createPanelReads } from './panel-reads';
import { createPanelWrites } from './panel-writes';
import { createRecognizeTab } from './recognize-tab';

export type ExtensionPanelOptions = {
  /** The database (a fresh one per test); the extension's own by default. */
  db?: TalDb;
  /** Wraps recognition (tests hold it back or replace it); recognition as is by default. */
  wrapRecognize?: (recognize: RecognizeTab) => RecognizeTab;
};

/** The panel's services in the extension: the Dexie database and account cache, page signals, and solo mode's TAL service. */
export function createExtensionPanelServices({ db = createTalDb(), wrapRecognize = (r) => r }: ExtensionPanelOptions = {}): PanelServices {
  const cache = openAccountCache(db);
  const choices = createChoiceStore();
  const signals = createTabSignalsStore();
  const recognizeTab = createRecognizeTab({
    index: cache,
    choices: choices.lookup(async (id) => (await cache.getAccount(id)) !== undefined),
    signalsOf: (tab) => signals.get(tab.tabId),
  });
  return {
    store: createPanelStore(wrapRecognize(recognizeTab)),
    reads: createPanelReads(db, cache),
    writes: createPanelWrites({ db, choices, cacheChanged: () => cache.refresh() }),
    tal: createSoloTalService(db, cache),
    now: Date.now,
    watchPageSignals: (tabId, onChange) => storage.watch(tabSignalsKey(tabId), onChange),
  };
}
