import { storage as wxtStorage } from '@wxt-dev/storage';
import { type PageSignals, PageSignalsSchema } from './schema';

/** The latest page signals of each tab, kept by the background for the side panel. */
export interface TabSignalsStore {
  /** The tab's latest signals, or null (none yet, or written by an older version in another shape). */
  get(tabId: number): Promise<PageSignals | null>;
  set(tabId: number, signals: PageSignals): Promise<void>;
  remove(tabId: number): Promise<void>;
}

type StorageArea = Pick<typeof wxtStorage, 'getItem' | 'setItem' | 'removeItem'>;

/** The storage key of a tab's signals; the panel watches it with `storage.watch(tabSignalsKey(tabId), …)`. */
export function tabSignalsKey(tabId: number): `session:pageSignals.${number}` {
  return `session:pageSignals.${tabId}`;
}

/** A store in `browser.storage.session`: gone when the browser closes, never synced, never written to disk. */
export function createTabSignalsStore(area: StorageArea = wxtStorage): TabSignalsStore {
  return {
    async get(tabId) {
      const parsed = PageSignalsSchema.safeParse(await area.getItem(tabSignalsKey(tabId)));
      return parsed.success ? parsed.data : null;
    },
    set: (tabId, signals) => area.setItem(tabSignalsKey(tabId), signals),
    remove: (tabId) => area.removeItem(tabSignalsKey(tabId)),
  };
}
