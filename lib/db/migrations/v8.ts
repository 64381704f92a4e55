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
 * generation's overlaid accounts per record, keyed `[generation+page]`, with multi-entry indexes of
 * their lookup keys and folded names (each prefixed by the generation), where version 7 kept a
 * record per account (`accountOverlay`, dropped): a delta of 1,100 accounts wrote 1,100 records, and
 * IndexedDB's cost is per record. Each generation's rows move in id order, 50 to a page, their keys
 * and names kept without the prefix in the page's entries; `meta`'s `overlayDirectory` row says
 * which page holds each account of the active generation's overlay.
 */
export const v8: Migration = {
  version: 8,
  stores: { accountOverlay: null, overlayPages: '[generation+page], *keys, *names' },
  upgrade: async (transaction) => {
    const rows = (await transaction.table('accountOverlay').toArray()) as V7Row[];
    const byGeneration = new Map<number, V7Row[]>();
    for (const row of rows) byGeneration.set(row.generation, [...(byGeneration.get(row.generation) ?? []), row]);
    const pages = [];
    for (const [generation, own] of byGeneration) {
      const prefix = `${generation}\u0001`;
      const unprefixed = (texts: string[]) => texts.map((text) => (text.startsWith(prefix) ? text.slice(prefix.length) : text));
      for (let start = 0; start < own.length; start += PAGE_ROWS) {
        const entries = own.slice(start, start + PAGE_ROWS).map(({ id, account, inBase, keys, names, revision }) => ({
          id,
          account,
          inBase,
          keys: unprefixed(keys),
          names: unprefixed(names),
          revision,
        }));
        pages.push({
          generation,
          page: start / PAGE_ROWS,
          rows: entries,
          keys: [...new Set(entries.flatMap((entry) => entry.keys))].map((key) => prefix + key),
          names: [...new Set(entries.flatMap((entry) => entry.names))].map((name) => prefix + name),
        });
      }
    }
    await transaction.table('overlayPages').bulkAdd(pages);
    const pointer = (await transaction.table('meta').get('activeCache')) as { generation: number } | undefined;
    const active = pointer && byGeneration.get(pointer.generation);
    if (pointer && active) {
      await transaction.table('meta').put({
        key: 'overlayDirectory',
        generation: pointer.generation,
        ids: active.map((row) => row.id),
        pages: active.map((_, i) => Math.floor(i / PAGE_ROWS)),
      });
    }
  },
};
