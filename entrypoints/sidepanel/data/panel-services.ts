import { storage } from '@wxt-dev/storage';
import { liveQuery } from 'dexie';
import { activePointer, cacheVersion, createTalDb, getTeamLink, openAccountCache, type TalDb } from '@/lib/db';
import { sendMessage } from '@/lib/messaging/protocol';
import { tabSignalsKey } from '@/lib/recognize/signals/tab-store';
import { createChoiceStore } from '@/lib/services/choices';
import { currentTranslator } from '@/lib/services/current-translator';
import { createExtensionRecognizeTab } from '@/lib/services/recognize-tab';
import { createModeTalService } from '@/lib/services/tal/choose-tal-service';
import { refuseNewAccountsInTeamMode } from '@/lib/services/tal/team-new-account';
import { readTeamServer } from '@/lib/settings/team';
import type { PanelServices } from '../services';
import { createPanelStore, type RecognizeTab } from '../store';
import { createPanelReads } from './panel-reads';
import { createPanelWrites } from './panel-writes';

export type ExtensionPanelOptions = {
  /** The database (a fresh one per test); the extension's own by default. */
  db?: TalDb;
  /** Wraps recognition (tests hold it back or replace it); recognition as is by default. */
  wrapRecognize?: (recognize: RecognizeTab) => RecognizeTab;
};

/**
 * The panel's services in the extension: the Dexie database and account cache, page signals, and the
 * TAL service of the mode in force (solo, or the team server), which follows the setting live.
 */
export function createExtensionPanelServices({ db = createTalDb(), wrapRecognize = (r) => r }: ExtensionPanelOptions = {}): PanelServices {
  const cache = openAccountCache(db);
  const choices = createChoiceStore();
  const recognizeTab = createExtensionRecognizeTab(cache, choices);
  const reads = createPanelReads(db, cache);
  const writes = createPanelWrites({ db, choices, cacheChanged: () => cache.refresh() });
  return {
    store: createPanelStore(wrapRecognize(recognizeTab)),
    // Reading the team link inside the playbook's live query re-asks who the rep is on connect and disconnect.
    reads: {
      ...reads,
      async playbook() {
        await getTeamLink(db);
        return reads.playbook();
      },
    },
    writes: refuseNewAccountsInTeamMode(writes, { readServer: () => readTeamServer(), translate: () => currentTranslator() }),
    tal: createModeTalService({ db, accounts: cache, askSync: () => sendMessage('syncNow') }),
    now: Date.now,
    openOptions: () => void browser.runtime.openOptionsPage(),
    watchPageSignals: (tabId, onChange) => storage.watch(tabSignalsKey(tabId), onChange),
    watchCache(onChange) {
      // The pointer to the active generation moves when any context (the import worker, the background) makes a new one
      // active. The page shown is recognized again whenever the reader answered from another one: compared with what the
      // reader used, not with the watch's first answer, which may come after the pointer moved (the demo data landing as
      // the panel opens) while the page was recognized before.
      const subscription = liveQuery(() => activePointer(db)).subscribe({
        async next(row) {
          const used = await cache.versionInUse();
          if (used === undefined || used === cacheVersion(row)) return;
          cache.refresh();
          onChange();
        },
        error: (error) => console.error('TAL Scout: could not watch the account cache', error),
      });
      return () => subscription.unsubscribe();
    },
  };
}
