import { withPages } from '../account-overlay';
import type { OverlayPageRow } from '../rows';
import type { Migration } from './migration';

/** Accounts per page, as lib/db/account-overlay's OVERLAY_PAGE_ROWS was when this version was made. */
const PAGE_ROWS = 50;

type V7Row = {
  generation: number;
  id: string;
  account: string | null;
  inBase: boolean | null;
  keys: string[];
  names: string[];
  revision: number;
};

/**
 * Version 8: the account overlay in pages (`overlayPages`, lib/db/account-overlay.ts): up to 50 of a
 * generation's overlaid accounts per record, keyed `[generation+page]`, without indexes, where
 * version 7 kept a record per account with multi-entry indexes of its keys and name
 * (`accountOverlay`, dropped): IndexedDB's cost is per record and per index entry, and Dexie's live
 * queries noted every index entry a write of a few records made. `meta`'s `overlayDirectory` row
 * finds them instead (the page of each id, each key's hash, the names in order). Each generation's
 * rows move in id order, 50 to a page, their keys and names kept without the generation's prefix;
 * the active generation's overlay gets its directory.
 */
export const v8: Migration = {
  version: 8,
  stores: { accountOverlay: null, overlayPages: '[generation+page]' },
  upgrade: async (transaction) => {
    const rows = (await transaction.table('accountOverlay').toArray()) as V7Row[];
    const byGeneration = new Map<number, V7Row[]>();
    for (const row of rows) byGeneration.set(row.generation, [...(byGeneration.get(row.generation) ?? []), row]);
    const pointer = (await transaction.table('meta').get('activeCache')) as { generation: number } | undefined;
    for (const [generation, own] of byGeneration) {
      const prefix = `${generation}\u0001`;
      const unprefixed = (texts: string[]) => texts.map((text) => (text.startsWith(prefix) ? text.slice(prefix.length) : text));
      const pages: OverlayPageRow[] = [];
      for (let start = 0; start < own.length; start += PAGE_ROWS) {
        const entries = own.slice(start, start + PAGE_ROWS).map(({ id, account, inBase, keys, names, revision }) => ({
          id,
          account,
          inBase,
          keys: unprefixed(keys),
          names: unprefixed(names),
          revision,
        }));
        pages.push({ generation, page: start / PAGE_ROWS, rows: entries });
      }
      await transaction.table('overlayPages').bulkAdd(pages);
      if (generation !== pointer?.generation) continue;
      const empty = { ids: [], pages: new Uint32Array(0), keyHashes: new Uint32Array(0), keyPages: new Uint32Array(0) };
      const directory = withPages({ generation, ...empty, names: [], nameIds: [], namePages: new Uint32Array(0) }, pages);
      await transaction.table('meta').put({ key: 'overlayDirectory', ...directory });
    }
  },
};
