import { bytesChunkOf } from './bytes-chunk';
import type { Migration } from './migration';

/**
 * Version 3: a chunk record holds its accounts' JSON as UTF-8 bytes one after another with where each
 * ends (`json`, `ends`) instead of an array of strings (`accounts`). Bytes move between the import's
 * workers and into IndexedDB as whole buffers and stay outside the JavaScript heap, which made a
 * large import a good deal cheaper then (version 5 went back to strings). The upgrade rewrites every
 * chunk; the accounts are unchanged.
 */
export const v3: Migration = {
  version: 3,
  stores: {},
  upgrade: async (transaction) => {
    await transaction
      .table('accountChunks')
      .toCollection()
      .modify((row: { accounts?: unknown; json?: Uint8Array; ends?: Uint32Array }) => {
        if (!Array.isArray(row.accounts)) return;
        const { json, ends } = bytesChunkOf(row.accounts.map(String));
        row.json = json;
        row.ends = ends;
        delete row.accounts;
      });
  },
};
